import type { ChecklistInstance, ChecklistInstanceItem } from '@samspil/core';

/** The `detail` of {@link SamspilChecklistChangeEvent}. */
export interface SamspilChecklistChangeDetail {
  /** The item as it is after the change. */
  readonly item: ChecklistInstanceItem;
  /** The whole checklist after the change: a new object, ready to store. */
  readonly instance: ChecklistInstance;
}

/**
 * Fired by `<samspil-coordination-checklist>` after every change it accepted (a new status or a
 * new owner), once its `instance` property already holds the new checklist. Changes that core
 * refuses, such as marking a blocked item done, fire nothing.
 *
 * @example
 * checklist.addEventListener('samspil-checklist-change', (event) => store.save(event.detail.instance));
 */
export class SamspilChecklistChangeEvent extends CustomEvent<SamspilChecklistChangeDetail> {
  static readonly eventName = 'samspil-checklist-change';

  constructor(detail: SamspilChecklistChangeDetail) {
    super(SamspilChecklistChangeEvent.eventName, { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'samspil-checklist-change': SamspilChecklistChangeEvent;
  }
}
