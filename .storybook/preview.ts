import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
// Generated from the element's JSDoc by `npm run analyze` (run before every Storybook build).
import manifest from '../custom-elements.json';
import { directionOf } from '../src/i18n/direction.js';

setCustomElementsManifest(manifest);

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
      document.documentElement.lang = context.globals.locale ?? 'ckb';
      // A story is a page in that language; the docs pages are English prose around the stories.
      const rtl = context.viewMode === 'story' && directionOf(context.globals.locale ?? 'ckb') === 'rtl';
      document.documentElement.dir = rtl ? 'rtl' : 'ltr';
      return story();
    },
  ],
  parameters: { a11y: { test: 'error' } },
};

export default preview;
