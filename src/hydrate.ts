/**
 * The bundle for server-rendered pages (`dist/event-timeline.hydrate.js`): Lit's hydration
 * support first, then the interface strings of every language the page's timelines are in, then
 * the element, so that its first render in the browser matches the server's and adopts that DOM
 * instead of building it again.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { loadLanguage } from './i18n/localization.js';

const languages = new Set([document.documentElement.lang]);
for (const element of document.querySelectorAll('event-timeline')) languages.add(element.closest('[lang]')?.getAttribute('lang') ?? '');
await Promise.all([...languages].map((lang) => loadLanguage(lang)));
await import('./index.js');
