import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { loadUiStrings, uiTextFor } from '../i18n/localization.js';
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

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    this.read();
    this.observer ??= new MutationObserver(() => this.read());
    this.observer.observe(this.host.ownerDocument.documentElement, { attributes: true, attributeFilter: ['lang'] });
    this.unsubscribe ??= onLanguageRegistered(() => this.host.requestUpdate());
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }

  /**
   * The interface text for a reader of `readerLang` and content in `contentLang` (see
   * `uiTextFor`); starts loading the strings it lacks and renders again once they are there.
   */
  uiText(readerLang: string, contentLang: string): UiText {
    const text = uiTextFor(readerLang, contentLang);
    const loading = loadUiStrings(readerLang) ?? (text.lang === undefined ? undefined : loadUiStrings(contentLang));
    void loading?.then(
      () => this.host.requestUpdate(),
      () => undefined, // Offline: the strings stay those shown; the next render tries again.
    );
    return text;
  }

  private read(): void {
    const ancestor = this.host.parentElement?.closest('[lang]');
    const inherited = ancestor?.getAttribute('lang') || this.host.ownerDocument.documentElement.lang || '';
    if (inherited === this.inherited) return;
    this.inherited = inherited;
    this.host.requestUpdate();
  }
}
