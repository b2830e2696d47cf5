import { createPluginRegistry } from './create-plugin-registry.js';
import type { PluginRegistry } from './create-plugin-registry.js';

/**
 * The registry every widget reads by default: built-in widgets and a portal's plugins register
 * here, and mounted widgets update when it changes.
 *
 * @example
 * pluginRegistry.checklistTemplates().map((template) => template.id)
 * //=> ['modtagelse-af-familie', 'eksempel-kommune-bolig']
 */
export const pluginRegistry: PluginRegistry = createPluginRegistry();
