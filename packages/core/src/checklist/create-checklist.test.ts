import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHECKLIST_TEMPLATES, createChecklist, parseChecklistInstance } from '@samspil/core';
import { deepFreeze } from '../../../../test/support/deep-freeze.js';
import { anyInput, corruptSomewhere, throwingProxy } from '../../../../test/support/hostile.js';
import { expectFailure, expectSuccess, issueCodes } from '../../../../test/support/expect-result.js';

const deadlineTemplate = {
  id: 'dates',
  version: 2,
  title: { da: 'Datoer', en: 'Dates' },
  sources: [{ source: 'samspil', section: 'test' }],
  anchors: [
    { id: 'arrival', label: { da: 'Ankomst', en: 'Arrival' } },
    { id: 'meeting', label: { da: 'Møde', en: 'Meeting' } },
  ],
  phases: [
    {
      id: 'p',
      title: { da: 'Fase', en: 'Phase' },
      items: [
        { id: 'one-month', title: { da: 'En måned', en: 'One month' }, ownerRole: { role: 'caseworker' }, deadline: { anchor: 'arrival', offset: { months: 1 }, direction: 'after' } },
        { id: 'three-months', title: { da: 'Tre måneder', en: 'Three months' }, ownerRole: { role: 'caseworker' }, deadline: { anchor: 'arrival', offset: { months: 3 }, direction: 'after' } },
        { id: 'mixed', title: { da: 'Blandet', en: 'Mixed' }, ownerRole: { role: 'caseworker' }, deadline: { anchor: 'arrival', offset: { months: 1, weeks: 1, days: 1 }, direction: 'after' } },
        { id: 'before-meeting', title: { da: 'Før møde', en: 'Before meeting' }, ownerRole: { role: 'coordinator' }, deadline: { anchor: 'meeting', offset: { weeks: 3 }, direction: 'before' } },
        { id: 'month-before', title: { da: 'Måned før', en: 'Month before' }, ownerRole: { role: 'coordinator' }, deadline: { anchor: 'meeting', offset: { months: 1 }, direction: 'before' } },
        { id: 'no-deadline', title: { da: 'Ingen frist', en: 'No deadline' }, ownerRole: { sector: 'school' } },
      ],
    },
  ],
};

const NOW = '2026-01-20T09:00:00+01:00';

const dueDates = (anchors: Record<string, string>) => {
  const instance = expectSuccess(createChecklist(deadlineTemplate, { id: 'cl-1', familyId: 'fam-1', anchors, now: NOW }));
  return Object.fromEntries(instance.items.map((item) => [item.itemId, item.dueDate]));
};

describe('createChecklist', () => {
  it('creates an open item for every template item, in template order', () => {
    const instance = expectSuccess(createChecklist(deadlineTemplate, { id: 'cl-1', familyId: 'fam-1', now: NOW }));
    expect(instance).toEqual({
      id: 'cl-1',
      templateId: 'dates',
      templateVersion: 2,
      familyId: 'fam-1',
      anchors: {},
      items: deadlineTemplate.phases[0]!.items.map((item) => ({ itemId: item.id, status: 'open' })),
      createdAt: '2026-01-20T08:00:00.000Z',
    });
    expectSuccess(parseChecklistInstance(instance));
  });

  it('clamps a month added to 31 January to the end of February', () => {
    expect(dueDates({ arrival: '2026-01-31' })).toMatchObject({ 'one-month': '2026-02-28', 'three-months': '2026-04-30', mixed: '2026-03-08' });
    expect(dueDates({ arrival: '2024-01-31' })).toMatchObject({ 'one-month': '2024-02-29' });
  });

  it('counts backwards for deadlines before an anchor', () => {
    expect(dueDates({ meeting: '2026-03-31' })).toMatchObject({ 'before-meeting': '2026-03-10', 'month-before': '2026-02-28' });
  });

  it('leaves the due date out while an anchor has no date', () => {
    const dates = dueDates({ meeting: '2026-03-31' });
    expect(dates['one-month']).toBeUndefined();
    expect(dates['no-deadline']).toBeUndefined();
  });

  it('keeps whole calendar days across the daylight-saving change', () => {
    expect(dueDates({ meeting: '2026-04-10' })).toMatchObject({ 'before-meeting': '2026-03-20' });
    expect(dueDates({ arrival: '2026-03-28' })).toMatchObject({ mixed: '2026-05-06' });
  });

  it('assigns owners by item id', () => {
    const instance = expectSuccess(createChecklist(deadlineTemplate, { id: 'cl-1', familyId: 'fam-1', now: NOW, owners: { mixed: 'actor-1' } }));
    expect(instance.items.find((item) => item.itemId === 'mixed')).toEqual({ itemId: 'mixed', status: 'open', ownerActorId: 'actor-1' });
  });

  it('refuses undeclared anchors, owners for unknown items and a missing now', () => {
    const result = createChecklist(deadlineTemplate, { id: 'cl-1', familyId: 'fam-1', anchors: { departure: '2026-01-01' }, owners: { ghost: 'a-1' }, now: NOW });
    expect(issueCodes(result).sort()).toEqual(['checklist_unknown_anchor', 'checklist_unknown_item']);
    expect(issueCodes(createChecklist(deadlineTemplate, { id: 'cl-1', familyId: 'fam-1', now: 'soon' }))).toEqual(['invalid_now']);
  });

  it('reports a deadline that would leave the four-digit years', () => {
    expect(issueCodes(createChecklist(deadlineTemplate, { id: 'c', familyId: 'f', anchors: { arrival: '9999-12-15' }, now: NOW }))).toContain('checklist_date_out_of_range');
  });

  it('prefixes template issues with "template"', () => {
    const result = createChecklist({ ...deadlineTemplate, version: 0 }, { id: 'c', familyId: 'f', now: NOW });
    expectFailure(result);
    expect(result.issues[0]?.path).toEqual(['template', 'version']);
  });

  it('works for every shipped template with every anchor set', () => {
    for (const template of CHECKLIST_TEMPLATES) {
      const anchors = Object.fromEntries(template.anchors.map((anchor) => [anchor.id, '2026-01-31']));
      const instance = expectSuccess(createChecklist(template, { id: 'c', familyId: 'f', anchors, now: NOW }));
      expectSuccess(parseChecklistInstance(instance));
      const withDeadline = template.phases.flatMap((phase) => phase.items).filter((item) => item.deadline !== undefined);
      expect(instance.items.filter((item) => item.dueDate !== undefined)).toHaveLength(withDeadline.length);
    }
  });

  it('does not mutate its inputs', () => {
    const template = deepFreeze(structuredClone(deadlineTemplate));
    const options = deepFreeze({ id: 'c', familyId: 'f', anchors: { arrival: '2026-01-31' }, owners: { mixed: 'a' }, now: NOW });
    const instance = expectSuccess(createChecklist(template, options));
    expect(instance.anchors).not.toBe(options.anchors);
  });

  it('never throws, whatever it is given', () => {
    expectFailure(createChecklist(throwingProxy(), { id: 'c', familyId: 'f', now: NOW }));
    expectFailure(createChecklist(deadlineTemplate, throwingProxy() as never));
    expectFailure(createChecklist(deadlineTemplate, undefined as never));
    fc.assert(
      fc.property(anyInput, anyInput, (template, anchors) => {
        const result = createChecklist(template, { id: 'c', familyId: 'f', anchors, now: NOW });
        if (!result.ok) expectFailure(result);
      }),
      { numRuns: 150 },
    );
    fc.assert(
      fc.property(corruptSomewhere({ id: 'c', familyId: 'f', anchors: { arrival: '2026-01-31' }, owners: { mixed: 'a' }, now: NOW }), (options) => {
        const result = createChecklist(deadlineTemplate, options as never);
        if (result.ok) expectSuccess(parseChecklistInstance(result.value));
        else expectFailure(result);
      }),
      { numRuns: 200 },
    );
  });
});
