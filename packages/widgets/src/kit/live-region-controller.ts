import { html } from 'lit';
import type { ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';

/** Options for {@link LiveRegionController}. */
export interface LiveRegionControllerOptions {
  /** `polite` (default) waits for the screen reader to finish; `assertive` interrupts. */
  readonly politeness?: 'polite' | 'assertive';
  /** Pause between clearing and writing, so the same message twice is read twice. Default 50 ms. */
  readonly delay?: number;
}

/**
 * Status messages for screen readers (autosave, progress, "item added"). Render its region once,
 * early, and call `announce()`: a live region must already be in the page when its text changes,
 * or screen readers miss the change.
 *
 * @example
 * private readonly status = new LiveRegionController(this);
 * render() { return html`${this.status.render()}<button @click=${() => this.status.announce('Gemt')}>Gem</button>`; }
 */
export class LiveRegionController implements ReactiveController {
  /** The text currently in the region. */
  message = '';
  readonly #host: ReactiveControllerHost;
  readonly #politeness: 'polite' | 'assertive';
  readonly #delay: number;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(host: ReactiveControllerHost, options: LiveRegionControllerOptions = {}) {
    this.#host = host;
    this.#politeness = options.politeness ?? 'polite';
    this.#delay = options.delay ?? 50;
    host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  /** Replaces the region's text with `message`; resolves once it is written. */
  announce(message: string): Promise<void> {
    clearTimeout(this.#timer);
    this.message = '';
    this.#host.requestUpdate();
    return new Promise((resolve) => {
      this.#timer = setTimeout(() => {
        this.message = message;
        this.#host.requestUpdate();
        resolve();
      }, this.#delay);
    });
  }

  /** Empties the region. */
  clear(): void {
    clearTimeout(this.#timer);
    this.message = '';
    this.#host.requestUpdate();
  }

  /** The region itself, visually hidden; place it in every render so it is always present. */
  render(): TemplateResult {
    return this.#politeness === 'assertive'
      ? html`<div class="visually-hidden" role="alert" aria-atomic="true" part="live-region">${this.message}</div>`
      : html`<div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true" part="live-region">${this.message}</div>`;
  }
}
