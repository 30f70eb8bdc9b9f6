import { setCustomElementsManifest, type Preview, type StoryContext } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
// Generated from the element's JSDoc by `npm run analyze` (run before every Storybook build).
import manifest from '../custom-elements.json';
import { directionOf } from '../src/i18n/direction.js';
import { argTypesFromManifest, EVENTS_CATEGORY } from './manifest-arg-types.js';

setCustomElementsManifest(manifest);

/**
 * Reports the element's events in the Actions panel: listens, on the story's wrapper, for each
 * event of the docs table and hands its `detail` to the action Storybook made for it (the event
 * object itself shows there as an empty `CustomEvent`). Events bubble and are composed.
 */
function reportEvents({ argTypes, args }: StoryContext) {
  const handlers = Object.entries(argTypes)
    .filter(([name, argType]) => argType.table?.category === EVENTS_CATEGORY && typeof args[name] === 'function')
    .map(([name]) => {
      const action = args[name] as (detail: unknown) => void;
      return [name, (event: Event) => action(event instanceof CustomEvent ? event.detail : event)] as const;
    });
  let listening: Element | undefined;
  return ref((element) => {
    for (const [name, handler] of handlers) listening?.removeEventListener(name, handler);
    listening = element;
    for (const [name, handler] of handlers) listening?.addEventListener(name, handler);
  });
}

const preview: Preview = {
  globalTypes: {
    locale: {
      description: 'Reader language (the page’s lang)',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'ckb', title: 'کوردی (ckb)' },
          { value: 'en', title: 'English (en)' },
          { value: 'ar', title: 'العربية (ar)' },
        ],
        dynamicTitle: true,
      },
    },
    direction: {
      description: 'Force a direction on the timeline (its dir attribute)',
      toolbar: {
        title: 'Direction',
        icon: 'transfer',
        items: [
          { value: 'auto', title: 'Direction from the language' },
          { value: 'rtl', title: 'Right to left' },
          { value: 'ltr', title: 'Left to right' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'ckb', direction: 'auto' },
  decorators: [
    (story, context) => {
      const lang = context.globals.locale ?? 'ckb';
      const dir = directionOf(lang);
      // A story is a page in that language. A docs page is English prose (its container says
      // lang="en") around stories that each speak the toolbar's language, so each is wrapped in it.
      if (context.viewMode === 'story') {
        document.documentElement.lang = lang;
        document.documentElement.dir = dir;
      }
      return html`<div lang=${lang} dir=${dir} ${reportEvents(context)}>${story()}</div>`;
    },
  ],
  parameters: {
    a11y: { test: 'error' },
    docs: { extractArgTypes: (tagName: string) => argTypesFromManifest(manifest, tagName) },
  },
};

export default preview;
