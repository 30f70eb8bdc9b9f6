import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/event-timeline.js';
import '../src/timeline-event.js';

type Language = 'ckb' | 'en' | 'ar';

interface Texts {
  title: string;
  description: string;
  dateWording: string;
}

// The article's events, in the toolbar's language (the Kurdish and English texts are the article
// data's; the Arabic is translated from them).
const LABEL: Record<Language, string> = {
  ckb: 'سەردانی کازمی بۆ واشنتن',
  en: 'Kadhimi in Washington',
  ar: 'زيارة الكاظمي إلى واشنطن',
};
const AGREEMENT: Record<Language, Texts> = {
  ckb: {
    title: 'رێککەوتنی بازرگانی و وەبەرهێنانی عێراق و ئەمریکا',
    description: 'هەردوو حکومەت رێککەوتنێکیان لەبارەی بازرگانی و وەبەرهێنان کرد، کە دواتر لە گفتوگۆی ستراتیژیدا بڕیاریاندا چوارچێوەکەی پەرە پێبدەن.',
    dateWording: 'لە حوزەیرانی ٢٠١٩',
  },
  en: {
    title: 'Iraq and the US reach an agreement on trade and investment',
    description: 'The two governments made an agreement on trade and investment, whose framework they later agreed, in the strategic dialogue, to develop.',
    dateWording: 'in June 2019',
  },
  ar: {
    title: 'العراق والولايات المتحدة يتوصلان إلى اتفاق بشأن التجارة والاستثمار',
    description: 'أبرمت الحكومتان اتفاقاً بشأن التجارة والاستثمار، واتفقتا لاحقاً في الحوار الاستراتيجي على تطوير إطاره.',
    dateWording: 'في حزيران ٢٠١٩',
  },
};
const DEPARTURE: Record<Language, Omit<Texts, 'description'>> = {
  ckb: { title: 'کازمی بە سەرۆکایەتی شاندێکی باڵا بەرەو ئەمریکا بەڕێدەکەوێت', dateWording: 'رۆژی سێشەممە' },
  en: { title: 'Kadhimi sets off for the United States at the head of a high-level delegation', dateWording: 'on Tuesday' },
  ar: { title: 'الكاظمي يتوجه إلى الولايات المتحدة على رأس وفد رفيع المستوى', dateWording: 'يوم الثلاثاء' },
};
const WHITE_HOUSE: Record<Language, Omit<Texts, 'description' | 'dateWording'>> = {
  ckb: { title: 'دۆناڵد ترەمپ لە کۆشکی سپی پێشوازی لە کازمی دەکات' },
  en: { title: 'Donald Trump receives Kadhimi at the White House' },
  ar: { title: 'دونالد ترامب يستقبل الكاظمي في البيت الأبيض' },
};

const languageOf = (locale: unknown): Language => (locale === 'en' || locale === 'ar' ? locale : 'ckb');

/** The attributes of `<timeline-event>`, keyed as its docs table is (by attribute name). */
interface Args {
  id: string;
  date: string;
  category: string;
  status: '' | 'scheduled' | 'planned';
  'date-wording': string;
  lang: string;
}

/**
 * `<timeline-event>` writes one event of an `<event-timeline>` in HTML: search engines and readers
 * without script see the events, and the timeline renders them once its script runs. Each story
 * shows the events inside their timeline; texts follow the Language toolbar.
 */
const meta: Meta<Args> = {
  title: 'Timeline/timeline-event',
  component: 'timeline-event',
  tags: ['autodocs'],
  args: { id: 'agreement', date: '2019-06', category: '', status: '', 'date-wording': '', lang: '' },
  argTypes: {
    status: { control: 'inline-radio', options: ['', 'scheduled', 'planned'] },
    'date-wording': { description: 'The date as the source words it. Empty here: the sample wording in the toolbar’s language.' },
  },
  decorators: [(story) => html`<div style="padding:1rem">${story()}</div>`],
};
export default meta;

type Story = StoryObj<Args>;

/** One event, each of its attributes a control; its title and description are its children. */
export const OneEvent: Story = {
  render: (args, { globals }) => {
    const language = languageOf(globals.locale);
    const texts = AGREEMENT[language];
    return html`<event-timeline theme="light" label=${LABEL[language]}>
      <timeline-event
        id=${args.id || nothing}
        date=${args.date}
        category=${args.category || nothing}
        status=${args.status || nothing}
        date-wording=${args['date-wording'] || texts.dateWording}
        lang=${args.lang || nothing}
      >
        <h3>${texts.title}</h3>
        <p>${texts.description}</p>
      </timeline-event>
    </event-timeline>`;
  },
};

/** Three events written in HTML: a month, a weekday as the source words it, and one still to come. */
export const SeveralEvents: Story = {
  parameters: { controls: { disable: true } },
  render: (_args, { globals }) => {
    const language = languageOf(globals.locale);
    return html`<event-timeline theme="light" label=${LABEL[language]} gaps>
      <timeline-event id="agreement" date="2019-06" date-wording=${AGREEMENT[language].dateWording}>
        <h3>${AGREEMENT[language].title}</h3>
        <p>${AGREEMENT[language].description}</p>
      </timeline-event>
      <timeline-event id="departure" date="2020-08-18" date-wording=${DEPARTURE[language].dateWording}>
        <h3>${DEPARTURE[language].title}</h3>
      </timeline-event>
      <timeline-event id="white-house" date="2020-08-20" status="scheduled">
        <h3>${WHITE_HOUSE[language].title}</h3>
      </timeline-event>
    </event-timeline>`;
  },
};
