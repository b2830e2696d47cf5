import type { ConversationSession } from '@samspil/core';

/** How a conversation ended. Stopping is a respected outcome, not an error. */
export type SamspilSessionOutcome = 'completed' | 'stopped';

/** The `detail` of {@link SamspilSessionEndEvent}. */
export interface SamspilSessionEndDetail {
  /** The final conversation record (status `completed` or `stopped`). */
  readonly session: ConversationSession;
  readonly outcome: SamspilSessionOutcome;
}

/**
 * Fired by `<samspil-actioncard>` once when a conversation ends, right after the
 * `samspil-session-change` that carries the same record.
 *
 * @example
 * card.addEventListener('samspil-session-end', (event) => archive(event.detail.session, event.detail.outcome));
 */
export class SamspilSessionEndEvent extends CustomEvent<SamspilSessionEndDetail> {
  static readonly eventName = 'samspil-session-end';

  constructor(detail: SamspilSessionEndDetail) {
    super(SamspilSessionEndEvent.eventName, { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'samspil-session-end': SamspilSessionEndEvent;
  }
}
