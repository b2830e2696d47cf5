/**
 * Registers `<samspil-coordination-checklist>` (guarded, so a second copy changes nothing) and
 * exports its class and its `samspil-checklist-change` event.
 *
 * @module @samspil/widgets/coordination-checklist
 */
import { defineElement } from '../kit/define-element.js';
import { pluginRegistry } from '../kit/plugins/plugin-registry.js';
import { SamspilCoordinationChecklist } from './coordination-checklist.component.js';

export { SamspilCoordinationChecklist } from './coordination-checklist.component.js';
export type { ChecklistFilter, CoordinationChecklistModel } from './coordination-checklist.component.js';
export { SamspilChecklistChangeEvent } from './samspil-checklist-change-event.js';
export type { SamspilChecklistChangeDetail } from './samspil-checklist-change-event.js';

/** The element's tag name. */
export const COORDINATION_CHECKLIST_TAG = 'samspil-coordination-checklist';

// Guarded: loading this module twice, or next to the CDN bundle, defines the element once.
defineElement(COORDINATION_CHECKLIST_TAG, SamspilCoordinationChecklist);
if (pluginRegistry.plugin(COORDINATION_CHECKLIST_TAG) === undefined) {
  pluginRegistry.register(
    { name: COORDINATION_CHECKLIST_TAG, elements: [{ tagName: COORDINATION_CHECKLIST_TAG, constructor: SamspilCoordinationChecklist }] },
    { builtIn: true },
  );
}

declare global {
  interface HTMLElementTagNameMap {
    'samspil-coordination-checklist': SamspilCoordinationChecklist;
  }
}
