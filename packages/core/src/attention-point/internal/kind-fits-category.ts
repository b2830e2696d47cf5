import type { AttentionCategory, AttentionKind } from '../attention-catalogue.schema.js';

const RESOURCE_ONLY: readonly string[] = ['resource', 'protective-factor'];
const EITHER_KIND: readonly string[] = ['parenting-capacity'];

/** Which kinds a category may hold: resource groups hold resources, `parenting-capacity` both, the rest concerns. */
export function kindFitsCategory(kind: AttentionKind, category: AttentionCategory): boolean {
  if (EITHER_KIND.includes(category)) return true;
  return RESOURCE_ONLY.includes(category) ? kind === 'resource' : kind === 'concern';
}
