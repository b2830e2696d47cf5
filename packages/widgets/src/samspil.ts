// Registers every built-in widget. This is the CDN bundle's entry (cdn/samspil.js) and the
// package's main export, for portals that want all of Samspil with one import. The encrypted
// IndexedDB store is its own entry (`@samspil/widgets/storage`, cdn/storage.js): `autosave` loads it
// on first use, so a page that keeps no drafts downloads none of it.
/**
 * Every built-in widget, registered on import: `<samspil-field-visit-form>`, `<samspil-actioncard>`
 * and `<samspil-coordination-checklist>`, with their event classes, the shared plugin registry and
 * `purgeLocalDrafts` for logout. The same module is the CDN bundle `cdn/samspil.js`.
 *
 * @module @samspil/widgets
 */

export * from './field-visit-form/field-visit-form.js';
export * from './actioncard/actioncard.js';
export * from './coordination-checklist/coordination-checklist.js';
export { pluginRegistry } from './kit/plugins/plugin-registry.js';
export { registerPlugin } from './kit/plugins/register-plugin.js';
export { purgeLocalDrafts } from './kit/drafts/purge-local-drafts.js';
