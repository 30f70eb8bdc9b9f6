/**
 * The bundle for server-rendered pages (`dist/event-timeline.hydrate.js`): Lit's hydration
 * support first, then the reader's UI strings, then the element, so that its first render in the
 * browser matches the server's and adopts that DOM instead of building it again.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { setLocale, uiLocaleFor } from './i18n/localization.js';

await setLocale(uiLocaleFor(document.documentElement.lang || 'en'));
await import('./index.js');
