import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/event-timeline.js';

interface Args {
  src: string;
  lang: string;
  numerals: string;
  gaps: boolean;
  weekdays: boolean;
}

const meta: Meta<Args> = {
  title: 'Timeline/event-timeline',
  component: 'event-timeline',
  args: { src: 'data/kadhimi-washington-2020.json', lang: '', numerals: '', gaps: false, weekdays: false },
  argTypes: {
    lang: { control: 'select', options: ['', 'ckb', 'en', 'ar'], description: 'Empty: follows the toolbar language' },
    numerals: { control: 'select', options: ['', 'latn', 'arab'] },
  },
  render: ({ src, lang, numerals, gaps, weekdays }) => html`
    <event-timeline
      src=${src}
      lang=${lang || nothing}
      numerals=${numerals || nothing}
      ?gaps=${gaps}
      ?weekdays=${weekdays}
    ></event-timeline>
  `,
};
export default meta;

type Story = StoryObj<Args>;

/** The article about the Iraqi prime minister's visit to Washington, August 2020. */
export const Article: Story = {};

export const ArticleInEnglish: Story = { args: { lang: 'en', weekdays: true, gaps: true } };

export const ArticleInArabic: Story = { args: { lang: 'ar', weekdays: true } };

export const LatinDigits: Story = { args: { lang: 'ckb', numerals: 'latn' } };

export const LoadError: Story = { args: { src: 'data/missing.json', lang: 'en' } };

export const PartlyInvalidData: Story = {
  render: () => html`<event-timeline
    lang="en"
    .data=${{
      title: 'Partly invalid data',
      lang: 'en',
      events: [
        { id: 'ok', date: '2019-06', title: 'A valid event' },
        { id: 'bad-date', date: 'June 2019', title: 'A date in words' },
        { id: 'ok', date: '2020', title: 'A duplicate id' },
      ],
    }}
  ></event-timeline>`,
};

export const Empty: Story = {
  render: () => html`<event-timeline lang="en" .data=${{ title: 'Nothing yet', lang: 'en', events: [] }}></event-timeline>`,
};
