// The Darwish family, followed through @samspil/core from arrival to the family's own report of
// who received what. Names and details are invented; the situation follows the domain sources:
// two parents (one in treatment at a rehabilitation centre, one with the job centre), children
// aged 4, 5, 9 and 15, an Arabic interpreter, and the professionals around them.
//
// One implementation serves two readers: `test/scenario.test.ts` asserts every step, and
// `npm start` (scripts/print-scenario.mjs) prints it. Plain JavaScript, so Node runs it on the
// built package without a TypeScript step.
import {
  ATTENTION_POINT_CATALOGUE,
  CHECKLIST_TEMPLATES,
  DEFAULT_CONVERSATION_GUIDE,
  ageBand,
  answerStep,
  appendDisclosure,
  checkConsentValidity,
  checkMeetingDisclosures,
  completeSession,
  createChecklist,
  createFieldVisitDraft,
  createLedger,
  disclosureReport,
  evaluateDisclosure,
  nextStep,
  overdueItems,
  parseActors,
  parseConsent,
  parseFamily,
  planMeetingSeries,
  prepareDisclosureFacts,
  queryAttentionPoints,
  raiseAttentionPoint,
  recordConsentResponse,
  setChecklistItemStatus,
  skippedSteps,
  startSession,
  submitFieldVisit,
  verifyLedger,
  withdrawConsent,
} from '@samspil/core';

/** Unwraps a result the scenario expects to succeed, naming the step when it does not. */
function must(result, step) {
  if (!result.ok) {
    const detail = result.issues.map((issue) => `${issue.code} at ${JSON.stringify(issue.path)}: ${issue.message}`).join('\n  ');
    throw new Error(`Scenario step "${step}" failed:\n  ${detail}`);
  }
  return result.value;
}

const kommune = (id, name) => ({ id, name, kind: 'municipality' });
const privateBody = (id, name) => ({ id, name, kind: 'private' });
const actor = (id, name, sector, authority, roles) => ({ id, kind: 'person', name, sector, authority, roles, contacts: [] });

export const FAMILY = {
  id: 'family-darwish',
  name: 'Familien Darwish',
  members: [
    { id: 'huda', givenName: 'Huda', familyName: 'Darwish', role: 'parent', birthDate: '1987-05-12', languages: ['ar'], interpreterNeed: { language: 'ar', mode: 'in-person' } },
    { id: 'karim', givenName: 'Karim', familyName: 'Darwish', role: 'parent', birthDate: '1984-09-30', languages: ['ar', 'en'] },
    { id: 'yara', givenName: 'Yara', familyName: 'Darwish', role: 'child', birthDate: '2011-02-03', languages: ['ar', 'da'], custodyHolderIds: ['huda', 'karim'] },
    { id: 'omar', givenName: 'Omar', familyName: 'Darwish', role: 'child', birthDate: '2016-08-20', languages: ['ar', 'da'], custodyHolderIds: ['huda', 'karim'] },
    { id: 'lina', givenName: 'Lina', familyName: 'Darwish', role: 'child', birthDate: '2020-11-02', languages: ['ar'], custodyHolderIds: ['huda', 'karim'] },
    { id: 'adam', givenName: 'Adam', familyName: 'Darwish', role: 'child', birthDate: '2021-12-10', languages: ['ar'], custodyHolderIds: ['huda', 'karim'] },
  ],
};

const familyServices = kommune('ek-boern-familie', 'Eksempel Kommune, Børn og Familie');
const jobCentre = kommune('ek-jobcenter', 'Eksempel Kommune, Jobcenter');

export const ACTORS = [
  actor('sara-caseworker', 'Sara Holm', 'children-family-services', familyServices, ['caseworker', 'coordinator']),
  actor('peter-jobcentre', 'Peter Lund', 'job-centre', jobCentre, ['caseworker']),
  actor('anne-integration', 'Anne Berg', 'integration-team', jobCentre, ['caseworker', 'note-taker']),
  actor('mette-health-visitor', 'Mette Dahl', 'health-visitor', kommune('ek-sundhed', 'Eksempel Kommune, Sundhedsplejen'), ['professional']),
  actor('ida-daycare', 'Ida Krogh', 'daycare', kommune('ek-dagtilbud', 'Eksempel Kommune, Dagtilbud'), ['professional']),
  actor('jens-school', 'Jens Mørk', 'school', kommune('eksempel-skole', 'Eksempel Skole'), ['professional', 'key-person']),
  actor('lene-rehab', 'Lene Falk', 'rehabilitation-centre', privateBody('rehab-syd', 'Rehabiliteringscenter Syd'), ['professional']),
  actor('hans-gp', 'Hans Vinter', 'gp', privateBody('laegehuset', 'Lægehuset i Byen'), ['professional']),
  actor('maria-housing', 'Maria Skov', 'housing-social', privateBody('boligsocial', 'Boligsocial Indsats'), ['professional']),
  actor('yousef-interpreter', 'Yousef Saleh', 'interpreter-service', privateBody('tolkeservice', 'Tolkeservice'), ['interpreter']),
  actor('ali-volunteer', 'Ali Nasser', 'civil-society', { id: 'frivillig', name: 'Frivilligcenter', kind: 'civil-society' }, ['volunteer']),
  actor('birgit-ppr', 'Birgit Aagaard', 'ppr', kommune('ek-ppr', 'Eksempel Kommune, PPR'), ['professional']),
];

const interpreterEvidence = (teachBack) => ({ language: 'ar', interpreterName: 'Yousef Saleh', mode: 'in-person', teachBack });

/** Consents as they were drawn up; the parents' answers come later in the story. */
export const CONSENT_DRAFTS = {
  hudaTreatment: {
    id: 'consent-huda-treatment',
    familyId: 'family-darwish',
    grantors: ['huda'],
    subjects: ['huda'],
    recipients: [{ kind: 'actor', actorId: 'lene-rehab' }, { kind: 'actor', actorId: 'peter-jobcentre' }, { kind: 'actor', actorId: 'sara-caseworker' }],
    purposes: [{ id: 'coordination-of-support' }, { id: 'network-meeting' }, { id: 'treatment' }],
    categories: ['general', 'social', 'health'],
    period: { start: '2026-01-20', end: '2027-01-19' },
    exclusions: [{ kind: 'text', text: 'Må ikke bruges i sagen om familiesammenføring.' }],
    responses: [{ personId: 'huda', decision: 'granted', at: '2026-01-20T10:15:00+01:00', method: 'written', reference: 'samtykke-2026-014', interpreter: interpreterEvidence('Lene og jobcentret må tale sammen om min behandling, så jeg ikke skal fortælle det hele to gange.') }],
    recordedByActorId: 'sara-caseworker',
    createdAt: '2026-01-20T10:15:00+01:00',
  },
  children: {
    id: 'consent-children-school-daycare',
    familyId: 'family-darwish',
    grantors: ['huda', 'karim'],
    subjects: ['omar', 'lina', 'adam'],
    recipients: [{ kind: 'actor', actorId: 'jens-school' }, { kind: 'actor', actorId: 'ida-daycare' }, { kind: 'actor', actorId: 'mette-health-visitor' }, { kind: 'actor', actorId: 'sara-caseworker' }],
    purposes: [{ id: 'schooling-daycare' }, { id: 'coordination-of-support' }, { id: 'network-meeting' }],
    categories: ['general', 'social', 'health'],
    period: { start: '2026-01-20', end: '2027-01-19' },
    responses: [{ personId: 'huda', decision: 'granted', at: '2026-01-20T10:30:00+01:00', method: 'oral', interpreter: interpreterEvidence('Skolen og børnehaven må vide, hvordan børnene har det, så de kan hjælpe dem.') }],
    recordedByActorId: 'sara-caseworker',
    createdAt: '2026-01-20T10:30:00+01:00',
  },
  yara: {
    id: 'consent-yara-school',
    familyId: 'family-darwish',
    grantors: ['yara'],
    subjects: ['yara'],
    recipients: [{ kind: 'actor', actorId: 'jens-school' }, { kind: 'actor', actorId: 'sara-caseworker' }],
    purposes: [{ id: 'schooling-daycare' }],
    categories: ['general', 'social'],
    period: { start: '2026-03-02', end: '2026-12-31' },
    responses: [{ personId: 'yara', decision: 'granted', at: '2026-03-02T14:00:00+01:00', method: 'oral' }],
    recordedByActorId: 'sara-caseworker',
    createdAt: '2026-03-02T14:00:00+01:00',
  },
  karimEmployment: {
    id: 'consent-karim-employment',
    familyId: 'family-darwish',
    grantors: ['karim'],
    subjects: ['karim'],
    recipients: [{ kind: 'actor', actorId: 'lene-rehab' }],
    purposes: [{ id: 'employment' }],
    categories: ['general', 'health'],
    period: { start: '2026-02-01', end: '2026-12-31' },
    responses: [{ personId: 'karim', decision: 'granted', at: '2026-02-01T09:00:00+01:00', method: 'digital', reference: 'digitalt-samtykke-88412' }],
    recordedByActorId: 'peter-jobcentre',
    createdAt: '2026-02-01T09:00:00+01:00',
  },
};

/** The questions put to the disclosure gate during the story. */
/** What the caseworker records on the home visit (step 6); the demo's stories show the same visit. */
export const HOME_VISIT = {
  date: '2026-03-05',
  startTime: '09:30',
  endTime: '11:00',
  place: 'Familiens lejlighed',
  visitors: ['sara-caseworker', 'mette-health-visitor'],
  membersPresent: ['huda', 'karim', 'lina', 'adam'],
  interpreter: { language: 'ar', mode: 'in-person', name: 'Yousef Saleh' },
  observations: [
    { id: 'obs-1', personId: 'huda', attentionPointCode: 'adult-sleep-problems', text: 'Huda fortæller, at hun sover få timer om natten.', level: 'concern' },
    { id: 'obs-2', personId: 'adam', attentionPointCode: 'child-nightmares', text: 'Adam vågner flere gange om natten og græder.', level: 'observation' },
  ],
  resources: [
    { id: 'res-1', personId: 'huda', code: 'mother-in-network', text: 'Huda har fået en veninde i opgangen, som hun ser hver dag.' },
    { id: 'res-2', personId: 'lina', code: 'friends-and-play', text: 'Lina leger med naboens børn i gården.' },
  ],
  familyOwnWords: 'Vi vil gerne have, at børnene får det godt i skolen, og at Huda kan sove igen.',
  agreements: [{ id: 'agr-1', action: 'Sundhedsplejersken kommer igen og taler om søvn.', ownerActorId: 'mette-health-visitor', dueDate: '2026-03-26' }],
  consentExplained: { explained: true, by: 'sara-caseworker', notes: 'Forklaret med tolk; familien ved, hvem der får hvad.' },
  followUp: { date: '2026-03-26', notes: 'Nyt besøg med fokus på søvn og hverdag.' },
};

export const QUESTIONS = [
  { name: 'schoolHearsAboutOmar', id: 'q-school-omar', fromActorId: 'sara-caseworker', toActorId: 'jens-school', subjectIds: ['omar'], categories: ['social'], purpose: 'schooling-daycare', at: '2026-02-10T09:00:00+01:00' },
  { name: 'rehabToJobCentre', id: 'q-rehab-jobcentre', fromActorId: 'lene-rehab', toActorId: 'peter-jobcentre', subjectIds: ['huda'], categories: ['health'], purpose: 'coordination-of-support', at: '2026-03-10T13:00:00+01:00' },
  { name: 'integrationToJobCentre', id: 'q-integration', fromActorId: 'anne-integration', toActorId: 'peter-jobcentre', subjectIds: ['karim'], categories: ['general', 'social'], purpose: 'employment', at: '2026-03-11T10:00:00+01:00' },
  {
    name: 'earlyIntervention',
    id: 'q-early',
    fromActorId: 'mette-health-visitor',
    toActorId: 'ida-daycare',
    subjectIds: ['adam'],
    categories: ['purely-private'],
    purpose: 'early-support',
    at: '2026-03-12T09:00:00+01:00',
    necessity: 'Adam sover meget uroligt; dagtilbuddet skal kende det for at kunne give ham ro om middagen.',
  },
  { name: 'volunteerAsksAboutHuda', id: 'q-volunteer', fromActorId: 'maria-housing', toActorId: 'ali-volunteer', subjectIds: ['huda'], categories: ['health'], purpose: 'volunteer-contact', at: '2026-03-12T15:00:00+01:00' },
  { name: 'jobCentreToRehabBeforeWithdrawal', id: 'q-karim-before', fromActorId: 'peter-jobcentre', toActorId: 'lene-rehab', subjectIds: ['karim'], categories: ['health'], purpose: 'employment', at: '2026-03-20T10:00:00+01:00' },
  { name: 'jobCentreToRehabAfterWithdrawal', id: 'q-karim-after', fromActorId: 'peter-jobcentre', toActorId: 'lene-rehab', subjectIds: ['karim'], categories: ['health'], purpose: 'employment', at: '2026-04-02T10:00:00+02:00' },
  { name: 'daycareSharesWithoutBasis', id: 'q-daycare-share', fromActorId: 'ida-daycare', toActorId: 'sara-caseworker', subjectIds: ['lina'], categories: ['purely-private'], purpose: 'coordination-of-support', at: '2026-04-14T09:00:00+02:00' },
  { name: 'daycareNotifies', id: 'q-daycare-notify', fromActorId: 'ida-daycare', toActorId: 'sara-caseworker', subjectIds: ['lina'], categories: ['purely-private', 'health'], purpose: 'notification-of-concern', at: '2026-04-14T09:05:00+02:00', action: 'notify' },
];

const request = (fields) => ({ familyId: 'family-darwish', ...fields });

/**
 * Runs the whole story and returns what each step produced, for the test to check and the
 * printer to tell.
 */
export function followTheDarwishFamily() {
  // 1. The family and the actors around it, validated from untrusted input.
  const family = must(parseFamily(FAMILY), 'family');
  const actors = must(parseActors(ACTORS), 'actors');
  const ageBands = Object.fromEntries(
    family.members.map((member) => [member.id, must(ageBand(member, { now: '2026-03-02' }), `age band of ${member.id}`)]),
  );

  // 2. Consents: Huda for herself; the children's needs both custody holders; Yara (15) for herself.
  let childrenConsent = must(parseConsent(CONSENT_DRAFTS.children), 'children consent');
  const childrenBeforeKarim = must(checkConsentValidity(childrenConsent, family, { now: '2026-01-21T09:00:00+01:00' }), 'validity before Karim');
  childrenConsent = must(
    recordConsentResponse(childrenConsent, { personId: 'karim', decision: 'granted', at: '2026-01-22T16:00:00+01:00', method: 'oral' }),
    'Karim answers',
  );
  const childrenAfterKarim = must(checkConsentValidity(childrenConsent, family, { now: '2026-01-23T09:00:00+01:00' }), 'validity after Karim');
  const hudaConsent = must(parseConsent(CONSENT_DRAFTS.hudaTreatment), 'Huda consent');
  const yaraConsent = must(parseConsent(CONSENT_DRAFTS.yara), 'Yara consent');
  const yaraValidity = must(checkConsentValidity(yaraConsent, family, { now: '2026-03-03T09:00:00+01:00' }), 'Yara validity');
  const karimConsent = must(parseConsent(CONSENT_DRAFTS.karimEmployment), 'Karim consent');
  const karimWithdrawn = must(
    withdrawConsent(karimConsent, { byPersonId: 'karim', at: '2026-04-01T11:00:00+02:00', method: 'oral', note: 'Vil selv fortælle om sit helbred.' }),
    'Karim withdraws',
  );
  const consents = [hudaConsent, childrenConsent, yaraConsent, karimWithdrawn];

  // 3. The gate: each question answered with the basis it rests on, or the reasons it does not.
  const facts = must(prepareDisclosureFacts({ family, actors, consents }), 'prepare facts');
  const decisions = Object.fromEntries(
    QUESTIONS.map(({ name, ...question }) => [name, must(evaluateDisclosure(request(question), facts), `gate ${name}`)]),
  );

  // 4. The ledger: every permitted disclosure is logged, in time order, with its basis.
  let ledger = createLedger().value;
  const permitted = QUESTIONS.filter(({ name }) => decisions[name].permitted).sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  for (const { name, id, action: _action, necessity: _necessity, ...disclosure } of permitted) {
    const entry = { id: `disclosure-${id}`, familyId: 'family-darwish', ...disclosure, basis: decisions[name].bases[0].basis };
    ledger = must(appendDisclosure(ledger, entry), `ledger ${name}`);
  }
  const ledgerCheck = must(verifyLedger(ledger), 'verify ledger');
  const tampered = {
    records: ledger.records.map((record, index) =>
      index === 1 ? { ...record, entry: { ...record.entry, categories: ['general'] } } : record,
    ),
  };
  const tamperCheck = must(verifyLedger(tampered), 'verify tampered ledger');
  const report = must(disclosureReport(ledger, { familyId: 'family-darwish' }, { actors, locale: 'da' }), 'family report');
  const omarReport = must(disclosureReport(ledger, { familyId: 'family-darwish', personId: 'omar' }, { actors, locale: 'en' }), 'Omar report');

  // 5. A three-meeting series around Huda's treatment, with a pre-meeting check for each.
  const participants = [
    { id: 'p-sara', role: 'coordinator', actorId: 'sara-caseworker', required: true },
    { id: 'p-anne', role: 'note-taker', actorId: 'anne-integration', required: true },
    { id: 'p-huda', role: 'citizen', personId: 'huda', required: true },
    { id: 'p-karim', role: 'relative', personId: 'karim', required: false },
    { id: 'p-lene', role: 'professional', actorId: 'lene-rehab', required: true },
    { id: 'p-peter', role: 'professional', actorId: 'peter-jobcentre', required: true },
    { id: 'p-jens', role: 'professional', actorId: 'jens-school', required: false },
    { id: 'p-yousef', role: 'interpreter', actorId: 'yousef-interpreter', required: true },
  ];
  const meetings = must(
    planMeetingSeries('ctp-three-meetings', {
      familyId: 'family-darwish',
      seriesId: 'series-huda',
      anchorDate: '2026-02-02',
      participants,
      interpreter: { language: 'ar', mode: 'in-person', name: 'Yousef Saleh' },
    }),
    'plan series',
  );
  const meetingChecks = meetings.map((meeting) =>
    must(
      checkMeetingDisclosures(meeting, { family, actors, consents }, { purpose: 'network-meeting', categories: ['general', 'social', 'health'] }),
      `pre-meeting check ${meeting.id}`,
    ),
  );

  // 6. A home visit: observations linked to attention points, resources beside concerns.
  let visit = must(createFieldVisitDraft({ id: 'visit-1', familyId: 'family-darwish', kind: 'home', now: '2026-03-05T09:00:00+01:00' }), 'visit draft');
  visit = { ...visit, ...HOME_VISIT };

  const submittedVisit = must(submitFieldVisit(visit, { now: '2026-03-05T11:30:00+01:00', byActorId: 'sara-caseworker', family, catalogue: ATTENTION_POINT_CATALOGUE }), 'submit visit');
  let register = { points: [] };
  for (const observation of [...submittedVisit.observations, ...submittedVisit.resources]) {
    const code = observation.attentionPointCode ?? observation.code;
    register = must(
      raiseAttentionPoint(
        register,
        {
          familyId: 'family-darwish',
          subject: { kind: 'member', personId: observation.personId },
          code,
          observerActorId: 'sara-caseworker',
          observedOn: '2026-03-05',
          ...(observation.level ? { level: observation.level } : {}),
          note: observation.text,
        },
        { now: '2026-03-05T12:00:00+01:00', family, catalogue: ATTENTION_POINT_CATALOGUE },
      ),
      `raise ${code}`,
    );
  }
  const hudaPoints = must(queryAttentionPoints(register, { personId: 'huda' }, { catalogue: ATTENTION_POINT_CATALOGUE }), 'Huda points');
  const resources = must(queryAttentionPoints(register, { kind: 'resource' }, { catalogue: ATTENTION_POINT_CATALOGUE }), 'resources');

  // 7. A conversation with the actioncard: Huda declines to talk about the flight today.
  const guide = DEFAULT_CONVERSATION_GUIDE;
  let session = must(
    startSession(guide, { id: 'session-1', familyId: 'family-darwish', personIds: ['huda'], actorId: 'lene-rehab', interpreter: { language: 'ar', mode: 'in-person', actorId: 'yousef-interpreter' }, now: '2026-03-09T10:00:00+01:00' }),
    'start session',
  );
  let minute = 0;
  for (let next = nextStep(session, guide); next.ok && next.value !== null; next = nextStep(session, guide)) {
    const { step } = next.value;
    minute += 2;
    const answer = step.id === 'flight.permission' ? 'declined' : step.answers.includes('yes') ? 'yes' : 'answered';
    const extra = step.kind === 'closing-follow-up' ? { followUpDate: '2026-04-06' } : step.kind === 'closing-referral' ? { referralTo: { sector: 'gp', description: 'Egen læge om søvn' } } : {};
    const at = new Date(Date.parse('2026-03-09T10:00:00+01:00') + minute * 60_000).toISOString();
    session = must(answerStep(session, guide, { stepId: step.id, answer, now: at, ...extra }), `answer ${step.id}`);
  }
  session = must(completeSession(session, guide, { now: '2026-03-09T11:45:00+01:00' }), 'complete session');
  const skipped = must(skippedSteps(session, guide), 'skipped steps');

  // 8. The reception checklist, with the items nobody has done by mid-April.
  const reception = CHECKLIST_TEMPLATES.find((template) => template.id === 'reception-asylum-to-housing');
  const anchors = Object.fromEntries(reception.anchors.map((anchor) => [anchor.id, '2026-01-05']));
  let checklist = must(createChecklist(reception, { id: 'checklist-reception', familyId: 'family-darwish', anchors, now: '2026-01-05' }), 'create checklist');
  const firstItems = checklist.items.slice(0, 3);
  for (const item of firstItems) {
    checklist = must(setChecklistItemStatus(checklist, reception, { itemId: item.itemId, status: 'done', now: '2026-01-20', doneOn: '2026-01-20' }), `done ${item.itemId}`);
  }
  const overdue = must(overdueItems(checklist, { now: '2026-04-15' }), 'overdue items');

  return {
    family,
    actors,
    ageBands,
    consents: { childrenBeforeKarim, childrenAfterKarim, yaraValidity, karimWithdrawn },
    decisions,
    ledger,
    ledgerCheck,
    tamperCheck,
    report,
    omarReport,
    meetings,
    meetingChecks,
    submittedVisit,
    register,
    hudaPoints,
    resources,
    session,
    skipped,
    checklist,
    overdue,
  };
}
