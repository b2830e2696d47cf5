import { describe, expect, it } from 'vitest';
import { FIELD_VISIT_SECTIONS, FieldVisitSection, fieldVisitSections, parseInput } from '@samspil/core';
import { expectSuccess } from '../../../../test/support/expect-result.js';

describe('FIELD_VISIT_SECTIONS', () => {
  it('validates against its own schema', () => {
    for (const section of FIELD_VISIT_SECTIONS) expectSuccess(parseInput(FieldVisitSection, section));
  });

  it('lists the sections in form order, with labels in both languages', () => {
    expect(fieldVisitSections).toBe(FIELD_VISIT_SECTIONS);
    expect(FIELD_VISIT_SECTIONS.map((section) => section.id)).toEqual(['facts', 'wellbeing', 'resources', 'own-words', 'agreements', 'consent', 'follow-up']);
    expect(FIELD_VISIT_SECTIONS.find((section) => section.id === 'own-words')?.label).toEqual({ da: 'Familiens egne ord', en: "The family's own words" });
  });

  it('lets the family decline every section about them, but not the facts of the visit or the consent explanation', () => {
    expect(FIELD_VISIT_SECTIONS.filter((section) => !section.declinable).map((section) => section.id)).toEqual(['facts', 'consent']);
  });
});
