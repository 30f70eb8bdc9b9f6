// The language switch: the page's lang and dir change, and the timeline follows the document's language.
const directions = { ckb: 'rtl', ar: 'rtl', en: 'ltr' };
for (const button of document.querySelectorAll('[data-lang]')) {
  button.addEventListener('click', () => {
    const lang = button.dataset.lang;
    document.documentElement.lang = lang;
    document.documentElement.dir = directions[lang];
    for (const other of document.querySelectorAll('[data-lang]')) other.setAttribute('aria-pressed', String(other === button));
  });
}
