/**
 * Registers `<samspil-field-visit-form>` (guarded, so a second copy changes nothing) and exports
 * its class and its `samspil-visit-submit` event.
 *
 * @module @samspil/widgets/field-visit-form
 */
import { defineElement } from '../kit/define-element.js';
import { pluginRegistry } from '../kit/plugins/plugin-registry.js';
import { SamspilFieldVisitForm } from './field-visit-form.component.js';

export { SamspilFieldVisitForm } from './field-visit-form.component.js';
export type { FieldVisitFormConfig } from './field-visit-form.component.js';
export { SamspilVisitSubmitEvent } from './samspil-visit-submit-event.js';
export type { SamspilVisitSubmitDetail } from './samspil-visit-submit-event.js';

/** The tag the form is registered under. */
export const FIELD_VISIT_FORM_TAG = 'samspil-field-visit-form';

/** The name of the built-in plugin that contributes the form. */
export const FIELD_VISIT_FORM_PLUGIN = '@samspil/field-visit-form';

// Guarded: loading this module twice, or next to the CDN bundle, keeps the first definition.
defineElement(FIELD_VISIT_FORM_TAG, SamspilFieldVisitForm);
if (pluginRegistry.plugin(FIELD_VISIT_FORM_PLUGIN) === undefined) {
  pluginRegistry.register(
    { name: FIELD_VISIT_FORM_PLUGIN, elements: [{ tagName: FIELD_VISIT_FORM_TAG, constructor: SamspilFieldVisitForm }] },
    { builtIn: true },
  );
}

declare global {
  interface HTMLElementTagNameMap {
    'samspil-field-visit-form': SamspilFieldVisitForm;
  }
}
