import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONVERSATION_GUIDE, mergeGuides } from '@samspil/core';
import { deepFreeze } from '../../../../test/support/deep-freeze.js';
import { expectFailure, expectSuccess, issueCodes } from '../../../../test/support/expect-result.js';
import { anyInput, corruptSomewhere } from '../../../../test/support/hostile.js';

const G = DEFAULT_CONVERSATION_GUIDE;
const municipal = { ...structuredClone(G), id: 'eksempel-kommune.sundhedsplejen', source: { source: 'samspil' as const, section: 'Eksempel Kommune' } };

describe('mergeGuides', () => {
  it('adds plugin guides and new versions after the built-in ones', () => {
    const nextVersion = { ...structuredClone(G), version: 2 };
    const merged = expectSuccess(mergeGuides([G], [municipal, nextVersion]));
    expect(merged.map((guide) => [guide.id, guide.version])).toEqual([
      ['samspil.flight-exile-trauma', 1],
      ['eksempel-kommune.sundhedsplejen', 1],
      ['samspil.flight-exile-trauma', 2],
    ]);
  });

  it('reports a guide whose id and version already exist', () => {
    const result = mergeGuides([G], [municipal, G]);
    expectFailure(result);
    expect(result.issues.map(({ code, path, params }) => ({ code, path, params }))).toEqual([
      { code: 'conversation_guide_duplicate', path: ['plugin', 1], params: { id: G.id, version: 1 } },
    ]);
  });

  it('validates each guide and says where the problem is', () => {
    const broken = { ...structuredClone(G), phases: G.phases.slice(0, -1) };
    const result = mergeGuides([G], [broken]);
    expectFailure(result);
    expect(result.issues.map(({ code, path }) => ({ code, path }))).toEqual([
      { code: 'conversation_guide_closing_last', path: ['plugin', 0, 'phases', 7] },
    ]);
    expect(issueCodes(mergeGuides('not a list', []))).toEqual(['invalid_type']);
  });

  it('never throws on hostile input', () => {
    fc.assert(fc.property(anyInput, anyInput, (a, b) => {
      const result = mergeGuides(a, b);
      if (!result.ok) expectFailure(result);
      else expect(result.value).toEqual([]);
    }));
    fc.assert(
      fc.property(corruptSomewhere(municipal), (plugin) => {
        const result = mergeGuides([G], [plugin]);
        if (!result.ok) expectFailure(result);
      }),
      { numRuns: 50 },
    );
  });

  it('does not mutate its inputs', () => {
    const plugin = deepFreeze([structuredClone(municipal)]);
    expectSuccess(mergeGuides([G], plugin));
    expect(plugin).toEqual([municipal]);
  });
});
