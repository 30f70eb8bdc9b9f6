// The demo's switches: the page's language (the timeline follows the document's), layout and theme.
const timeline = document.querySelector('event-timeline');
const directions = { ckb: 'rtl', ar: 'rtl', en: 'ltr' };
for (const button of document.querySelectorAll('[data-lang]')) {
  button.addEventListener('click', () => {
    const lang = button.dataset.lang;
    document.documentElement.lang = lang;
    document.documentElement.dir = directions[lang];
    for (const other of document.querySelectorAll('[data-lang]')) other.setAttribute('aria-pressed', String(other === button));
  });
}
// The layouts and themes the element knows, from the element itself.
await customElements.whenDefined('event-timeline');
const { layouts, themes } = customElements.get('event-timeline');
for (const [select, values] of [['#layout', layouts], ['#theme', themes]]) {
  document.querySelector(select).append(...values.map((value) => new Option(value, value, false, timeline.getAttribute(select.slice(1)) === value)));
}
document.querySelector('#layout').addEventListener('change', (e) => timeline.setAttribute('layout', e.target.value));
document.querySelector('#theme').addEventListener('change', (e) => {
  timeline.setAttribute('theme', e.target.value);
  document.body.classList.toggle('dark', e.target.value === 'dark');
  document.body.classList.toggle('light', e.target.value === 'light');
});
