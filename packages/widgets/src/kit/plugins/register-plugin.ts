import type { Result } from '@samspil/core';
import type { RegisterPluginOptions } from './create-plugin-registry.js';
import { pluginRegistry } from './plugin-registry.js';
import type { RegisteredPlugin } from './samspil-plugin.js';

/** Options for {@link registerPlugin}. */
export type RegisterPluginFunctionOptions = RegisterPluginOptions;

/**
 * Adds a plugin to the shared {@link pluginRegistry}: validates it (with core's parsers for
 * checklist templates and conversation guides), defines its elements and tells mounted widgets.
 * All or nothing; problems, such as a plugin name already taken, come back as issues.
 *
 * @example
 * registerPlugin({ name: 'eksempel-kommune', checklistTemplates: [boligSkabelon] }).ok
 * //=> true
 */
export function registerPlugin(plugin: unknown, options: RegisterPluginFunctionOptions = {}): Result<RegisteredPlugin> {
  return pluginRegistry.register(plugin, options);
}
