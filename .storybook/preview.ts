import type { Preview } from '@storybook/web-components-vite';

const preview: Preview = {
  globalTypes: {
    locale: {
      description: 'Reader language',
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
  },
  initialGlobals: { locale: 'ckb' },
  decorators: [
    (story, context) => {
      document.documentElement.lang = context.globals.locale ?? 'ckb';
      document.documentElement.dir = ['ckb', 'ar'].includes(context.globals.locale) ? 'rtl' : 'ltr';
      return story();
    },
  ],
  parameters: { a11y: { test: 'error' } },
};

export default preview;
