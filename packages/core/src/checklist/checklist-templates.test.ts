import { describe, expect, it } from 'vitest';
import { CHECKLIST_TEMPLATES, parseChecklistTemplate } from '@samspil/core';
import { expectSuccess } from '../../../../test/support/expect-result.js';

const items = CHECKLIST_TEMPLATES.flatMap((template) => template.phases.flatMap((phase) => phase.items.map((item) => ({ template: template.id, item }))));

describe('CHECKLIST_TEMPLATES', () => {
  it.each(CHECKLIST_TEMPLATES.map((template) => [template.id, template]))('%s validates against its own schema', (_id, template) => {
    expect(expectSuccess(parseChecklistTemplate(template))).toEqual(template);
  });

  it('ships the seven templates with unique id and version', () => {
    expect(CHECKLIST_TEMPLATES.map((template) => template.id)).toEqual([
      'reception-asylum-to-housing',
      'health-assessment',
      'school-and-daycare-start',
      'employment-start',
      'unaccompanied-minor-reception',
      'network-meeting-preparation',
      'consent-collection',
    ]);
  });

  it('cites a source on every template and every item', () => {
    for (const template of CHECKLIST_TEMPLATES) expect(template.sources.length).toBeGreaterThan(0);
    for (const { template, item } of items) expect(item.sources?.length ?? 0, `${template}/${item.id}`).toBeGreaterThan(0);
  });

  it('uses every anchor it declares, and has Danish and English text that differ', () => {
    for (const template of CHECKLIST_TEMPLATES) {
      const used = new Set(template.phases.flatMap((phase) => phase.items.flatMap((item) => (item.deadline ? [item.deadline.anchor] : []))));
      expect([...used].sort(), template.id).toEqual(template.anchors.map((anchor) => anchor.id).sort());
    }
    for (const { item } of items) expect(item.title.da).not.toBe(item.title.en);
  });

  it('keeps the figures of the sources', () => {
    const find = (template: string, id: string) => items.find((entry) => entry.template === template && entry.item.id === id)?.item;
    expect(find('reception-asylum-to-housing', 'move-to-municipality')?.deadline).toEqual({ anchor: 'residence-permit-granted', offset: { weeks: 8 }, direction: 'after' });
    expect(find('health-assessment', 'assessment-held')?.deadline).toEqual({ anchor: 'integration-responsibility-start', offset: { months: 3 }, direction: 'after' });
    expect(find('reception-asylum-to-housing', 'move-in-inspection')?.deadline?.offset).toEqual({ days: 14 });
    expect(find('school-and-daycare-start', 'daycare-introduction-period')?.deadline?.offset).toEqual({ weeks: 4 });
    expect(find('unaccompanied-minor-reception', 'wellbeing-review')?.deadline?.offset).toEqual({ months: 6 });
  });
});
