import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { EventDateLocale } from '../dates/event-date-locale.js';
import { dateLocaleFor, loadLanguage, uiTextFor } from '../i18n/localization.js';
import type { UiText } from '../i18n/ui-strings.js';
import { onLanguageRegistered } from '../languages/registry.js';

/**
 * The language an element without its own `lang` inherits: the nearest ancestor's, else the
 * document's, followed as it changes. And the element's own interface strings: each element
 * speaks its own language, loading a built-in language's strings when it first needs them and
 * rendering again when they arrive, or when a site registers a language.
 */
export class ReaderLanguageController implements ReactiveController {
  /** The inherited language, or '' when no ancestor nor the document says. */
  inherited = '';
  // Made when first connected: a server render constructs the element but never connects it.
  private observer?: MutationObserver;
  private unsubscribe?: () => void;
  private pending?: Promise<void>;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    this.read();
    this.observer ??= new MutationObserver(() => this.read());
    // Any ancestor's lang may change, not only the document's.
    this.observer.observe(this.host.ownerDocument.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
    this.unsubscribe ??= onLanguageRegistered(() => this.host.requestUpdate());
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }

  /**
   * The words of a render for a reader of `readerLang` and content in `contentLang`: the
   * interface text (see `uiTextFor`) and the date wording. `ready` is false while what they need
   * is loading (`loadLanguage`): the element renders again once it is there.
   */
  words(readerLang: string, contentLang: string): { ui: UiText; dates: EventDateLocale; ready: boolean } {
    const ui = uiTextFor(readerLang, contentLang);
    const loading = loadLanguage(readerLang) ?? (ui.lang === undefined ? undefined : loadLanguage(contentLang));
    if (loading) {
      const pending = loading.then(
        () => this.host.requestUpdate(),
        () => undefined, // Offline: the words stay those shown; the next render tries again.
      );
      this.pending = pending;
      void pending.finally(() => {
        if (this.pending === pending) this.pending = undefined;
      });
    }
    return { ui, dates: dateLocaleFor(readerLang), ready: loading === undefined };
  }

  /** Whether words are loading. */
  get busy(): boolean {
    return this.pending !== undefined;
  }

  /** Resolves once the words asked for last are loaded (or failed to load). */
  async settled(): Promise<void> {
    while (this.pending) await this.pending;
  }

  private read(): void {
    const ancestor = this.host.parentElement?.closest('[lang]');
    const inherited = ancestor?.getAttribute('lang') || this.host.ownerDocument.documentElement.lang || '';
    if (inherited === this.inherited) return;
    this.inherited = inherited;
    this.host.requestUpdate();
  }
}
