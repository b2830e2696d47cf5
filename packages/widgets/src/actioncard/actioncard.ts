/**
 * Registers `<samspil-actioncard>` (guarded, so a second copy changes nothing) and exports its
 * class and its `samspil-session-change` and `samspil-session-end` events.
 *
 * @module @samspil/widgets/actioncard
 */
import { defineElement } from '../kit/define-element.js';
import { pluginRegistry } from '../kit/plugins/plugin-registry.js';
import { SamspilActioncard } from './actioncard.component.js';

export { SamspilActioncard } from './actioncard.component.js';
export { SamspilSessionChangeEvent } from './samspil-session-change-event.js';
export type { SamspilSessionChangeDetail } from './samspil-session-change-event.js';
export { SamspilSessionEndEvent } from './samspil-session-end-event.js';
export type { SamspilSessionEndDetail, SamspilSessionOutcome } from './samspil-session-end-event.js';

/** The tag `<samspil-actioncard>` is registered under. */
export const ACTIONCARD_TAG = 'samspil-actioncard';

// Guarded: loading this module twice, or next to the CDN bundle, keeps the first definition.
defineElement(ACTIONCARD_TAG, SamspilActioncard);

// The built-in widget is a plugin like any municipality's; a second copy of this module simply
// gets a "name taken" issue back, which changes nothing.
pluginRegistry.register(
  { name: 'samspil-actioncard', elements: [{ tagName: ACTIONCARD_TAG, constructor: SamspilActioncard }] },
  { builtIn: true },
);

declare global {
  interface HTMLElementTagNameMap {
    'samspil-actioncard': SamspilActioncard;
  }
}
