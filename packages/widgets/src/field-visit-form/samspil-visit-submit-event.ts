import type { SubmittedFieldVisit } from '@samspil/core';

/** The `detail` of {@link SamspilVisitSubmitEvent}. */
export interface SamspilVisitSubmitDetail {
  /** The record as core's `submitFieldVisit` validated it: `status: 'submitted'`, stamped and signed off. */
  readonly visit: SubmittedFieldVisit;
}

/**
 * Fired by `<samspil-field-visit-form>` when the visit passes core's submit rules and is handed
 * in. The portal stores or sends the record; the form keeps its draft until the portal says otherwise.
 *
 * @example
 * form.addEventListener('samspil-visit-submit', (event) => save(event.detail.visit));
 */
export class SamspilVisitSubmitEvent extends CustomEvent<SamspilVisitSubmitDetail> {
  static readonly eventName = 'samspil-visit-submit';

  constructor(detail: SamspilVisitSubmitDetail) {
    super(SamspilVisitSubmitEvent.eventName, { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'samspil-visit-submit': SamspilVisitSubmitEvent;
  }
}
