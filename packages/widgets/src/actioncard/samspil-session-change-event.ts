import type { ConversationSession } from '@samspil/core';

/** The `detail` of {@link SamspilSessionChangeEvent}. */
export interface SamspilSessionChangeDetail {
  /** The whole conversation record after the change, validated by core. */
  readonly session: ConversationSession;
}

/**
 * Fired by `<samspil-actioncard>` after every change core accepted: the conversation started, a
 * step was answered, it was paused, resumed, stopped or completed. The portal can store
 * `detail.session` as it is; it holds step ids and answers, no guide prose.
 *
 * @example
 * card.addEventListener('samspil-session-change', (event) => store.put(event.detail.session));
 */
export class SamspilSessionChangeEvent extends CustomEvent<SamspilSessionChangeDetail> {
  static readonly eventName = 'samspil-session-change';

  constructor(detail: SamspilSessionChangeDetail) {
    super(SamspilSessionChangeEvent.eventName, { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'samspil-session-change': SamspilSessionChangeEvent;
  }
}
