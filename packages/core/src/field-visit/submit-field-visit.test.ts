import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type FieldVisitDraft, submitFieldVisit } from '@samspil/core';
import { deepFreeze } from '../../../../test/support/deep-freeze.js';
import { expectFailure, expectSuccess, issueCodes } from '../../../../test/support/expect-result.js';
import { anyInput, corruptSomewhere } from '../../../../test/support/hostile.js';
import { draft, family, submitOptions } from './internal/test-fixtures.js';

const codesAndPaths = (result: ReturnType<typeof submitFieldVisit>) => (result.ok ? [] : result.issues.map(({ code, path }) => ({ code, path })));

describe('submitFieldVisit', () => {
  it('hands in a complete draft as a submitted record', () => {
    const submitted = expectSuccess(submitFieldVisit(draft, { ...submitOptions, family }));
    expect(submitted).toMatchObject({ id: 'v-1', status: 'submitted', submittedAt: '2026-03-02T15:00:00.000Z', submittedByActorId: 'a-coordinator' });
    expect(draft.status).toBe('draft');
  });

  it('is lenient as a draft but strict on submit', () => {
    const empty: FieldVisitDraft = { id: 'v-2', familyId: 'fam-haddad', kind: 'home', status: 'draft', visitors: [], membersPresent: [], observations: [], resources: [], agreements: [], declinedTopics: [] };
    expect(codesAndPaths(submitFieldVisit(empty, submitOptions))).toEqual([
      { code: 'required', path: ['date'] },
      { code: 'required', path: ['place'] },
      { code: 'too_few', path: ['visitors'] },
      { code: 'required', path: ['consentExplained'] },
    ]);
  });

  it('asks a home visit for a member present, the own words and the resources', () => {
    const bare = { ...draft, membersPresent: [], familyOwnWords: undefined, resources: [] };
    expect(issueCodes(submitFieldVisit(bare, submitOptions))).toEqual([
      'field_visit_no_member_present',
      'field_visit_section_incomplete',
      'field_visit_section_incomplete',
    ]);
    // A professional field visit needs none of them.
    expectSuccess(submitFieldVisit({ ...bare, kind: 'professional' }, submitOptions));
  });

  it('never forces a section the family declined', () => {
    const declined = {
      ...draft,
      familyOwnWords: undefined,
      resources: [],
      observations: [],
      declinedTopics: [
        { sectionId: 'own-words', at: '2026-03-02T09:30:00.000Z' },
        { sectionId: 'resources', at: '2026-03-02T09:35:00.000Z', note: 'Ikke i dag' },
      ],
    };
    const submitted = expectSuccess(submitFieldVisit(declined, submitOptions));
    expect(submitted.declinedTopics).toHaveLength(2);
    // Declining a single field does not cover the whole section.
    const fieldOnly = { ...declined, declinedTopics: [{ sectionId: 'own-words', fieldId: 'familyOwnWords', at: '2026-03-02T09:30:00.000Z' }, declined.declinedTopics[1]] };
    expect(issueCodes(submitFieldVisit(fieldOnly, submitOptions))).toEqual(['field_visit_section_incomplete']);
    // The facts of the visit and the consent explanation cannot be declined.
    expect(issueCodes(submitFieldVisit({ ...draft, declinedTopics: [{ sectionId: 'consent', at: '2026-03-02T09:30:00.000Z' }] }, submitOptions))).toEqual([
      'field_visit_section_not_declinable',
    ]);
  });

  it('needs agreements with one owner and a due date on or after the visit', () => {
    const result = submitFieldVisit(
      {
        ...draft,
        agreements: [
          { id: 'ag-1', action: 'Ring til skolen', dueDate: '2026-03-05' },
          { id: 'ag-2', action: 'Ring til lægen', ownerPersonId: 'p-mother' },
          { id: 'ag-3', action: 'Sende brev', ownerActorId: 'a-coordinator', dueDate: '2026-03-01' },
        ],
        followUp: { date: '2026-02-01' },
      },
      submitOptions,
    );
    expect(codesAndPaths(result)).toEqual([
      { code: 'field_visit_agreement_owner', path: ['agreements', 0, 'ownerActorId'] },
      { code: 'required', path: ['agreements', 1, 'dueDate'] },
    ]);
    const ordered = submitFieldVisit({ ...draft, agreements: [{ id: 'ag-3', action: 'Sende brev', ownerActorId: 'a-coordinator', dueDate: '2026-03-01' }], followUp: { date: '2026-02-01' }, endTime: '09:00' }, submitOptions);
    expect(issueCodes(ordered)).toEqual(['date_order', 'field_visit_agreement_due_before_visit', 'field_visit_follow_up_before_visit']);
  });

  it('checks the family, the interpreter, the catalogue and the date', () => {
    const result = submitFieldVisit(
      {
        ...draft,
        date: '2026-03-03',
        membersPresent: ['p-mother', 'p-stranger'],
        interpreter: undefined,
        observations: [{ id: 'o-1', text: 'Træt', attentionPointCode: 'no-such-code' }],
        agreements: [{ id: 'ag-1', action: 'Ring', ownerPersonId: 'p-nobody', dueDate: '2026-03-20' }],
      },
      { ...submitOptions, family },
    );
    expect(codesAndPaths(result)).toEqual([
      { code: 'field_visit_date_in_future', path: ['date'] },
      { code: 'field_visit_member_not_in_family', path: ['membersPresent', 1] },
      { code: 'field_visit_member_not_in_family', path: ['agreements', 0, 'ownerPersonId'] },
      { code: 'field_visit_interpreter_missing', path: ['membersPresent', 0] },
      { code: 'field_visit_attention_point_unknown', path: ['observations', 0, 'attentionPointCode'] },
    ]);
    expect(issueCodes(submitFieldVisit({ ...draft, interpreter: { language: 'ti', mode: 'video' } }, { ...submitOptions, family }))).toEqual([
      'field_visit_interpreter_language_mismatch',
    ]);
    expect(issueCodes(submitFieldVisit(draft, { ...submitOptions, family: { ...family, id: 'fam-other' } }))).toEqual(['field_visit_family_mismatch']);
    expectSuccess(submitFieldVisit({ ...draft, observations: [{ id: 'o-1', text: 'x', attentionPointCode: 'local-code' }] }, { ...submitOptions, catalogue: [{ code: 'local-code' }, { code: 'life-before-denmark' }] }));
  });

  it('requires the catalogue: core has no default, so bundles need not carry the shipped one', () => {
    const { catalogue: _catalogue, ...withoutCatalogue } = submitOptions;
    const result = submitFieldVisit(draft, { ...withoutCatalogue, locale: 'en' } as never);
    expectFailure(result);
    expect(result.issues).toEqual([{ code: 'required', path: ['options', 'catalogue'], message: 'This field is required.' }]);
    expect(codesAndPaths(submitFieldVisit(draft, { ...submitOptions, catalogue: [{ code: 7 }] }))).toEqual([{ code: 'invalid_type', path: ['options', 'catalogue', 0, 'code'] }]);
  });

  it('re-reads a catalogue that can change between calls', () => {
    const catalogue = [{ code: 'everyday-coping' }, { code: 'life-before-denmark' }];
    expectSuccess(submitFieldVisit(draft, { ...submitOptions, catalogue }));
    catalogue[1] = { code: 'something-else' };
    expect(codesAndPaths(submitFieldVisit(draft, { ...submitOptions, catalogue }))).toEqual([
      { code: 'field_visit_attention_point_unknown', path: ['resources', 0, 'code'] },
    ]);
  });

  it('refuses a visit already submitted and bad options', () => {
    const submitted = expectSuccess(submitFieldVisit(draft, submitOptions));
    expect(issueCodes(submitFieldVisit(submitted, submitOptions))).toEqual(['field_visit_already_submitted']);
    expect(issueCodes(submitFieldVisit(draft, { ...submitOptions, now: 'later' }))).toEqual(['invalid_now']);
    expect(issueCodes(submitFieldVisit(draft, { ...submitOptions, byActorId: '' }))).toEqual(['too_short', 'invalid_format']);
    expect(issueCodes(submitFieldVisit(draft, { ...submitOptions, timeZone: 'Atlantis' }))).toEqual(['field_visit_time_zone_unknown']);
  });

  it('speaks English with section labels', () => {
    const result = submitFieldVisit({ ...draft, familyOwnWords: '' }, { ...submitOptions, locale: 'en' });
    expectFailure(result);
    expect(result.issues[0]?.message).toBe(`The section "The family's own words" is empty. Fill it in, or mark that the family did not want to talk about it.`);
  });

  it('never throws on arbitrary or corrupted input and options', () => {
    fc.assert(fc.property(anyInput, (input) => expectFailure(submitFieldVisit(input, submitOptions))));
    fc.assert(
      fc.property(anyInput, (catalogue) => {
        const result = submitFieldVisit(draft, { ...submitOptions, catalogue });
        if (!result.ok) expectFailure(result);
      }),
    );
    fc.assert(
      fc.property(corruptSomewhere(draft), anyInput, (input, hostileFamily) => {
        const result = submitFieldVisit(input, { ...submitOptions, family: hostileFamily });
        if (!result.ok) expectFailure(result);
      }),
    );
  });

  it('does not mutate its inputs', () => {
    expectSuccess(submitFieldVisit(deepFreeze(structuredClone(draft)), deepFreeze({ ...submitOptions, family: structuredClone(family) })));
  });
});
