import type { MessageCatalogue } from '../message-template.js';

/** A message catalogue that a browser build fetches as a chunk of its own, the first time it is asked for. */
export interface CatalogueOnDemand {
  /** The catalogue once {@link CatalogueOnDemand.load} has fetched it; `undefined` before. */
  readonly current: () => MessageCatalogue | undefined;
  /** Fetches the catalogue once; a failed fetch may be retried by calling again. */
  readonly load: () => Promise<void>;
}

/**
 * Wraps the dynamic import of a catalogue (decisions 0011, 0012). The import stays written out
 * where this is called, so bundlers see which module becomes the chunk.
 */
export function catalogueOnDemand(importer: () => Promise<MessageCatalogue>): CatalogueOnDemand {
  let loaded: MessageCatalogue | undefined;
  let loading: Promise<void> | undefined;
  return {
    current: () => loaded,
    load: () =>
      (loading ??= importer().then(
        (catalogue) => {
          loaded = catalogue;
        },
        (error: unknown) => {
          loading = undefined;
          throw error;
        },
      )),
  };
}
