// Registers every built-in widget. This is the CDN bundle's entry (cdn/samspil.js) and the
// package's main export, for portals that want all of Samspil with one import.
import './kit/configure-zod.js';

export * from './field-visit-form/field-visit-form.js';
export * from './actioncard/actioncard.js';
export * from './coordination-checklist/coordination-checklist.js';
export { pluginRegistry } from './kit/plugins/plugin-registry.js';
export { registerPlugin } from './kit/plugins/register-plugin.js';
export { createIndexedDbStore } from './storage/create-indexed-db-store.js';
export { purgeLocalDrafts } from './kit/drafts/purge-local-drafts.js';
