import { catalogueFor, mergeCatalogue, type AgeBand, type AttentionCatalogueEntry, type AttentionCategoryInfo, type FieldVisitDraft } from '@samspil/core';
import { shippedAttentionCatalogue } from '../../kit/content/shipped-content.js';
import type { PluginRegistry } from '../../kit/plugins/create-plugin-registry.js';

// Part of the visit-checks chunk (decision 0014): the form reads the catalogue only once it is there.

/** Entries of one category, in catalogue order. */
export interface CatalogueGroup {
  readonly category: AttentionCategoryInfo;
  readonly entries: readonly AttentionCatalogueEntry[];
}

/** What the form lists for one age band: resource groups beside concern groups. */
export interface BandCatalogue {
  readonly entries: readonly AttentionCatalogueEntry[];
  readonly resources: readonly CatalogueGroup[];
  readonly concerns: readonly CatalogueGroup[];
}

interface Cached {
  readonly revision: number;
  /** The shipped catalogue this was built from: empty until its chunk has loaded. */
  readonly shipped: readonly AttentionCatalogueEntry[];
  /** The shipped catalogue (deep-frozen, so core validates it once and reuses it), or it merged with plugin entries. */
  readonly catalogue: readonly AttentionCatalogueEntry[];
  readonly bands: Map<string, BandCatalogue>;
}

const cache = new WeakMap<PluginRegistry, Cached>();
const NONE: readonly AttentionCatalogueEntry[] = Object.freeze([]);

function current(registry: PluginRegistry): Cached {
  const cached = cache.get(registry);
  const shipped = shippedAttentionCatalogue.current?.entries ?? NONE;
  if (cached !== undefined && cached.revision === registry.revision && cached.shipped === shipped) return cached;
  const additions = registry.attentionPoints();
  let catalogue: readonly AttentionCatalogueEntry[] = shipped;
  if (additions.length > 0) {
    // A plugin entry that does not meet core's catalogue schema leaves the shipped catalogue in use.
    const merged = mergeCatalogue(shipped, additions);
    if (merged.ok) catalogue = merged.value;
  }
  const fresh: Cached = { revision: registry.revision, shipped, catalogue, bands: new Map() };
  cache.set(registry, fresh);
  return fresh;
}

/** The catalogue submit checks codes against: the shipped one, with plugin entries when there are any. */
function catalogueOf(registry: PluginRegistry): readonly AttentionCatalogueEntry[] {
  return current(registry).catalogue;
}

// A code is at most 128 characters in core's view of a catalogue; longer ones are left for the
// draft's own schema to refuse.
const MAX_CODE_LENGTH = 128;

/**
 * The catalogue to check a draft's codes against. Until the shipped catalogue has arrived the
 * draft's own codes stand in for it, so every other rule is checked at once; the form checks again
 * when the catalogue is there, and submitting waits for it.
 */
export function catalogueForChecking(registry: PluginRegistry, draft: FieldVisitDraft): readonly { readonly code: string }[] {
  // This module is part of the checks' chunk, so only the shipped catalogue can still be on the way.
  if (shippedAttentionCatalogue.current !== undefined) return catalogueOf(registry);
  const codes = new Set<string>(registry.attentionPoints().map((entry) => entry.code));
  for (const observation of draft.observations) if (observation.attentionPointCode !== undefined) codes.add(observation.attentionPointCode);
  for (const resource of draft.resources) if (resource.code !== undefined) codes.add(resource.code);
  return [...codes].filter((code) => code.length <= MAX_CODE_LENGTH).map((code) => ({ code }));
}

/**
 * The catalogue entries for an age band (all entries when the band is unknown), grouped by
 * category with resource groups first. Filtered once per band and registry revision, never per keystroke.
 */
export function bandCatalogue(registry: PluginRegistry, band: AgeBand | undefined): BandCatalogue {
  const cached = current(registry);
  const key = band ?? '*';
  let result = cached.bands.get(key);
  if (result === undefined) {
    const filtered = catalogueFor(band === undefined ? {} : { ageBand: band }, { catalogue: cached.catalogue });
    const entries = filtered.ok ? filtered.value : [];
    const groups = (shippedAttentionCatalogue.current?.categories ?? []).flatMap((category) => {
      const inCategory = entries.filter((entry) => entry.category === category.id);
      return inCategory.length === 0 ? [] : [{ category, entries: inCategory }];
    });
    const ofKind = (kind: 'resource' | 'concern') =>
      groups.flatMap((group) => {
        const picked = group.entries.filter((entry) => entry.kind === kind);
        return picked.length === 0 ? [] : [{ category: group.category, entries: picked }];
      });
    result = { entries, resources: ofKind('resource'), concerns: ofKind('concern') };
    cached.bands.set(key, result);
  }
  return result;
}
