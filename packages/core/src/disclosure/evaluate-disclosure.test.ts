import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CONSENT_RULES_DK,
  evaluateDisclosure,
  prepareDisclosureFacts,
  STATUTORY_BASES_DK,
  type Consent,
  type DisclosureDecision,
  type DisclosureRequest,
  type PreparedDisclosureFacts,
} from '@samspil/core';
import { anyInput, corruptSomewhere, throwingProxy } from '../../../../test/support/hostile.js';
import { deepFreeze } from '../../../../test/support/deep-freeze.js';
import { expectFailure, expectSuccess, issueCodes } from '../../../../test/support/expect-result.js';
import { actors, facts, family, omarConsent, request, schoolConsent } from './internal/test-fixtures.js';

const prepared: PreparedDisclosureFacts = expectSuccess(prepareDisclosureFacts(facts));
const decide = (change: Partial<DisclosureRequest>, using: unknown = prepared, options = {}): DisclosureDecision =>
  expectSuccess(evaluateDisclosure({ ...request, ...change }, using, options));
const withConsents = (...consents: Consent[]) => expectSuccess(prepareDisclosureFacts({ ...facts, consents }));
const codes = (decision: DisclosureDecision): string[] => (decision.permitted ? [] : decision.reasons.map((reason) => reason.code));
const basisKinds = (decision: DisclosureDecision): string[] => (decision.permitted ? decision.bases.map((use) => use.basis.kind) : []);

describe('evaluateDisclosure: consent', () => {
  it('permits what a valid consent covers, naming the consent and passing on its restrictions', () => {
    expect(decide({})).toEqual({
      permitted: true,
      bases: [
        {
          basis: { kind: 'consent', consentId: 'cons-school' },
          pairs: [{ subjectId: 'c-sara', category: 'social' }],
          restrictions: ['Ikke til brug i sager om ophold.'],
        },
      ],
    });
  });

  // The early-intervention basis would also fit caseworker → school, given a necessity text: the
  // gate says so with `disclosure_necessity_required`.
  it('refuses when only one of two custody holders has consented', () => {
    const onlyMother = { ...schoolConsent, responses: schoolConsent.responses.slice(0, 1) };
    const decision = decide({}, withConsents(onlyMother));
    expect(decision.permitted).toBe(false);
    expect(codes(decision)).toEqual(['disclosure_no_basis', 'disclosure_consent_incomplete', 'disclosure_necessity_required']);
  });

  it('refuses on a refused consent, and says so', () => {
    const refused = { ...schoolConsent, responses: [schoolConsent.responses[0]!, { ...schoolConsent.responses[1]!, decision: 'refused' as const }] };
    expect(codes(decide({}, withConsents(refused)))).toEqual(['disclosure_no_basis', 'disclosure_consent_refused', 'disclosure_consent_incomplete', 'disclosure_necessity_required']);
  });

  it('blocks from the moment of withdrawal', () => {
    const withdrawn = { ...schoolConsent, withdrawal: { byPersonId: 'p-karim', at: '2026-02-15T12:00:00+01:00', method: 'oral' as const } };
    const using = withConsents(withdrawn);
    expect(decide({ at: '2026-02-15T11:59:59+01:00' }, using).permitted).toBe(true);
    expect(codes(decide({ at: '2026-02-15T12:00:00+01:00' }, using))).toEqual(['disclosure_no_basis', 'disclosure_consent_withdrawn', 'disclosure_necessity_required']);
  });

  it('refuses outside the consent period', () => {
    expect(codes(decide({ at: '2027-01-01T00:00:00+01:00' }))).toEqual(['disclosure_no_basis', 'disclosure_consent_expired', 'disclosure_necessity_required']);
    expect(codes(decide({ at: '2025-12-31T12:00:00+01:00' }))).toEqual(['disclosure_no_basis', 'disclosure_consent_not_yet_valid', 'disclosure_consent_incomplete', 'disclosure_necessity_required']);
  });

  it('honours exclusions and names no other purpose', () => {
    expect(codes(decide({ purpose: 'crime-prevention' }))).toEqual(['disclosure_no_basis', 'disclosure_purpose_excluded', 'disclosure_necessity_required', 'disclosure_necessity_required']);
    expect(codes(decide({ purpose: 'housing' }))).toEqual(['disclosure_no_basis', 'disclosure_purpose_not_consented', 'disclosure_necessity_required']);
  });

  it('decides per pair and reports the pairs that would be allowed', () => {
    const decision = decide({ categories: ['social', 'criminal'], subjectIds: ['c-sara', 'c-lina'] });
    expect(decision.permitted).toBe(false);
    if (decision.permitted) return;
    expect(decision.reasons.map(({ code, subjectId, category }) => [code, subjectId, category])).toEqual([
      ['disclosure_no_basis', 'c-sara', 'criminal'],
      ['disclosure_no_basis', 'c-lina', 'social'],
      ['disclosure_necessity_required', 'c-lina', 'social'],
      ['disclosure_no_basis', 'c-lina', 'criminal'],
    ]);
    expect(decision.partial).toEqual([
      { basis: { kind: 'consent', consentId: 'cons-school' }, pairs: [{ subjectId: 'c-sara', category: 'social' }], restrictions: ['Ikke til brug i sager om ophold.'] },
    ]);
  });

  it('lets a certainly-15-year-old consent for himself, not one who may be 14', () => {
    const toRct = { toActorId: 'a-rct', subjectIds: ['c-omar'], categories: ['health' as const], purpose: 'treatment' };
    expect(basisKinds(decide(toRct))).toEqual(['consent']);
    const yusuf = { ...omarConsent, id: 'cons-yusuf', grantors: ['c-yusuf'], subjects: ['c-yusuf'], responses: [{ ...omarConsent.responses[0]!, personId: 'c-yusuf' }] };
    expect(codes(decide({ ...toRct, subjectIds: ['c-yusuf'] }, withConsents(yusuf)))).toEqual(['disclosure_no_basis', 'disclosure_consent_incomplete']);
    // Later that year he is certainly 15 and his own consent holds.
    expect(decide({ ...toRct, subjectIds: ['c-yusuf'], at: '2026-12-31T12:00:00+01:00' }, withConsents(yusuf)).permitted).toBe(true);
  });
});

describe('evaluateDisclosure: authorities', () => {
  it('permits within the same public authority without consent', () => {
    const decision = decide({ toActorId: 'a-consultant', categories: ['criminal', 'health'], subjectIds: ['c-sara', 'p-amal'] });
    expect(decision.permitted && decision.bases).toEqual([
      {
        basis: { kind: 'same-authority', authorityId: 'kbh-bfu' },
        pairs: [
          { subjectId: 'c-sara', category: 'criminal' },
          { subjectId: 'c-sara', category: 'health' },
          { subjectId: 'p-amal', category: 'criminal' },
          { subjectId: 'p-amal', category: 'health' },
        ],
      },
    ]);
  });

  it('treats the school as a separate authority from family services', () => {
    expect(codes(decide({ fromActorId: 'a-teacher', toActorId: 'a-caseworker' }))).toEqual(['disclosure_no_basis', 'disclosure_necessity_required']);
    expect(basisKinds(decide({ fromActorId: 'a-teacher', toActorId: 'a-school-leader' }))).toEqual(['same-authority']);
  });

  it('gives no same-authority basis to private or civil-society bodies', () => {
    expect(codes(decide({ fromActorId: 'a-volunteer', toActorId: 'a-volunteer-2' }))).toEqual(['disclosure_no_basis']);
  });
});

describe('evaluateDisclosure: duty to notify', () => {
  const notify = { fromActorId: 'a-teacher', toActorId: 'a-caseworker', action: 'notify' as const, purpose: 'notification-of-concern', categories: ['social' as const, 'health' as const] };

  it('is never blocked by a missing or withdrawn consent', () => {
    const withdrawn = { ...schoolConsent, withdrawal: { byPersonId: 'p-karim', at: '2026-02-01T12:00:00+01:00', method: 'oral' as const } };
    for (const using of [withConsents(), withConsents(withdrawn)]) {
      const decision = decide(notify, using);
      expect(decision.permitted && decision.bases[0]?.basis).toEqual({ kind: 'duty-to-notify', basisId: 'dk-duty-to-notify', citation: STATUTORY_BASES_DK[3]!.citation });
    }
  });

  it('covers the parents named in a notification too, from any sector', () => {
    expect(basisKinds(decide({ ...notify, fromActorId: 'a-volunteer', subjectIds: ['c-sara', 'p-amal'] }))).toEqual(['duty-to-notify']);
  });

  it('only runs to children and family services', () => {
    expect(codes(decide({ ...notify, toActorId: 'a-jobcentre' }))).toEqual(['disclosure_no_basis', 'disclosure_no_basis']);
  });
});

describe('evaluateDisclosure: statutory exchange', () => {
  const early = { fromActorId: 'a-daycare', toActorId: 'a-health-visitor', subjectIds: ['c-lina'], categories: ['social' as const], purpose: 'early-support', necessity: 'Lina trækker sig i børnehaven; sundhedsplejen skal kunne følge op.' };

  it('permits between listed sectors when the necessity is stated', () => {
    const decision = decide(early);
    expect(decision.permitted && decision.bases[0]?.basis).toMatchObject({ kind: 'statutory', basisId: 'dk-early-intervention-exchange' });
  });

  it('asks for the necessity when the basis requires it', () => {
    expect(codes(decide({ ...early, necessity: undefined }))).toEqual(['disclosure_no_basis', 'disclosure_necessity_required']);
  });

  it('does not reach sectors outside the list', () => {
    expect(codes(decide({ ...early, toActorId: 'a-jobcentre' }))).toEqual(['disclosure_no_basis']);
    expect(codes(decide({ ...early, fromActorId: 'a-gp' }))).toEqual(['disclosure_no_basis']);
  });

  it('needs a child among the subjects, and then covers the parents too', () => {
    expect(codes(decide({ ...early, subjectIds: ['p-amal'] }))).toEqual(['disclosure_no_basis', 'disclosure_age_outside_basis']);
    expect(decide({ ...early, subjectIds: ['p-amal', 'c-lina'] }).permitted).toBe(true);
  });

  it('checks the age of every subject when the basis says so', () => {
    const psp = { fromActorId: 'a-caseworker', toActorId: 'a-police', subjectIds: ['p-amal'], categories: ['criminal' as const], purpose: 'crime-prevention', necessity: 'Konkret risiko.' };
    const adults = [{ ...STATUTORY_BASES_DK[2]!, senderSectors: ['children-family-services' as const], recipientSectors: ['police' as const] }];
    const using = expectSuccess(prepareDisclosureFacts(facts, { statutoryBases: adults }));
    expect(basisKinds(decide(psp, using))).toEqual(['statutory']);
    expect(codes(decide({ ...psp, subjectIds: ['p-amal', 'c-omar'] }, using))).toEqual(['disclosure_no_basis', 'disclosure_age_outside_basis']);
  });

  it('follows a replaced list of bases', () => {
    expect(codes(decide(early, facts, { statutoryBases: [] }))).toEqual(['disclosure_no_basis']);
    expect(decide(early, { ...facts, statutoryBases: STATUTORY_BASES_DK }).permitted).toBe(true);
  });
});

describe('evaluateDisclosure: input', () => {
  it('refuses unknown actors and subjects and another family', () => {
    const decision = decide({ fromActorId: 'a-ghost', subjectIds: ['c-ghost'], familyId: 'fam-9' }, prepared, { locale: 'en' });
    expect(decision.permitted ? [] : decision.reasons.map(({ code, message }) => [code, message])).toEqual([
      ['disclosure_family_mismatch', 'The request concerns another family than the facts given.'],
      ['disclosure_unknown_actor', 'The actor "a-ghost" is not known.'],
      ['disclosure_unknown_subject', 'The person "c-ghost" is not in the family.'],
    ]);
  });

  it('writes reasons in Danish by default and in English when asked', () => {
    const danish = decide({ purpose: 'housing' });
    const english = decide({ purpose: 'housing' }, prepared, { locale: 'en-GB' });
    expect(!danish.permitted && danish.reasons[0]?.message).toBe('Der er intet grundlag for at videregive denne oplysning.');
    expect(!english.permitted && english.reasons[0]?.message).toBe('There is no basis for disclosing this information.');
  });

  it('gives the same answers for raw and prepared facts', () => {
    for (const change of [{}, { purpose: 'housing' }, { toActorId: 'a-consultant' }, { action: 'notify' as const, toActorId: 'a-caseworker', fromActorId: 'a-teacher' }]) {
      expect(decide(change, facts)).toEqual(decide(change));
    }
  });

  it('reports invalid requests and facts with paths', () => {
    const result = evaluateDisclosure({ ...request, categories: ['secrets'], extra: 1 }, prepared);
    expectFailure(result);
    expect(result.issues.map(({ code, path }) => [code, path])).toEqual([
      ['invalid_option', ['request', 'categories', 0]],
      ['unknown_key', ['request', 'extra']],
    ]);
    expect(issueCodes(evaluateDisclosure({ ...request, subjectIds: ['c-sara', 'c-sara'] }, prepared))).toEqual(['duplicate_id']);
    const badFacts = evaluateDisclosure(request, { ...facts, actors: 'none' });
    expectFailure(badFacts);
    expect(badFacts.issues[0]?.path).toEqual(['facts', 'actors']);
  });

  it('takes rules and bases at preparation, not per decision', () => {
    expect(issueCodes(evaluateDisclosure(request, prepared, { rules: CONSENT_RULES_DK }))).toEqual(['disclosure_prepared_options']);
  });

  it('does not mutate its inputs', () => {
    const frozenFacts = deepFreeze(structuredClone(facts));
    const frozenRequest = deepFreeze({ ...request });
    expect(expectSuccess(evaluateDisclosure(frozenRequest, frozenFacts)).permitted).toBe(true);
    expect(expectSuccess(evaluateDisclosure(frozenRequest, prepared)).permitted).toBe(true);
  });

  it('never throws on hostile requests or facts', () => {
    expect(issueCodes(evaluateDisclosure(throwingProxy(), prepared))).toEqual(['unreadable_input']);
    expect(issueCodes(evaluateDisclosure(request, throwingProxy()))).toEqual(['unreadable_input']);
    fc.assert(fc.property(anyInput, (input) => expectFailure(evaluateDisclosure(input, prepared))));
    fc.assert(fc.property(anyInput, (input) => expectFailure(evaluateDisclosure(request, input))));
    fc.assert(
      fc.property(corruptSomewhere(request), (input) => {
        const result = evaluateDisclosure(input, prepared);
        if (!result.ok) expectFailure(result);
      }),
    );
    fc.assert(
      fc.property(corruptSomewhere(facts), (input) => {
        const result = evaluateDisclosure(request, input);
        if (!result.ok) expectFailure(result);
      }),
      { numRuns: 60 },
    );
  });
});

const memberIds = family.members.map((member) => member.id);
const actorIds = actors.map((actor) => actor.id);
const validRequest = fc.record(
  {
    fromActorId: fc.constantFrom(...actorIds, 'a-ghost'),
    toActorId: fc.constantFrom(...actorIds),
    subjectIds: fc.uniqueArray(fc.constantFrom(...memberIds, 'c-ghost'), { minLength: 1, maxLength: 4 }),
    categories: fc.uniqueArray(fc.constantFrom('general', 'social', 'health', 'ethnic-origin-religion', 'criminal', 'purely-private' as const), { minLength: 1, maxLength: 6 }),
    purpose: fc.constantFrom('schooling-daycare', 'treatment', 'early-support', 'crime-prevention', 'notification-of-concern', 'housing'),
    at: fc.date({ min: new Date('2024-01-01T00:00:00Z'), max: new Date('2031-01-01T00:00:00Z'), noInvalidDate: true }).map((date) => date.toISOString()),
    action: fc.constantFrom('share', 'notify' as const),
    necessity: fc.constant('Nødvendigt for at hjælpe barnet.'),
  },
  { requiredKeys: ['fromActorId', 'toActorId', 'subjectIds', 'categories', 'purpose', 'at'] },
);

describe('evaluateDisclosure: properties', () => {
  it('permits only with exactly one basis per (subject × category) pair, and explains every refusal', () => {
    fc.assert(
      fc.property(validRequest, (input) => {
        const decision = expectSuccess(evaluateDisclosure(input, prepared));
        const wanted = input.subjectIds.flatMap((subjectId) => input.categories.map((category) => `${subjectId}|${category}`)).sort();
        if (decision.permitted) {
          const got = decision.bases.flatMap((use) => use.pairs.map((pair) => `${pair.subjectId}|${pair.category}`)).sort();
          expect(got).toEqual(wanted);
          expect(decision.bases.every((use) => use.pairs.length > 0)).toBe(true);
        } else {
          expect(decision.reasons.length).toBeGreaterThan(0);
          const allowed = new Set((decision.partial ?? []).flatMap((use) => use.pairs.map((pair) => `${pair.subjectId}|${pair.category}`)));
          const refused = new Set(decision.reasons.filter((reason) => reason.code === 'disclosure_no_basis').map((reason) => `${reason.subjectId}|${reason.category}`));
          const early = decision.reasons.some((reason) => reason.subjectId === undefined || reason.code === 'disclosure_unknown_subject');
          if (!early) expect([...allowed, ...refused].sort()).toEqual(wanted);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('answers the same for raw and prepared facts', () => {
    fc.assert(
      fc.property(validRequest, (input) => {
        expect(evaluateDisclosure(input, facts)).toEqual(evaluateDisclosure(input, prepared));
      }),
      { numRuns: 40 },
    );
  });
});
