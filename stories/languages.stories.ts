import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import '../src/event-timeline.js';
import { fa } from '../demo/fa.js';
import { registerTimelineLanguage } from '../src/languages/registry.js';

const timeline = (lang: string): TemplateResult =>
  html`<event-timeline lang=${lang} src="data/kadhimi-washington-2020.json" theme="light" gaps></event-timeline>`;

/**
 * Every element speaks its own language: a language the page registers, two built-in ones side by
 * side, and languages neither built in nor registered, whose dates come from the browser's `Intl`.
 */
const meta: Meta = {
  title: 'Timeline/Languages',
  component: 'event-timeline',
  decorators: [(story) => html`<div style="padding:1rem">${story()}</div>`],
};
export default meta;

type Story = StoryObj;

/**
 * Persian, which the library does not ship: `demo/fa.js`, registered by the page at run time with
 * `registerTimelineLanguage`. Its interface strings are its own; month names and gaps come from
 * `Intl`, in Persian digits. The article has no Persian texts, so they are shown in English.
 */
export const RegisteredLanguagePersian: Story = {
  name: 'Registered language (Persian)',
  beforeEach: () => registerTimelineLanguage(fa),
  render: () => timeline('fa'),
};

/** Two timelines in two languages on one page, each with its own interface strings, dates and digits. */
export const EnglishAndKurdishSideBySide: Story = {
  name: 'Side by side: English and Kurdish',
  render: () => html`<div style="display:grid;grid-template-columns:repeat(auto-fit,minmax(18rem,1fr));gap:1.5rem">${timeline('en')}${timeline('ckb')}</div>`,
};

/** German, neither built in nor registered: dates and gaps from `Intl`, the interface in English, marked as such. */
export const GermanFromIntl: Story = { name: 'German (dates from Intl)', render: () => timeline('de') };

/** Japanese, neither built in nor registered: dates and gaps from `Intl`, the interface in English, marked as such. */
export const JapaneseFromIntl: Story = { name: 'Japanese (dates from Intl)', render: () => timeline('ja') };
