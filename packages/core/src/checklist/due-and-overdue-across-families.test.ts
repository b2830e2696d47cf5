import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHECKLIST_TEMPLATES, createChecklist, dueAndOverdueAcrossFamilies, prepareChecklistInstances, setChecklistItemStatus } from '@samspil/core';
import { deepFreeze } from '../../../../test/support/deep-freeze.js';
import { anyInput, throwingProxy } from '../../../../test/support/hostile.js';
import { expectFailure, expectSuccess, issueCodes } from '../../../../test/support/expect-result.js';

const template = CHECKLIST_TEMPLATES.find((entry) => entry.id === 'network-meeting-preparation')!;
const NOW = '2026-03-01T09:00:00+01:00';
const family = (n: number, meetingDate: string) =>
  expectSuccess(createChecklist(template, { id: `cl-${n}`, familyId: `fam-${n}`, anchors: { 'meeting-date': meetingDate }, now: NOW, owners: { 'agenda-sent': `actor-${n}` } }));
const first = expectSuccess(setChecklistItemStatus(family(1, '2026-03-10'), template, { itemId: 'purpose-and-agenda', status: 'done', now: NOW }));
const instances = deepFreeze([first, family(2, '2026-03-20'), family(3, '2026-05-01')]);
const options = { now: '2026-03-03T10:00:00+01:00', withinDays: 3 };

describe('dueAndOverdueAcrossFamilies', () => {
  const expected = {
    today: '2026-03-03',
    horizon: '2026-03-06',
    overdue: [{ instanceId: 'cl-1', familyId: 'fam-1', templateId: 'network-meeting-preparation', itemId: 'participants-invited', dueDate: '2026-02-24', status: 'open', ownerActorId: undefined }],
    due: [
      { instanceId: 'cl-1', familyId: 'fam-1', templateId: 'network-meeting-preparation', itemId: 'preparation-conversation', dueDate: '2026-03-03', status: 'open', ownerActorId: undefined },
      { instanceId: 'cl-1', familyId: 'fam-1', templateId: 'network-meeting-preparation', itemId: 'consent-checked', dueDate: '2026-03-03', status: 'open', ownerActorId: undefined },
      { instanceId: 'cl-1', familyId: 'fam-1', templateId: 'network-meeting-preparation', itemId: 'interpreter-booked', dueDate: '2026-03-03', status: 'open', ownerActorId: undefined },
      { instanceId: 'cl-1', familyId: 'fam-1', templateId: 'network-meeting-preparation', itemId: 'place-and-setting', dueDate: '2026-03-03', status: 'open', ownerActorId: undefined },
      { instanceId: 'cl-1', familyId: 'fam-1', templateId: 'network-meeting-preparation', itemId: 'agenda-sent', dueDate: '2026-03-05', status: 'open', ownerActorId: 'actor-1' },
      { instanceId: 'cl-2', familyId: 'fam-2', templateId: 'network-meeting-preparation', itemId: 'purpose-and-agenda', dueDate: '2026-03-06', status: 'open', ownerActorId: undefined },
      { instanceId: 'cl-2', familyId: 'fam-2', templateId: 'network-meeting-preparation', itemId: 'participants-invited', dueDate: '2026-03-06', status: 'open', ownerActorId: undefined },
    ],
  };

  it('finds due and overdue items across families, validating unknown input', () => {
    expect(expectSuccess(dueAndOverdueAcrossFamilies(instances, options))).toEqual(expected);
  });

  it('gives the same answer on the trusted and the prepared path', () => {
    expect(expectSuccess(dueAndOverdueAcrossFamilies(instances, { ...options, trusted: true }))).toEqual(expected);
    const prepared = expectSuccess(prepareChecklistInstances(instances));
    expect(prepared).toEqual({ kind: 'prepared-checklist-instances', size: 3 });
    expect(expectSuccess(dueAndOverdueAcrossFamilies(prepared, options))).toEqual(expected);
  });

  it('keeps private copies, so changes after preparing do not reach the handle', () => {
    const copies = structuredClone(instances);
    const prepared = expectSuccess(prepareChecklistInstances(copies));
    copies[0]!.items[1]!.status = 'done';
    copies[0]!.items[1]!.dueDate = 'not a date';
    expect(expectSuccess(dueAndOverdueAcrossFamilies(prepared, options))).toEqual(expected);
  });

  it('refuses a forged handle and malformed data on the validated path', () => {
    expectFailure(dueAndOverdueAcrossFamilies({ kind: 'prepared-checklist-instances', size: 3 }, options));
    expectFailure(dueAndOverdueAcrossFamilies([{ ...first, items: [{ itemId: 'x', status: 'open', dueDate: 20260301 }] }], options));
  });

  it('answers malformed data on the trusted path with invalid_type, not a throw', () => {
    expect(issueCodes(dueAndOverdueAcrossFamilies([null], { ...options, trusted: true }))).toEqual(['invalid_type']);
    expect(issueCodes(dueAndOverdueAcrossFamilies([{ ...first, items: [{ itemId: 'x', status: 'open', dueDate: 20260301 }] }], { ...options, trusted: true }))).toEqual([
      'invalid_type',
    ]);
    expect(issueCodes(dueAndOverdueAcrossFamilies([throwingProxy()], { ...options, trusted: true }))).toEqual(['unreadable_input']);
  });

  it('refuses a bad window or now', () => {
    expect(issueCodes(dueAndOverdueAcrossFamilies(instances, { now: 'x', withinDays: 3 }))).toEqual(['invalid_now']);
    expect(issueCodes(dueAndOverdueAcrossFamilies(instances, { now: NOW, withinDays: '3' }))).toEqual(['invalid_type']);
  });

  it('never throws, on any path', () => {
    fc.assert(
      fc.property(anyInput, fc.boolean(), (input, trusted) => {
        const result = dueAndOverdueAcrossFamilies(input, { ...options, trusted });
        if (!result.ok) expectFailure(result);
        const prepared = prepareChecklistInstances(input);
        if (!prepared.ok) expectFailure(prepared);
      }),
      { numRuns: 200 },
    );
  });
});
