import { html, nothing, type TemplateResult } from 'lit';
import { html as staticHtml } from 'lit/static-html.js';
import type { PickedText } from '../data/localized-text.js';
import type { LocalizedText, TimelineEvent } from '../data/timeline-data.js';
import { directionOf } from '../i18n/direction.js';
import type { UiText } from '../i18n/ui-strings.js';
import { textOf } from './rich-text.js';
import { categoryPart } from '../view/timeline-view.js';
import { HEADINGS } from './states.js';

/** What every event of one render shares. */
export interface EventContext {
  /** Picks a text of the data in the reader's language. */
  readonly pick: (value: LocalizedText | undefined) => PickedText | undefined;
  /** The label of a category id. */
  readonly categoryLabel: (category: string) => PickedText;
  /** The timeline heading's level: event titles are one below. */
  readonly level: number;
  readonly collapsed: boolean;
  readonly expanded: ReadonlySet<string>;
  readonly highlightedId?: string;
  readonly toggleExpanded: (id: string) => void;
  /** The interface's own words. */
  readonly ui: UiText;
}

/** What is particular to one event in this render. */
export interface EventView {
  readonly dateText: string;
  readonly gap?: string;
  /** The publication date, on the first event still to come then ("At the time of writing"). */
  readonly now?: string;
  readonly color?: number;
  /** In the tab order (roving focus). */
  readonly focusable: boolean;
}

// The two templates below are the bulk of a long timeline's DOM: every child binding costs a
// comment marker and every run of whitespace between tags a text node, per event. Bindings that
// are usually empty share one position, and tags sit flush against each other (block elements,
// or the flex date line, where whitespace renders nothing).
export function eventTemplate(event: TimelineEvent, view: EventView, context: EventContext): TemplateResult {
  const title = context.pick(event.title)!;
  const wording = context.pick(event.dateWording);
  const category = event.category ? context.categoryLabel(event.category) : undefined;
  const titleTag = HEADINGS[context.level]!;
  const open = !context.collapsed || context.expanded.has(event.id);
  const highlighted = event.id === context.highlightedId;
  const parts = ['event', event.category ? categoryPart(event.category) : '', event.status ? 'upcoming' : ''].filter(Boolean).join(' ');
  const classes = ['event', highlighted ? 'highlighted' : '', event.status ?? '', view.color ? `color-${view.color}` : ''].filter(Boolean).join(' ');
  const { strings, lang: uiLang = nothing, dir: uiDir = nothing } = context.ui;
  // Only the event in the tab order has its controls in it too: Tab passes a timeline in a few
  // presses; arrow to an event, then Tab, to reach its links and disclosures.
  const tab = view.focusable ? nothing : '-1';
  const between =
    view.gap || view.now !== undefined
      ? html`${view.gap ? html`<p part="gap" class="gap">${view.gap}</p>` : nothing}${view.now !== undefined
          ? html`<p part="now" class="now"><span lang=${uiLang} dir=${uiDir}>${strings.atTheTimeOfWriting}</span> <span>${view.now}</span></p>`
          : nothing}`
      : nothing;
  return html`<li role="listitem" part=${parts} class=${classes} data-id=${event.id} tabindex=${view.focusable ? '0' : '-1'} aria-labelledby=${`title-${event.index}`} aria-current=${highlighted ? 'true' : nothing}
      ><div class="between">${between}</div
      ><div class="entry"
        ><span part="marker" class="marker" aria-hidden="true"></span
        ><p part="date-line" class="date-line"><time part="date" datetime=${event.date.input}>${view.dateText}</time>${event.status
          ? html`<span part="status" class="status" lang=${uiLang} dir=${uiDir}>${event.status === 'planned' ? strings.planned : strings.scheduled}</span>`
          : nothing}${category ? html`<span part="category" class="category" lang=${category.lang}>${category.text}</span>` : nothing}</p
        >${wording
          ? html`<p part="date-wording" class="date-wording"><span lang=${uiLang} dir=${uiDir}>${strings.asWritten}</span> <bdi lang=${wording.lang}>${wording.text}</bdi></p>`
          : nothing}${staticHtml`<${titleTag} part="title" class="title" id=${`title-${event.index}`} lang=${title.lang} dir=${directionOf(title.lang)}>${textOf(title)}</${titleTag}>`}${context.collapsed &&
        hasDetails(event)
          ? html`<button
              part="toggle"
              class="toggle"
              type="button"
              aria-expanded=${open ? 'true' : 'false'}
              aria-controls=${`details-${event.index}`}
              tabindex=${tab}
              lang=${uiLang}
              dir=${uiDir}
              @click=${() => context.toggleExpanded(event.id)}
            >
              ${open ? strings.hideDetails : strings.showDetails}
            </button>`
          : nothing}<div class="details" id=${`details-${event.index}`} ?hidden=${!open}>${detailsTemplate(event, context, tab)}</div></div
      ></li>`;
}

function hasDetails(event: TimelineEvent): boolean {
  return Boolean(event.description || event.dateNote || event.media || event.links);
}

function detailsTemplate(event: TimelineEvent, { pick, ui }: EventContext, tab: '-1' | typeof nothing): TemplateResult | typeof nothing {
  const description = pick(event.description);
  const note = pick(event.dateNote);
  const paragraph = description
    ? html`<p part="description" class="description" lang=${description.lang} dir=${directionOf(description.lang)}>${textOf(description)}</p>`
    : nothing;
  if (!event.media && !event.links && !note) return paragraph;
  return html`${paragraph}${event.media ? mediaTemplate(event.media, pick, ui) : nothing}${event.links
    ? html`<ul part="links" class="links">
        ${event.links.map((link) => {
          const label = pick(link.label)!;
          return html`<li><a part="link" href=${link.url} lang=${label.lang} rel="noopener noreferrer" tabindex=${tab}>${label.text}</a></li>`;
        })}
      </ul>`
    : nothing}${note
    ? html`<details part="date-note" class="date-note">
        <summary lang=${ui.lang ?? nothing} dir=${ui.dir ?? nothing} tabindex=${tab}>${ui.strings.howDateWasWorkedOut}</summary>
        <p lang=${note.lang} dir=${directionOf(note.lang)}>${textOf(note)}</p>
      </details>`
    : nothing}`;
}

function mediaTemplate(media: NonNullable<TimelineEvent['media']>, pick: EventContext['pick'], ui: UiText): TemplateResult {
  const alt = pick(media.alt);
  const caption = pick(media.caption);
  const credit = pick(media.credit);
  return html`
    <figure part="media" class="media">
      <img
        part="image"
        src=${media.url}
        alt=${alt?.text ?? ''}
        loading="lazy"
        decoding="async"
        width=${media.width ?? nothing}
        height=${media.height ?? nothing}
        class=${media.width && media.height ? 'sized' : 'unsized'}
      />
      ${caption || credit
        ? html`<figcaption part="caption">
            ${caption ? html`<bdi lang=${caption.lang}>${caption.text}</bdi>` : nothing}
            ${credit
              ? html`<span class="credit" lang=${ui.lang ?? nothing} dir=${ui.dir ?? nothing}>${withValue(ui.strings.credit, html`<bdi lang=${credit.lang}>${credit.text}</bdi>`)}</span>`
              : nothing}
          </figcaption>`
        : nothing}
    </figure>
  `;
}

/** A string with one placeholder `{0}`, filled with markup (an isolated text of the data). */
function withValue(text: string, value: TemplateResult): TemplateResult {
  const at = text.indexOf('{0}');
  return at === -1 ? html`${text} ${value}` : html`${text.slice(0, at)}${value}${text.slice(at + 3)}`;
}
