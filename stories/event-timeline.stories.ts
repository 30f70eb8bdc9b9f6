import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/event-timeline.js';
import { generateTimeline } from '../bench/generated-timeline.js';
import { NUMERAL_SYSTEMS } from '../src/dates/numerals.js';
import { LAYOUTS, ORDERS, THEMES, type EventTimelineLayout, type EventTimelineOrder, type EventTimelineTheme } from '../src/timeline-options.js';

interface Args {
  src: string;
  lang: string;
  dir: string;
  label: string;
  layout: EventTimelineLayout;
  theme: EventTimelineTheme;
  'heading-level': number;
  numerals: string;
  gaps: boolean;
  weekdays: boolean;
  collapsed: boolean;
  'show-problems': boolean;
  format?: 'timelinejs' | 'event-timeline';
  'structured-data'?: boolean;
  timeout?: number;
  'max-bytes'?: number;
  order: EventTimelineOrder;
  'start-at': string;
  'hash-links': boolean;
  /** The custom properties of the docs table, each with its control: set on the element's style. */
  [customProperty: `--event-timeline-${string}`]: string | undefined;
}

const customProperties = (args: Args) =>
  Object.entries(args)
    .filter(([name, value]) => name.startsWith('--event-timeline-') && value)
    .map(([name, value]) => `${name}: ${String(value)}`)
    .join(';');

const meta: Meta<Args> = {
  title: 'Timeline/event-timeline',
  component: 'event-timeline',
  tags: ['autodocs'],
  args: {
    src: 'data/kadhimi-washington-2020.json',
    lang: '',
    dir: '',
    label: '',
    layout: 'vertical',
    theme: 'light',
    'heading-level': 2,
    numerals: '',
    gaps: false,
    weekdays: false,
    collapsed: false,
    'show-problems': false,
    order: 'oldest-first',
    'start-at': '',
    'hash-links': false,
  },
  // Names, descriptions and the other rows come from the manifest (.storybook/manifest-arg-types.ts).
  // Empty `lang` follows the Language toolbar; empty `dir`, the Direction toolbar.
  argTypes: {
    lang: { control: 'select', options: ['', 'ckb', 'en', 'ar'] },
    dir: { control: 'select', options: ['', 'ltr', 'rtl'] },
    layout: { control: 'inline-radio', options: LAYOUTS },
    theme: { control: 'inline-radio', options: THEMES },
    'heading-level': { control: { type: 'number', min: 1, max: 5 } },
    numerals: { control: 'select', options: ['', ...NUMERAL_SYSTEMS] },
    order: { control: 'inline-radio', options: ORDERS },
  },
  decorators: [
    (story, context) =>
      html`<div style=${context.args.theme === 'dark' ? 'background:#14171c;padding:1rem' : 'padding:1rem'}>${story()}</div>`,
  ],
  render: (args, { globals }) => html`
    <event-timeline
      src=${args.src}
      lang=${args.lang || nothing}
      dir=${args.dir || (globals.direction && globals.direction !== 'auto' ? globals.direction : nothing)}
      label=${args.label || nothing}
      layout=${args.layout}
      theme=${args.theme}
      heading-level=${args['heading-level']}
      numerals=${args.numerals || nothing}
      ?gaps=${args.gaps}
      ?weekdays=${args.weekdays}
      ?collapsed=${args.collapsed}
      ?show-problems=${args['show-problems']}
      format=${args.format || nothing}
      ?structured-data=${args['structured-data']}
      timeout=${args.timeout ?? nothing}
      max-bytes=${args['max-bytes'] ?? nothing}
      order=${args.order}
      start-at=${args['start-at'] || nothing}
      ?hash-links=${args['hash-links']}
      style=${customProperties(args) || nothing}
    ></event-timeline>
  `,
};
export default meta;

type Story = StoryObj<Args>;

/** The article about the Iraqi prime minister's visit to Washington, August 2020. */
export const Article: Story = {};

/** Weekdays on single days, and the time between events. */
export const WeekdaysAndGaps: Story = { args: { lang: 'ckb', weekdays: true, gaps: true } };

export const LatinDigits: Story = { args: { lang: 'ckb', numerals: 'latn' } };
export const PersianDigits: Story = { args: { lang: 'ckb', numerals: 'arabext' } };

/** Dates and titles only; details behind a toggle. */
export const Collapsed: Story = { args: { lang: 'en', collapsed: true } };

/** The latest event first; the "at the time of writing" rule between what was to come and what had happened. */
export const NewestFirst: Story = { args: { lang: 'ckb', order: 'newest-first' } };

/** The horizontal track starting at its last event, with its earlier/later buttons (mirrored right to left). */
export const HorizontalStartAtEnd: Story = { args: { lang: 'ckb', layout: 'horizontal', 'start-at': 'end' } };

/** A category's colour and marker icon set by its id in the data, with `::part(category-economy)`, whatever order it comes in. */
export const CategoryColourById: Story = {
  decorators: [
    (story) => html`<style>
        .by-id::part(category-economy) {
          --event-timeline-category-color: #c2185b;
          --event-timeline-marker-icon: url("data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 10 10'%3E%3Ccircle cx='5' cy='5' r='3' fill='white'/%3E%3C/svg%3E");
        }
      </style>
      ${story()}`,
  ],
  render: (args) => html`<event-timeline class="by-id" src=${args.src} lang=${args.lang || nothing} theme=${args.theme}></event-timeline>`,
};

// Every layout in every language and theme.
const matrix = (layout: EventTimelineLayout, lang: string, theme: EventTimelineTheme): Story => ({ args: { layout, lang, theme, gaps: true } });
export const VerticalKurdishLight = matrix('vertical', 'ckb', 'light');
export const VerticalKurdishDark = matrix('vertical', 'ckb', 'dark');
export const VerticalEnglishLight = matrix('vertical', 'en', 'light');
export const VerticalEnglishDark = matrix('vertical', 'en', 'dark');
export const VerticalArabicLight = matrix('vertical', 'ar', 'light');
export const VerticalArabicDark = matrix('vertical', 'ar', 'dark');
export const AlternatingKurdishLight = matrix('alternating', 'ckb', 'light');
export const AlternatingKurdishDark = matrix('alternating', 'ckb', 'dark');
export const AlternatingEnglishLight = matrix('alternating', 'en', 'light');
export const AlternatingEnglishDark = matrix('alternating', 'en', 'dark');
export const AlternatingArabicLight = matrix('alternating', 'ar', 'light');
export const AlternatingArabicDark = matrix('alternating', 'ar', 'dark');
export const HorizontalKurdishLight = matrix('horizontal', 'ckb', 'light');
export const HorizontalKurdishDark = matrix('horizontal', 'ckb', 'dark');
export const HorizontalEnglishLight = matrix('horizontal', 'en', 'light');
export const HorizontalEnglishDark = matrix('horizontal', 'en', 'dark');
export const HorizontalArabicLight = matrix('horizontal', 'ar', 'light');
export const HorizontalArabicDark = matrix('horizontal', 'ar', 'dark');

export const LoadError: Story = { args: { src: 'data/missing.json', lang: 'en' } };

export const PartlyInvalidData: Story = {
  render: () => html`<event-timeline
    lang="en"
    show-problems
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

/** Events written as HTML: readable before the script runs, and by search engines. */
export const TimelineEventChildren: Story = {
  render: () => html`<event-timeline lang="ckb" label="سەردانی کازمی بۆ واشنتن">
    <timeline-event id="agreement" date="2019-06" category="economy" date-wording="لە حوزەیرانی ٢٠١٩">
      <h3>رێککەوتنی بازرگانی و وەبەرهێنانی عێراق و ئەمریکا</h3>
      <p>هەردوو حکومەت رێککەوتنێکیان لەبارەی بازرگانی و وەبەرهێنان کرد.</p>
    </timeline-event>
    <timeline-event id="departure" date="2020-08-18" category="diplomacy" date-wording="رۆژی سێشەممە">
      <h3>کازمی بە سەرۆکایەتی شاندێکی باڵا بەرەو ئەمریکا بەڕێدەکەوێت</h3>
    </timeline-event>
    <timeline-event id="white-house" date="2020-08-20" category="diplomacy" status="scheduled">
      <h3>دۆناڵد ترەمپ لە کۆشکی سپی پێشوازی لە کازمی دەکات</h3>
    </timeline-event>
  </event-timeline>`,
};

/** Images (lazy, with their space reserved) and links. */
export const MediaAndLinks: Story = {
  render: () => html`<event-timeline
    lang="en"
    .data=${{
      title: 'Media and links',
      lang: 'en',
      events: [
        {
          id: 'pictured',
          date: '2020-08-20',
          title: 'An event with an image',
          description: 'The image reserves its space before it loads.',
          media: { url: 'favicon.svg', alt: 'The Storybook logo', width: 64, height: 64, caption: 'A small image', credit: 'Storybook' },
          links: [{ url: 'https://lit.dev/', label: 'Lit' }],
        },
      ],
    }}
  ></event-timeline>`,
};

/** 1,000 generated events (seeded, mixed precisions), filters included. */
export const LargeTimeline: Story = {
  render: () => html`<event-timeline lang="en" gaps .data=${generateTimeline({ count: 1000, seed: 7 })}></event-timeline>`,
};

/** TimelineJS JSON handed to the element as it is: converted, with a list of what was not kept. */
export const TimelineJSImport: Story = {
  render: () => html`<event-timeline
    lang="en"
    .data=${{
      title: { text: { headline: 'Imported from <em>TimelineJS</em>', text: '<p>Title slide text</p>' } },
      events: [
        { start_date: { year: '1835', month: '11', day: '30' }, text: { headline: 'Born', text: '<p>In <b>Florida, Missouri</b>.</p>' }, group: 'Life' },
        { start_date: { year: 1869 }, text: { headline: '<i>The Innocents Abroad</i>' }, group: 'Books', background: { color: '#333' } },
        { start_date: { year: '1876' }, end_date: { year: '1884' }, text: { headline: 'Tom Sawyer to Huckleberry Finn' }, media: { url: 'https://www.youtube.com/watch?v=x', caption: 'A video' }, group: 'Books' },
      ],
    }}
  ></event-timeline>`,
};
