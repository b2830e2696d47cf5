// Core's own schemas, built twice: once as core builds them (the lean layer) and once with
// zod/mini in its place (the schema module mocked), then fed core's fixtures, near-valid edits of
// them and hostile data. safeParse and parseInput must answer the same with both.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ATTENTION_POINT_CATALOGUE } from '../../attention-point/attention-point-catalogue.js';
import { register } from '../../attention-point/internal/test-fixtures.js';
import { CHECKLIST_TEMPLATES } from '../../checklist/checklist-templates.js';
import { createChecklist } from '../../checklist/create-checklist.js';
import { CONSENT_PURPOSES } from '../../consent/consent-purposes.js';
import { CONSENT_RULES_DK } from '../../consent/consent-rules-dk.js';
import { DEFAULT_CONVERSATION_GUIDE } from '../../conversation-guide/default-conversation-guide.js';
import { completed, inProgress } from '../../conversation-guide/internal/test-fixtures.js';
import { sampleLedger, thawed } from '../../disclosure-ledger/internal/test-fixtures.js';
import { actors, facts, family, omarConsent, request, schoolConsent, unaccompaniedFamily } from '../../disclosure/internal/test-fixtures.js';
import { STATUTORY_BASES_DK } from '../../disclosure/statutory-bases-dk.js';
import { draft, submitOptions } from '../../field-visit/internal/test-fixtures.js';
import { submitFieldVisit } from '../../field-visit/submit-field-visit.js';
import { meeting } from '../../network-meeting/internal/test-fixtures.js';
import { MEETING_SERIES_TEMPLATES } from '../../network-meeting/meeting-series-templates.js';
import { inputsFor, outcome, trickyObjects } from './differential.fixtures.js';

// Every module that defines a schema below, loaded once per schema layer.
const load = async () => ({
  family: await import('../../family/family.schema.js'),
  actor: await import('../../actor/actor.schema.js'),
  consent: await import('../../consent/consent.schema.js'),
  consentRules: await import('../../consent/consent-rules.schema.js'),
  purpose: await import('../../consent/consent-purpose-entry.schema.js'),
  request: await import('../../disclosure/disclosure-request.schema.js'),
  facts: await import('../../disclosure/disclosure-facts.schema.js'),
  statutory: await import('../../disclosure/statutory-basis.schema.js'),
  fieldVisit: await import('../../field-visit/field-visit.schema.js'),
  meeting: await import('../../network-meeting/network-meeting.schema.js'),
  series: await import('../../network-meeting/meeting-series-template.schema.js'),
  checklist: await import('../../checklist/checklist.schema.js'),
  attention: await import('../../attention-point/attention-point.schema.js'),
  catalogue: await import('../../attention-point/attention-catalogue.schema.js'),
  guide: await import('../../conversation-guide/conversation-guide.schema.js'),
  session: await import('../../conversation-guide/conversation-session.schema.js'),
  ledger: await import('../../disclosure-ledger/disclosure-ledger.schema.js'),
  parseInput: (await import('../parse-input.js')).parseInput,
});
type Loaded = Awaited<ReturnType<typeof load>>;

let lean: Loaded;
let zod: Loaded;

beforeAll(async () => {
  vi.resetModules();
  vi.doMock('./index.js', async () => await import('zod/mini'));
  zod = await load();
  vi.doUnmock('./index.js');
  vi.resetModules();
  lean = await load();
});

// The rest of the run gets fresh modules, not the ones loaded here.
afterAll(() => vi.resetModules());

const checklist = createChecklist(CHECKLIST_TEMPLATES[0], {
  id: 'cl-1',
  familyId: 'fam-1',
  anchors: { 'arrival-in-municipality': '2026-01-31' },
  now: '2026-01-20T09:00:00+01:00',
});
const submitted = submitFieldVisit(draft, submitOptions);
if (!checklist.ok || !submitted.ok) throw new Error('fixtures no longer build');

type Pick = (modules: Loaded) => unknown;
const cases: [name: string, pick: Pick, valid: readonly unknown[]][] = [
  ['Family', (m) => m.family.Family, [family, unaccompaniedFamily]],
  ['Person', (m) => m.family.Person, [...family.members, ...unaccompaniedFamily.members]],
  ['Actor', (m) => m.actor.Actor, actors],
  ['Consent', (m) => m.consent.Consent, [schoolConsent, omarConsent]],
  ['ConsentRules', (m) => m.consentRules.ConsentRules, [CONSENT_RULES_DK]],
  ['ConsentPurposeEntry', (m) => m.purpose.ConsentPurposeEntry, CONSENT_PURPOSES.slice(0, 5)],
  ['DisclosureRequest', (m) => m.request.DisclosureRequest, [request]],
  ['DisclosureFacts', (m) => m.facts.DisclosureFacts, [facts]],
  ['StatutoryBasis', (m) => m.statutory.StatutoryBasis, STATUTORY_BASES_DK.slice(0, 6)],
  ['FieldVisitDraft', (m) => m.fieldVisit.FieldVisitDraft, [draft, { id: 'v-2', familyId: 'fam-haddad', kind: 'home' }]],
  ['FieldVisit', (m) => m.fieldVisit.FieldVisit, [draft, submitted.value, { id: 'v-2', familyId: 'fam-haddad', kind: 'professional' }]],
  ['NetworkMeeting', (m) => m.meeting.NetworkMeeting, [meeting]],
  ['MeetingSeriesTemplate', (m) => m.series.MeetingSeriesTemplate, MEETING_SERIES_TEMPLATES],
  ['ChecklistTemplate', (m) => m.checklist.ChecklistTemplate, CHECKLIST_TEMPLATES.slice(0, 2)],
  ['ChecklistInstance', (m) => m.checklist.ChecklistInstance, [checklist.value]],
  ['AttentionRegister', (m) => m.attention.AttentionRegister, [register]],
  ['AttentionCatalogue', (m) => m.catalogue.AttentionCatalogue, [ATTENTION_POINT_CATALOGUE.slice(0, 20)]],
  ['ConversationGuide', (m) => m.guide.ConversationGuide, [DEFAULT_CONVERSATION_GUIDE]],
  ['ConversationSession', (m) => m.session.ConversationSession, [inProgress(), completed()]],
  ['DisclosureLedger', (m) => m.ledger.DisclosureLedger, [thawed(sampleLedger(3))]],
];

type Parsing = Parameters<typeof outcome>[0] & Parameters<Loaded['parseInput']>[0];

describe("core's schemas give the same answers on the lean layer as on zod/mini", () => {
  it('really compares two layers', () => {
    expect('_zod' in (zod.family.Family as object)).toBe(true);
    expect('_zod' in (lean.family.Family as object)).toBe(false);
  });

  for (const [name, pick, valid] of cases) {
    it(name, () => {
      const ours = pick(lean) as Parsing;
      const theirs = pick(zod) as Parsing;
      const same = (input: unknown) => {
        expect(outcome(ours, input)).toStrictEqual(outcome(theirs, input));
        expect(lean.parseInput(ours, input, { locale: 'en' })).toStrictEqual(zod.parseInput(theirs, input, { locale: 'en' }));
      };
      for (const input of valid) expect(lean.parseInput(ours, input).ok).toBe(true);
      for (const input of [...valid, ...trickyObjects(Object.keys(valid[0] as object))]) same(input);
      fc.assert(fc.property(inputsFor(valid), same), { numRuns: 150 });
    });
  }
});
