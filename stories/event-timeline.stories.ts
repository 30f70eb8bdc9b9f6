import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/event-timeline.js';

interface Args {
  src: string;
  lang: string;
  dir: string;
  numerals: string;
  gaps: boolean;
  weekdays: boolean;
  hideProblems: boolean;
}

const meta: Meta<Args> = {
  title: 'Timeline/event-timeline',
  component: 'event-timeline',
  args: { src: 'data/kadhimi-washington-2020.json', lang: '', dir: '', numerals: '', gaps: false, weekdays: false, hideProblems: false },
  argTypes: {
    lang: { control: 'select', options: ['', 'ckb', 'en', 'ar'], description: 'Empty: follows the toolbar language' },
    dir: { control: 'select', options: ['', 'ltr', 'rtl'], description: 'Empty: follows the language' },
    numerals: { control: 'select', options: ['', 'latn', 'arab'] },
    hideProblems: { name: 'hide-problems' },
  },
  render: ({ src, lang, dir, numerals, gaps, weekdays, hideProblems }) => html`
    <event-timeline
      src=${src}
      lang=${lang || nothing}
      dir=${dir || nothing}
      numerals=${numerals || nothing}
      ?gaps=${gaps}
      ?weekdays=${weekdays}
      ?hide-problems=${hideProblems}
    ></event-timeline>
  `,
};
export default meta;

type Story = StoryObj<Args>;

/** The article about the Iraqi prime minister's visit to Washington, August 2020. */
export const Article: Story = {};

export const ArticleInEnglish: Story = { args: { lang: 'en' } };

/** Weekdays on single days, and the time between events. */
export const WeekdaysAndGaps: Story = { args: { lang: 'ckb', weekdays: true, gaps: true } };

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

/** Until data arrives: a skeleton, announced politely to screen readers. */
export const Loading: Story = {
  render: () => html`<event-timeline lang="en"></event-timeline>`,
};

/** Data written in the page itself, readable in its source. */
export const InlineJson: Story = {
  render: () => html`<event-timeline lang="en">
    <script type="application/json">
      {
        "title": "A short timeline",
        "lang": "en",
        "published": "2020-08-20",
        "events": [
          { "id": "start", "date": "2019-06", "title": "It begins" },
          { "id": "around", "date": "2020-06~", "title": "Around June 2020" },
          { "id": "next", "date": "2020-09", "title": "Still to come" }
        ]
      }
    </script>
  </event-timeline>`,
};
