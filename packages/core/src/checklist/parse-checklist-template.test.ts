import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHECKLIST_TEMPLATES, parseChecklistTemplate } from '@samspil/core';
import { deepFreeze } from '../../../../test/support/deep-freeze.js';
import { anyInput, corruptSomewhere, pollutingObject, throwingProxy } from '../../../../test/support/hostile.js';
import { expectFailure, expectSuccess, issueCodes } from '../../../../test/support/expect-result.js';

const item = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  title: { da: `Punkt ${id}`, en: `Item ${id}` },
  ownerRole: { role: 'coordinator' },
  ...extra,
});

const template = (items: unknown[], anchors: unknown[] = [{ id: 'start', label: { da: 'Start', en: 'Start' } }]) => ({
  id: 'test-template',
  version: 1,
  title: { da: 'Test', en: 'Test' },
  sources: [{ source: 'samspil', section: 'test' }],
  anchors,
  phases: [{ id: 'only', title: { da: 'Fase', en: 'Phase' }, items }],
});

const valid = template([
  item('a', { deadline: { anchor: 'start', offset: { days: 3 }, direction: 'after' } }),
  item('b', { dependsOn: ['a'] }),
  item('c', { dependsOn: ['a', 'b'], ownerRole: { sector: 'job-centre' } }),
]);

describe('parseChecklistTemplate', () => {
  it('accepts a valid template and round-trips it', () => {
    expect(expectSuccess(parseChecklistTemplate(valid))).toEqual(valid);
  });

  it('rejects a dependency cycle, naming it', () => {
    const result = parseChecklistTemplate(template([item('a', { dependsOn: ['c'] }), item('b', { dependsOn: ['a'] }), item('c', { dependsOn: ['b'] })]));
    expectFailure(result);
    expect(issueCodes(result)).toEqual(['checklist_dependency_cycle']);
    expect(result.issues[0]?.params?.cycle).toBe('a → c → b → a');
  });

  it('rejects an item that depends on itself', () => {
    expect(issueCodes(parseChecklistTemplate(template([item('a', { dependsOn: ['a'] })])))).toEqual(['checklist_dependency_cycle']);
  });

  it('rejects a dependency on an unknown item, with its path', () => {
    const result = parseChecklistTemplate(template([item('a'), item('b', { dependsOn: ['a', 'ghost'] })]));
    expectFailure(result);
    expect(result.issues).toMatchObject([{ code: 'checklist_unknown_dependency', path: ['phases', 0, 'items', 1, 'dependsOn', 1], params: { id: 'ghost' } }]);
  });

  it('rejects a deadline on an undeclared anchor', () => {
    const result = parseChecklistTemplate(template([item('a', { deadline: { anchor: 'arrival', offset: { weeks: 1 }, direction: 'after' } })]));
    expectFailure(result);
    expect(result.issues).toMatchObject([{ code: 'checklist_unknown_anchor', path: ['phases', 0, 'items', 0, 'deadline', 'anchor'] }]);
    expect(result.issues[0]?.message).toBe('Fristen henviser til datoen "arrival", som skabelonen ikke har.');
  });

  it('rejects duplicate item, phase and anchor ids', () => {
    const twice = { id: 'start', label: { da: 'Start', en: 'Start' } };
    const input = { ...template([item('a'), item('a')], [twice, twice]), phases: [...template([item('a'), item('a')]).phases, { id: 'only', title: { da: 'F', en: 'P' }, items: [item('z')] }] };
    expect(issueCodes(parseChecklistTemplate(input)).sort()).toEqual(['duplicate_id', 'duplicate_id', 'duplicate_id']);
  });

  it('rejects an empty offset and an owner with neither sector nor role', () => {
    const result = parseChecklistTemplate(
      template([item('a', { ownerRole: {}, deadline: { anchor: 'start', offset: {}, direction: 'before' } })]),
    );
    expect(issueCodes(result).sort()).toEqual(['checklist_empty_offset', 'checklist_owner_missing']);
  });

  it('reports unknown keys and an unknown sector instead of dropping them', () => {
    expect(issueCodes(parseChecklistTemplate({ ...valid, colour: 'red' }))).toEqual(['unknown_key']);
    expect(issueCodes(parseChecklistTemplate(template([item('a', { ownerRole: { sector: 'ministry-of-magic' } })])))).toEqual(['invalid_option']);
  });

  it('answers in English when asked', () => {
    const result = parseChecklistTemplate(template([item('a', { dependsOn: ['a'] })]), { locale: 'en' });
    expectFailure(result);
    expect(result.issues[0]?.message).toContain('depend on each other in a circle');
  });

  it('never throws on hostile objects', () => {
    expectFailure(parseChecklistTemplate(throwingProxy()));
    expectFailure(parseChecklistTemplate(pollutingObject()));
  });

  it('does not mutate its input', () => {
    const frozen = deepFreeze(structuredClone(CHECKLIST_TEMPLATES[0]));
    expectSuccess(parseChecklistTemplate(frozen));
  });

  it('gives well-formed issues for any input', () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        const result = parseChecklistTemplate(input);
        if (!result.ok) expectFailure(result);
      }),
      { numRuns: 200 },
    );
  });

  it('gives well-formed issues when a valid template is corrupted anywhere', () => {
    fc.assert(
      fc.property(corruptSomewhere(valid), (input) => {
        const result = parseChecklistTemplate(input);
        if (result.ok) expect(result.value).toEqual(input);
        else expectFailure(result);
      }),
      { numRuns: 300 },
    );
  });
});
