import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CHECKLIST_TEMPLATES,
  checklistProgress,
  createChecklist,
  parseChecklistInstance,
  setChecklistItemStatus,
  type ChecklistInstance,
  type ChecklistItemStatus,
} from '@samspil/core';
import { deepFreeze } from '../../../../test/support/deep-freeze.js';
import { anyInput, corruptSomewhere, throwingProxy } from '../../../../test/support/hostile.js';
import { expectFailure, expectSuccess, issueCodes } from '../../../../test/support/expect-result.js';

const template = CHECKLIST_TEMPLATES.find((entry) => entry.id === 'reception-asylum-to-housing')!;
const NOW = '2026-02-03T10:00:00+01:00';
const fresh = () =>
  expectSuccess(createChecklist(template, { id: 'cl-1', familyId: 'fam-1', anchors: { 'arrival-in-municipality': '2026-02-02' }, now: NOW }));
const item = (instance: ChecklistInstance, itemId: string) => instance.items.find((entry) => entry.itemId === itemId);
const set = (instance: ChecklistInstance, itemId: string, status: ChecklistItemStatus, extra: Record<string, unknown> = {}) =>
  setChecklistItemStatus(instance, template, { itemId, status, now: NOW, ...extra });

describe('setChecklistItemStatus', () => {
  it('refuses done while a dependency is open, and says what blocks it', () => {
    const result = set(fresh(), 'bank-account', 'done');
    expectFailure(result);
    expect(result.issues).toMatchObject([{ code: 'checklist_blocked', path: ['status'], params: { itemId: 'bank-account', blockedBy: 'cpr-registration' } }]);
    expect(set(fresh(), 'bank-account', 'done', { locale: 'en' })).toMatchObject({
      issues: [{ message: 'The item "bank-account" cannot be marked done yet: it is waiting for cpr-registration.' }],
    });
  });

  it('allows done once the dependencies are done or not relevant', () => {
    let instance = fresh();
    for (const id of ['allocation-received', 'children-services-notified']) instance = expectSuccess(set(instance, id, 'done'));
    instance = expectSuccess(set(instance, 'screening-meeting', 'not-relevant'));
    instance = expectSuccess(set(instance, 'housing-ready', 'done'));
    instance = expectSuccess(set(instance, 'move-to-municipality', 'done'));
    const done = expectSuccess(set(instance, 'start-meeting', 'done'));
    expect(item(done, 'start-meeting')).toMatchObject({ status: 'done', doneOn: '2026-02-03' });
  });

  it('allows in-progress on a blocked item', () => {
    expect(item(expectSuccess(set(fresh(), 'bank-account', 'in-progress')), 'bank-account')?.status).toBe('in-progress');
  });

  it('records doneOn from the day of now as written, or as given', () => {
    let instance = expectSuccess(set(fresh(), 'allocation-received', 'done', { now: '2026-02-03T23:30:00+01:00' }));
    expect(item(instance, 'allocation-received')?.doneOn).toBe('2026-02-03');
    instance = expectSuccess(set(fresh(), 'allocation-received', 'done', { doneOn: '2026-01-30' }));
    expect(item(instance, 'allocation-received')?.doneOn).toBe('2026-01-30');
  });

  it('clears doneOn when an item is reopened, and keeps the note unless a new one is given', () => {
    let instance = expectSuccess(set(fresh(), 'housing-ready', 'done', { note: 'Midlertidig bolig på Vestergade' }));
    instance = expectSuccess(set(instance, 'housing-ready', 'open'));
    expect(item(instance, 'housing-ready')).toEqual({ itemId: 'housing-ready', status: 'open', dueDate: '2026-02-02', note: 'Midlertidig bolig på Vestergade' });
  });

  it('refuses to reopen an item a done item depends on', () => {
    let instance = expectSuccess(set(fresh(), 'allocation-received', 'done'));
    instance = expectSuccess(set(instance, 'children-services-notified', 'done'));
    const result = set(instance, 'allocation-received', 'in-progress');
    expect(result).toMatchObject({ ok: false, issues: [{ code: 'checklist_has_done_dependents', params: { dependents: 'children-services-notified' } }] });
    expectSuccess(set(instance, 'allocation-received', 'not-relevant'));
  });

  it('refuses an unknown item, a foreign template and a bad status', () => {
    expect(issueCodes(set(fresh(), 'ghost', 'done'))).toEqual(['checklist_unknown_item']);
    expect(issueCodes(setChecklistItemStatus(fresh(), CHECKLIST_TEMPLATES[1], { itemId: 'x', status: 'done', now: NOW }))).toEqual(['checklist_template_mismatch']);
    expect(issueCodes(set(fresh(), 'housing-ready', 'finished' as ChecklistItemStatus))).toEqual(['invalid_option']);
    expect(issueCodes(set(fresh(), 'housing-ready', 'done', { now: undefined }))).toEqual(['invalid_now']);
  });

  it('refuses an instance whose items do not match the template', () => {
    const instance = fresh();
    const result = set({ ...instance, items: instance.items.slice(1) }, 'housing-ready', 'done');
    expect(issueCodes(result)).toEqual(['checklist_missing_item']);
  });

  it('does not mutate its inputs', () => {
    const instance = deepFreeze(fresh());
    const frozenTemplate = deepFreeze(structuredClone(template));
    const result = expectSuccess(setChecklistItemStatus(instance, frozenTemplate, deepFreeze({ itemId: 'housing-ready', status: 'done', now: NOW })));
    expect(item(instance, 'housing-ready')?.status).toBe('open');
    expect(item(result, 'housing-ready')?.status).toBe('done');
  });

  it('never throws on hostile input', () => {
    expectFailure(setChecklistItemStatus(throwingProxy(), template, { itemId: 'a', status: 'done', now: NOW }));
    fc.assert(
      fc.property(anyInput, anyInput, (instance, itemId) => {
        const result = setChecklistItemStatus(instance, template, { itemId, status: 'done', now: NOW });
        if (!result.ok) expectFailure(result);
      }),
      { numRuns: 100 },
    );
    fc.assert(
      fc.property(corruptSomewhere(fresh()), (instance) => {
        const result = set(instance as ChecklistInstance, 'housing-ready', 'done');
        if (result.ok) expectSuccess(parseChecklistInstance(result.value));
        else expectFailure(result);
      }),
      { numRuns: 150 },
    );
  });

  it('keeps every invariant through random sequences of status changes', () => {
    const ids = template.phases.flatMap((phase) => phase.items.map((entry) => entry.id));
    const dependsOn = new Map(template.phases.flatMap((phase) => phase.items.map((entry) => [entry.id, entry.dependsOn ?? []] as const)));
    const settled = (status: string | undefined) => status === 'done' || status === 'not-relevant';
    const command = fc.record({
      itemId: fc.constantFrom(...ids),
      status: fc.constantFrom<ChecklistItemStatus>('open', 'in-progress', 'done', 'not-relevant'),
    });
    fc.assert(
      fc.property(fc.array(command, { maxLength: 40 }), (commands) => {
        let instance = fresh();
        for (const { itemId, status } of commands) {
          const result = setChecklistItemStatus(instance, template, { itemId, status, now: NOW });
          if (!result.ok) {
            expect(issueCodes(result)).toSatisfy((codes: string[]) => codes.length === 1 && ['checklist_blocked', 'checklist_has_done_dependents'].includes(codes[0]!));
            continue;
          }
          expect(item(result.value, itemId)?.status).toBe(status);
          instance = result.value;
        }
        expectSuccess(parseChecklistInstance(instance));
        expect(instance.items.map((entry) => entry.itemId)).toEqual(ids);
        const statusById = new Map(instance.items.map((entry) => [entry.itemId, entry.status]));
        for (const entry of instance.items) {
          expect(entry.doneOn !== undefined).toBe(entry.status === 'done');
          if (entry.status === 'done') for (const dependency of dependsOn.get(entry.itemId) ?? []) expect(settled(statusById.get(dependency))).toBe(true);
        }
        const progress = expectSuccess(checklistProgress(instance));
        expect(progress.done + progress.notRelevant + progress.inProgress + progress.open).toBe(progress.total);
        expect(progress.percent).toBeGreaterThanOrEqual(0);
        expect(progress.percent).toBeLessThanOrEqual(100);
      }),
      { numRuns: 60 },
    );
  });
});
