import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { PluginRegistry } from './create-plugin-registry.js';
import { pluginRegistry } from './plugin-registry.js';
import type { PluginRegistryChange } from './samspil-plugin.js';

/** Options for {@link PluginRegistryController}. */
export interface PluginRegistryControllerOptions {
  /** Default: the shared {@link pluginRegistry}. */
  readonly registry?: PluginRegistry;
  /** Called before the host re-renders, e.g. to re-pick a template that a plugin replaced. */
  readonly onChange?: (change: PluginRegistryChange) => void;
}

/**
 * Keeps a mounted widget in step with the plugin registry: while connected, every registered or
 * removed plugin re-renders the host, so a template or guide added after the page loaded appears
 * without a reload.
 *
 * @example
 * private readonly plugins = new PluginRegistryController(this);
 * render() { return html`${this.plugins.registry.conversationGuides().map((guide) => guide.title.da)}`; }
 */
export class PluginRegistryController implements ReactiveController {
  readonly registry: PluginRegistry;
  readonly #host: ReactiveControllerHost;
  readonly #onChange: ((change: PluginRegistryChange) => void) | undefined;
  #unsubscribe: (() => void) | undefined;

  constructor(host: ReactiveControllerHost, options: PluginRegistryControllerOptions = {}) {
    this.#host = host;
    this.registry = options.registry ?? pluginRegistry;
    this.#onChange = options.onChange;
    host.addController(this);
  }

  hostConnected(): void {
    this.#unsubscribe = this.registry.subscribe((change) => {
      this.#onChange?.(change);
      this.#host.requestUpdate();
    });
  }

  hostDisconnected(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
  }
}
