import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHECKLIST_TEMPLATES, mergeChecklistTemplates } from '@samspil/core';
import { deepFreeze } from '../../../../test/support/deep-freeze.js';
import { anyInput } from '../../../../test/support/hostile.js';
import { expectFailure, expectSuccess, issueCodes } from '../../../../test/support/expect-result.js';

const base = deepFreeze(structuredClone([...CHECKLIST_TEMPLATES]));
const reception = base[0]!;

describe('mergeChecklistTemplates', () => {
  it('adds a plugin template and a new version of a shipped one', () => {
    const own = { ...reception, id: 'kommunens-modtagelse' };
    const revised = { ...reception, version: 2 };
    const merged = expectSuccess(mergeChecklistTemplates(base, [own, revised]));
    expect(merged.map((template) => `${template.id}@${template.version}`)).toEqual([
      ...base.map((template) => `${template.id}@${template.version}`),
      'kommunens-modtagelse@1',
      'reception-asylum-to-housing@2',
    ]);
  });

  it('refuses the same id and version twice', () => {
    const result = mergeChecklistTemplates(base, [reception]);
    expectFailure(result);
    expect(result.issues).toMatchObject([{ code: 'checklist_duplicate_template', path: ['additions', 0], params: { id: 'reception-asylum-to-housing', version: 1 } }]);
  });

  it('validates additions, with paths under "additions"', () => {
    const result = mergeChecklistTemplates(base, [{ ...reception, id: 'x', phases: [] }]);
    expectFailure(result);
    expect(result.issues[0]).toMatchObject({ code: 'too_few', path: ['additions', 0, 'phases'] });
    expect(issueCodes(mergeChecklistTemplates('not a list', []))).toEqual(['invalid_type']);
  });

  it('does not mutate its inputs and never throws', () => {
    expectSuccess(mergeChecklistTemplates(base, deepFreeze([{ ...reception, id: 'frozen' }])));
    fc.assert(
      fc.property(anyInput, (additions) => {
        const result = mergeChecklistTemplates(base, additions);
        if (!result.ok) expectFailure(result);
      }),
      { numRuns: 100 },
    );
  });
});
