import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * `#event-id` in the page's URL: when the data arrives, and whenever the hash changes, the host is
 * asked to reveal that event (clear filters that hide it, open it, highlight and focus it). With
 * `hash-links`, the event the reader moves to is written back to the hash.
 */
export class DeepLinkController implements ReactiveController {
  private readonly onHashChange = () => this.follow(true);

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    /** Reveals the event with this id; false when there is none. */
    private readonly reveal: (id: string, fromNavigation: boolean) => boolean,
  ) {
    host.addController(this);
  }

  // The window listened to: by the time an element moved to another document is disconnected,
  // its ownerDocument is already the new one.
  private view?: Window | null;

  hostConnected(): void {
    this.view = this.host.ownerDocument.defaultView;
    this.view?.addEventListener('hashchange', this.onHashChange);
  }

  hostDisconnected(): void {
    this.view?.removeEventListener('hashchange', this.onHashChange);
    this.view = undefined;
  }

  /** Reveals the event the URL's hash names, if any; true when there was one to reveal. */
  follow(fromNavigation: boolean): boolean {
    const id = eventIdOfHash(this.host.ownerDocument.defaultView?.location.hash ?? '');
    return id !== undefined && this.reveal(id, fromNavigation);
  }

  /**
   * Writes `id` to the URL's hash (`hash-links`), replacing the current history entry rather than
   * adding one per event the reader passes; no `hashchange` follows, so nothing moves.
   */
  write(id: string | undefined): void {
    const view = this.host.ownerDocument.defaultView;
    if (!view || id === undefined || eventIdOfHash(view.location.hash) === id) return;
    view.history.replaceState(view.history.state, '', `#${encodeURIComponent(id)}`);
  }
}

/** The event id a URL hash names (`#agreement` → `agreement`), or undefined. */
export function eventIdOfHash(hash: string): string | undefined {
  if (hash.length < 2) return undefined;
  const raw = hash.slice(1);
  try {
    return decodeURIComponent(raw);
  } catch {
    // Not percent-encoding (`#100%`, typed by hand): the id as written.
    return raw;
  }
}
