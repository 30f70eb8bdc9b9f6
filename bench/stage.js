// What every benchmark puts on bench/page.html's stage, in one place: the element with the data
// (resolving once it has loaded), or the floor, a static list of the same events with the same
// text. A classic script, so that it is there before the benchmarks run theirs.
window.putOnStage = async (kind, data) => {
  const stage = document.querySelector('#stage');
  if (kind === 'element') {
    const el = document.createElement('event-timeline');
    el.setAttribute('lang', 'en');
    const loaded = new Promise((resolve) => el.addEventListener('event-timeline-load', resolve, { once: true }));
    el.data = data;
    stage.append(el);
    await loaded;
    return;
  }
  const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  stage.innerHTML =
    `<section><h2>${escape(data.title)}</h2><ol>` +
    data.events
      .map((e) => `<li><p><time datetime="${e.date}">${escape(e.date)}</time></p><h3>${escape(e.title)}</h3><p>${escape(e.description)}</p></li>`)
      .join('') +
    '</ol></section>';
};
