import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { setLocale, uiLocaleFor, type UiLocale } from '../i18n/localization.js';

/**
 * The language an element without its own `lang` inherits: the nearest ancestor's, else the
 * document's, followed as it changes. Also asks @lit/localize for the UI strings of the language
 * the element renders in — only when that language changes: @lit/localize has one active locale
 * per page, and two elements re-asking on every update would ping-pong.
 */
export class ReaderLanguageController implements ReactiveController {
  /** The inherited language, or '' when no ancestor nor the document says. */
  inherited = '';
  private requested?: UiLocale;
  // Made when first connected: a server render constructs the element but never connects it.
  private observer?: MutationObserver;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    this.read();
    this.observer ??= new MutationObserver(() => this.read());
    this.observer.observe(this.host.ownerDocument.documentElement, { attributes: true, attributeFilter: ['lang'] });
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
  }

  /** Makes the page's UI strings those of `lang` (once per change of language). */
  useUiLanguage(lang: string): void {
    const locale = uiLocaleFor(lang);
    if (locale === this.requested) return;
    this.requested = locale;
    void setLocale(locale);
  }

  private read(): void {
    const ancestor = this.host.parentElement?.closest('[lang]');
    const inherited = ancestor?.getAttribute('lang') || this.host.ownerDocument.documentElement.lang || '';
    if (inherited === this.inherited) return;
    this.inherited = inherited;
    this.host.requestUpdate();
  }
}
