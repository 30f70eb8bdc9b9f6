import { html, type TemplateResult } from 'lit';
import type { PickedText } from '../data/localized-text.js';
import { directionOf, splitLatinRuns } from '../i18n/direction.js';

/** Text of the data, never markup; Latin names isolated inside right-to-left text. */
export function textOf(picked: PickedText): TemplateResult | string {
  if (directionOf(picked.lang) !== 'rtl') return picked.text;
  const runs = splitLatinRuns(picked.text);
  if (!runs.some((run) => run.latin)) return picked.text;
  return html`${runs.map((run) => (run.latin ? html`<bdi dir="ltr">${run.text}</bdi>` : run.text))}`;
}
