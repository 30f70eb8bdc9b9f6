import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * `#event-id` in the page's URL: when the data arrives, and whenever the hash changes, the host is
 * asked to reveal that event (clear filters that hide it, open it, highlight and focus it).
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

  hostConnected(): void {
    this.host.ownerDocument.defaultView?.addEventListener('hashchange', this.onHashChange);
  }

  hostDisconnected(): void {
    this.host.ownerDocument.defaultView?.removeEventListener('hashchange', this.onHashChange);
  }

  /** Reveals the event the URL's hash names, if any. */
  follow(fromNavigation: boolean): void {
    const id = eventIdOfHash(this.host.ownerDocument.defaultView?.location.hash ?? '');
    if (id !== undefined) this.reveal(id, fromNavigation);
  }
}

/** The event id a URL hash names (`#agreement` → `agreement`), or undefined. */
export function eventIdOfHash(hash: string): string | undefined {
  if (hash.length < 2) return undefined;
  try {
    return decodeURIComponent(hash.slice(1));
  } catch {
    return undefined;
  }
}
