import { html, nothing, type TemplateResult } from 'lit';
import type { PickedText } from '../data/localized-text.js';
import type { Timeline } from '../data/timeline-data.js';
import { toNumerals, type Numerals } from '../dates/numerals.js';
import type { UiText } from '../i18n/ui-strings.js';
import { categoriesOf, CATEGORY_COLORS, categoryPart } from '../view/timeline-view.js';

export interface FiltersView {
  readonly timeline: Timeline;
  readonly active: ReadonlySet<string>;
  readonly numerals: Numerals;
  readonly label: (category: string) => PickedText | undefined;
  /** Toggles a category; undefined shows all. */
  readonly toggle: (category: string | undefined) => void;
  readonly ui: UiText;
}

/** The category filter buttons ("All", then each category with its colour and count), when there are two or more. */
export function filtersTemplate({ timeline, active, numerals, label, toggle, ui }: FiltersView): TemplateResult | typeof nothing {
  const categories = categoriesOf(timeline);
  if (categories.length < 2) return nothing;
  const all = active.size === 0;
  return html`
    <div part="filters" class="filters" role="group" aria-labelledby="filters-label">
      <span id="filters-label" class="visually-hidden" lang=${ui.lang ?? nothing} dir=${ui.dir ?? nothing}>${ui.strings.filterByCategory}</span>
      <button type="button" part=${all ? 'filter filter-active' : 'filter'} aria-pressed=${all ? 'true' : 'false'} @click=${() => toggle(undefined)}>
        <span lang=${ui.lang ?? nothing} dir=${ui.dir ?? nothing}>${ui.strings.all}</span> <span part="filter-count" class="count">${toNumerals(String(timeline.events.length), numerals)}</span>
      </button>
      ${categories.map(([category, count], i) => {
        const pressed = active.has(category);
        const text = label(category);
        return html`<button
          type="button"
          part=${`filter ${categoryPart(category)}${pressed ? ' filter-active' : ''}`}
          aria-pressed=${pressed ? 'true' : 'false'}
          class=${`color-${(i % CATEGORY_COLORS) + 1}`}
          @click=${() => toggle(category)}
        >
          <span class="swatch" aria-hidden="true"></span>
          <span lang=${text?.lang ?? nothing}>${text?.text ?? category}</span>
          <span part="filter-count" class="count">${toNumerals(String(count), numerals)}</span>
        </button>`;
      })}
    </div>
  `;
}
