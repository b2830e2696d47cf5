import type { Issue } from '@samspil/core';

/** What went wrong: the configuration a portal gave, or the widget's own rendering. */
export type SamspilErrorSource = 'configuration' | 'render';

/** The `detail` of {@link SamspilErrorEvent}. */
export interface SamspilErrorDetail {
  /** Core issues with stable codes; empty when the widget itself failed to render. */
  readonly issues: readonly Issue[];
  readonly source: SamspilErrorSource;
}

/**
 * Fired by a widget when it cannot show what it was given and shows its error state instead.
 * It bubbles out of shadow roots so a portal can listen once on `document`.
 *
 * @example
 * document.addEventListener('samspil-error', (event) => report(event.detail.issues));
 */
export class SamspilErrorEvent extends CustomEvent<SamspilErrorDetail> {
  static readonly eventName = 'samspil-error';

  constructor(detail: SamspilErrorDetail) {
    super(SamspilErrorEvent.eventName, { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'samspil-error': SamspilErrorEvent;
  }
}
