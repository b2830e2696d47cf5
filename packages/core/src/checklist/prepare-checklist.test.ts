import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CHECKLIST_TEMPLATES,
  assignChecklistItem,
  blockedItems,
  checklistProgress,
  createChecklist,
  overdueItems,
  prepareChecklist,
} from '@samspil/core';
import { deepFreeze } from '../../../../test/support/deep-freeze.js';
import { anyInput, corruptSomewhere, throwingProxy } from '../../../../test/support/hostile.js';
import { expectFailure, expectSuccess, issueCodes } from '../../../../test/support/expect-result.js';

const template = CHECKLIST_TEMPLATES.find((entry) => entry.id === 'reception-asylum-to-housing')!;
const NOW = '2026-02-03T10:00:00+01:00';
const instance = expectSuccess(
  createChecklist(template, { id: 'cl-1', familyId: 'fam-1', anchors: { 'arrival-in-municipality': '2026-02-02' }, now: NOW }),
);

describe('prepareChecklist', () => {
  it('answers with a frozen handle holding frozen copies equal to the input', () => {
    const handle = expectSuccess(prepareChecklist(deepFreeze(structuredClone(instance)), deepFreeze(structuredClone(template))));
    expect(handle.kind).toBe('prepared-checklist');
    expect(handle.instance).toEqual(instance);
    expect(handle.template).toEqual(template);
    expect(Object.isFrozen(handle)).toBe(true);
    expect(Object.isFrozen(handle.instance.items[0])).toBe(true);
    expect(Object.isFrozen(handle.template.phases[0]?.items[0])).toBe(true);
  });

  it('keeps private copies: later changes to the input do not reach the handle', () => {
    const copy = structuredClone(instance);
    const handle = expectSuccess(prepareChecklist(copy, template));
    copy.items[0]!.status = 'done';
    expect(handle.instance.items[0]?.status).toBe('open');
  });

  it('does not freeze or change plugin data the caller keeps in extensions', () => {
    const pluginData = { notes: ['a'] };
    const handle = expectSuccess(prepareChecklist({ ...instance, extensions: { plugin: pluginData } }, template));
    expect(Object.isFrozen(pluginData)).toBe(false);
    expect(handle.instance.extensions).toEqual({ plugin: { notes: ['a'] } });
    expect(Object.isFrozen(handle.instance.extensions)).toBe(true);
  });

  it('reports the same issues as the unprepared functions', () => {
    const wrongVersion = { ...instance, templateVersion: instance.templateVersion + 1 };
    expect(issueCodes(prepareChecklist(wrongVersion, template))).toEqual(issueCodes(blockedItems(wrongVersion, template)));
    expect(issueCodes(prepareChecklist(wrongVersion, template))).toEqual(['checklist_template_mismatch']);
    const missing = { ...instance, items: instance.items.slice(1) };
    expect(issueCodes(prepareChecklist(missing, template))).toEqual(['checklist_missing_item']);
    const bad = prepareChecklist({ ...instance, familyId: '' }, { ...template, phases: [] });
    expectFailure(bad);
    expect(bad.issues.map((issue) => issue.path[0])).toEqual(expect.arrayContaining(['familyId', 'template']));
  });

  it('is accepted by the queries in place of the instance, with the same answers', () => {
    const handle = expectSuccess(prepareChecklist(instance, template));
    expect(checklistProgress(handle)).toEqual(checklistProgress(instance));
    expect(overdueItems(handle, { now: '2026-06-01' })).toEqual(overdueItems(instance, { now: '2026-06-01' }));
    expect(blockedItems(handle, undefined)).toEqual(blockedItems(instance, template));
    expect(assignChecklistItem(handle, { itemId: 'cpr-registration', actorId: 'a-1' })).toEqual(
      assignChecklistItem(instance, { itemId: 'cpr-registration', actorId: 'a-1' }),
    );
  });

  it('cannot be forged: a look-alike object is validated as a plain instance', () => {
    const handle = expectSuccess(prepareChecklist(instance, template));
    const forged = { ...handle };
    expectFailure(checklistProgress(forged));
    expectFailure(blockedItems(forged, undefined));
  });

  it('never throws and gives well-formed issues for hostile input', () => {
    expectFailure(prepareChecklist(throwingProxy(), template));
    expectFailure(prepareChecklist(instance, throwingProxy()));
    fc.assert(
      fc.property(fc.oneof(anyInput, corruptSomewhere(instance)), fc.oneof(fc.constant(template), anyInput, corruptSomewhere(template)), (a, b) => {
        const result = prepareChecklist(a, b);
        if (!result.ok) expectFailure(result);
      }),
      { numRuns: 150 },
    );
  });
});
