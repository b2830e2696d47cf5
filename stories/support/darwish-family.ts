// Story data: the fictional Darwish family from test/scenario (the same family the demo portal
// seeds), built into records with @samspil/core so every record is one core accepts. Every
// date is fixed, so "overdue" and "today" look the same on every day the stories are opened.
import {
  CHECKLIST_TEMPLATES,
  DEFAULT_CONVERSATION_GUIDE,
  answerStep,
  assignChecklistItem,
  completeSession,
  createChecklist,
  createFieldVisitDraft,
  nextStep,
  parseActors,
  parseChecklistInstance,
  parseFamily,
  parseFieldVisitDraft,
  pauseSession,
  setChecklistItemStatus,
  startSession,
  stopSession,
} from '@samspil/core';
import type { Actor, ChecklistInstance, ChecklistTemplate, ConversationAnswer, ConversationSession, ConversationStep, Family, FieldVisitDraft, Result } from '@samspil/core';
import { ACTORS, FAMILY, HOME_VISIT } from '../../test/scenario/follow-the-darwish-family.mjs';

/** The value of a result the stories rely on; a story with broken data fails loudly. */
function must<T>(result: Result<T>, what: string): T {
  if (result.ok) return result.value;
  throw new Error(`Story data "${what}" was refused by core: ${result.issues.map((issue) => `${issue.code} at ${issue.path.join('.')}`).join('; ')}`);
}

/** A `clock` property value that always answers `iso`. */
export const clockAt = (iso: string): (() => Date) => {
  const time = Date.parse(iso);
  return () => new Date(time);
};

export const family: Family = must(parseFamily(FAMILY), 'family');
export const actors: readonly Actor[] = must(parseActors(ACTORS), 'actors');

// ── Field visit (step 6 of the scenario) ────────────────────────────────────────────────────────

/** The home visit's morning: the form's "now" while it is written. */
export const VISIT_DAY = '2026-03-05T11:30:00+01:00';
/** Six weeks later: the agreement and the follow-up (both 26 March) have passed. */
export const WEEKS_AFTER_VISIT = '2026-04-15T09:00:00+02:00';

const newVisit = (id: string): FieldVisitDraft =>
  must(createFieldVisitDraft({ id, familyId: family.id, kind: 'home', now: '2026-03-05T09:00:00+01:00' }), 'new visit');

/** The scenario's home visit, ready to submit. */
export const homeVisit: FieldVisitDraft = must(
  parseFieldVisitDraft({
    ...newVisit('besoeg-darwish-1'),
    ...HOME_VISIT,
  }),
  'home visit',
);

/** Begun and left: a date and a place, nothing else that core asks for before submitting. */
export const unfinishedVisit: FieldVisitDraft = must(
  parseFieldVisitDraft({ ...newVisit('besoeg-darwish-2'), date: '2026-03-05', place: 'Familiens lejlighed' }),
  'unfinished visit',
);

/** The same visit with Arabic in the family's own words, for the right-to-left story. */
export const homeVisitInArabic: FieldVisitDraft = {
  ...homeVisit,
  familyOwnWords: 'نريد أن يكون الأطفال بخير في المدرسة، وأن تنام هدى من جديد.',
  resources: [...homeVisit.resources, { id: 'res-3', personId: 'huda', text: 'هدى تلتقي بصديقتها كل يوم.' }],
};

const longName = 'Abd al-Rahman Muhammad Nur al-Din Salah al-Din Abu Bakr al-Hashimi';
const unbroken = `https://eksempel.dk/sag/${'0123456789abcdef'.repeat(8)}`;
// Markup in data must show as text: nothing in a note is ever parsed as HTML.
const markup = '<script>alert("ikke kode")</script> <b>fed?</b>';
const longNote = (topic: string): string =>
  `${topic} ${'Familien fortæller udførligt om hverdagen, om nætterne og om hvad der hjælper, og vi skriver det ned med deres egne ord. '.repeat(8)}${unbroken} ${markup}`;

/** A family whose names run long, with a name at core's limit of 200 characters. */
export const longNamedFamily: Family = must(
  parseFamily({
    ...(FAMILY as object),
    name: `Familien ${longName}`,
    members: family.members.map((member, index) =>
      index === 0 ? { ...member, givenName: `Huda ${longName} ${longName} ${longName}`.slice(0, 200) } : { ...member, familyName: longName },
    ),
  }),
  'long-named family',
);

export const longNamedActors: readonly Actor[] = must(
  parseActors(actors.map((actor) => ({ ...actor, name: `${actor.name} ${longName}`.slice(0, 200) }))),
  'long-named actors',
);

/** The home visit with every text field long, an unbroken URL and markup-like text in it. */
export const longVisit: FieldVisitDraft = must(
  parseFieldVisitDraft({
    ...homeVisit,
    id: 'besoeg-darwish-lang',
    place: `Familiens lejlighed, ${longName}s opgang, ${'tredje sal til venstre, '.repeat(5)}`.slice(0, 200),
    observations: homeVisit.observations.map((observation) => ({ ...observation, text: longNote('Søvn.') })),
    resources: homeVisit.resources.map((resource) => ({ ...resource, text: longNote('Netværk.') })),
    familyOwnWords: longNote('Familiens ord.'),
    agreements: [...homeVisit.agreements, { id: 'agr-2', action: `Følg op på ${unbroken}`.slice(0, 200), ownerActorId: 'sara-caseworker', dueDate: '2026-04-02' }],
    followUp: { date: '2026-03-26', notes: longNote('Opfølgning.') },
  }),
  'long visit',
);

// ── Conversation (step 7 of the scenario) ───────────────────────────────────────────────────────

export const guide = DEFAULT_CONVERSATION_GUIDE;
export const CONVERSATION_START = '2026-03-09T10:00:00+01:00';
const minutesAfterStart = (minutes: number): string => new Date(Date.parse(CONVERSATION_START) + minutes * 60_000).toISOString();

interface Answer {
  readonly answer: ConversationAnswer;
  readonly note?: string;
  readonly followUpDate?: string;
  readonly referralTo?: { readonly sector?: string; readonly description?: string };
}

/**
 * Huda's conversation with Lene from the rehabilitation centre, answered step by step as in the
 * scenario (she declines to talk about the flight), until `until` says stop. Minute by minute
 * from 10:00; `notes` gives a note to steps that allow one.
 */
function conversation(until: (step: ConversationStep) => boolean, notes: (step: ConversationStep) => string | undefined = () => undefined): { session: ConversationSession; minutes: number } {
  let session = must(
    startSession(guide, {
      id: 'samtale-darwish-1',
      familyId: family.id,
      personIds: ['huda'],
      actorId: 'lene-rehab',
      interpreter: { language: 'ar', mode: 'in-person', actorId: 'yousef-interpreter' },
      now: CONVERSATION_START,
    }),
    'start conversation',
  );
  let minutes = 0;
  for (let next = nextStep(session, guide); next.ok && next.value !== null; next = nextStep(session, guide)) {
    const { step } = next.value;
    if (until(step)) break;
    minutes += 2;
    const note = step.allowNotes === true ? notes(step) : undefined;
    const answer: Answer =
      step.id === 'flight.permission'
        ? { answer: 'declined' }
        : step.kind === 'closing-follow-up'
          ? { answer: 'yes', followUpDate: '2026-04-06' }
          : step.kind === 'closing-referral'
            ? { answer: 'yes', referralTo: { sector: 'gp', description: 'Egen læge om søvn' } }
            : { answer: step.answers.includes('yes') ? 'yes' : 'answered', ...(note === undefined ? {} : { note }) };
    session = must(answerStep(session, guide, { stepId: step.id, now: minutesAfterStart(minutes), ...answer }), `answer ${step.id}`);
  }
  return { session, minutes };
}

const hudaNotes = (step: ConversationStep): string | undefined =>
  ({
    'life-before.origin': 'Huda voksede op i Aleppo og underviste i engelsk på en pigeskole.',
    'resources.strengths': 'Hun nævner sin veninde i opgangen og at hun laver mad til naboerne.',
    'resources.hopes': 'At børnene trives i skolen og at hun selv kan sove igen.',
  })[step.id];

/** In the middle: opening done, life before and resources under way, the next question waiting. */
export const conversationUnderway: ConversationSession = conversation((step) => step.id === 'resources.coping', hudaNotes).session;

/** Paused after the resources phase on 9 March and not resumed since. */
export const conversationPaused: ConversationSession = (() => {
  const { session, minutes } = conversation((step) => step.id === 'flight.permission', hudaNotes);
  return must(pauseSession(session, { now: minutesAfterStart(minutes + 1) }), 'pause');
})();

/** Finished as in the scenario, with the follow-up agreed for 6 April and a referral to the GP. */
export const conversationCompleted: ConversationSession = (() => {
  const { session } = conversation(() => false, hudaNotes);
  return must(completeSession(session, guide, { now: '2026-03-09T11:45:00+01:00' }), 'complete');
})();

/** Long notes on every answer that takes one, then stopped with a long reason. */
export const conversationLong: ConversationSession = (() => {
  const { session, minutes } = conversation((step) => step.id === 'life-now.permission', (step) => longNote(`${step.id}:`).slice(0, 4_000));
  return must(stopSession(session, { now: minutesAfterStart(minutes + 1), reason: longNote('Huda blev træt og ville stoppe.').slice(0, 4_000) }), 'stop');
})();

/** In the middle, with the note of the first answer in Arabic (the interpreter wrote it down). */
export const conversationInArabic: ConversationSession = conversation(
  (step) => step.id === 'resources.coping',
  (step) => (step.id === 'life-before.origin' ? 'نشأت هدى في حلب وكانت تدرّس اللغة الإنجليزية.' : hudaNotes(step)),
).session;

// ── Coordination checklist (step 8 of the scenario) ─────────────────────────────────────────────

export const receptionTemplate: ChecklistTemplate = (() => {
  const template = CHECKLIST_TEMPLATES.find((candidate) => candidate.id === 'reception-asylum-to-housing');
  if (template === undefined) throw new Error('core has no reception-asylum-to-housing template');
  return template;
})();

const allAnchors = (date: string): Record<string, string> => Object.fromEntries(receptionTemplate.anchors.map((anchor) => [anchor.id, date]));
const itemsInOrder = receptionTemplate.phases.flatMap((phase) => phase.items);

/** Who takes which kind of item in the stories: the family's professionals by sector. */
const OWNER_BY_SECTOR: Readonly<Record<string, string>> = {
  'integration-team': 'anne-integration',
  'job-centre': 'peter-jobcentre',
  'housing-organisation': 'maria-housing',
  'asylum-centre-operator': 'sara-caseworker',
};

function assignOwners(instance: ChecklistInstance): ChecklistInstance {
  let assigned = instance;
  for (const item of itemsInOrder) {
    const owner = item.ownerRole.sector === undefined ? 'sara-caseworker' : OWNER_BY_SECTOR[item.ownerRole.sector];
    if (owner !== undefined) assigned = must(assignChecklistItem(assigned, { itemId: item.id, actorId: owner }), `assign ${item.id}`);
  }
  return assigned;
}

/** Marks `itemIds` done on `on`, each after the items it waits for (which are done first). */
function done(instance: ChecklistInstance, itemIds: readonly string[], on: string): ChecklistInstance {
  const wanted = new Set<string>();
  const add = (id: string): void => {
    if (wanted.has(id)) return;
    for (const dependency of itemsInOrder.find((item) => item.id === id)?.dependsOn ?? []) add(dependency);
    wanted.add(id);
  };
  itemIds.forEach(add);
  let result = instance;
  for (const id of wanted) result = must(setChecklistItemStatus(result, receptionTemplate, { itemId: id, status: 'done', now: on, doneOn: on }), `done ${id}`);
  return result;
}

/** The checklist's "today" in the empty story: five weeks before the family arrives. */
export const BEFORE_ARRIVAL = '2026-03-30';
/** A fresh checklist, nothing done, nobody assigned, the arrival planned for 4 May 2026. */
export const checklistEmpty: ChecklistInstance = must(
  createChecklist(receptionTemplate, { id: 'tjekliste-darwish', familyId: family.id, anchors: allAnchors('2026-05-04'), now: '2026-03-30T09:00:00+02:00' }),
  'new checklist',
);

/** The filled checklist's "today": a week after arrival. */
export const WEEK_AFTER_ARRIVAL = '2026-05-11';
/** A week after arrival: owners assigned, everything due by today done, two tasks under way. */
export const checklistFilled: ChecklistInstance = (() => {
  const assigned = assignOwners(checklistEmpty);
  const dueByToday = assigned.items.filter((item) => item.dueDate !== undefined && item.dueDate <= WEEK_AFTER_ARRIVAL).map((item) => item.itemId);
  let filled = done(assigned, [...dueByToday, 'asylum-centre-information'], WEEK_AFTER_ARRIVAL);
  for (const itemId of ['welcome-meeting', 'move-in-inspection']) {
    filled = must(setChecklistItemStatus(filled, receptionTemplate, { itemId, status: 'in-progress', now: WEEK_AFTER_ARRIVAL }), `start ${itemId}`);
  }
  return filled;
})();

/** The scenario's mid-April: arrival on 5 January, three tasks done on 20 January, the rest left. */
export const MID_APRIL = '2026-04-15';
export const checklistOverdue: ChecklistInstance = done(
  assignOwners(
    must(createChecklist(receptionTemplate, { id: 'checklist-reception', familyId: family.id, anchors: allAnchors('2026-01-05'), now: '2026-01-05' }), 'scenario checklist'),
  ),
  itemsInOrder.slice(0, 3).map((item) => item.id),
  '2026-01-20',
);

/** The filled checklist with long notes on its items (owners come from `longNamedActors`). */
export const checklistLong: ChecklistInstance = must(
  parseChecklistInstance({
    ...checklistFilled,
    items: checklistFilled.items.map((item, index) => (index % 3 === 0 ? { ...item, note: longNote('Bemærkning.') } : item)),
  }),
  'long checklist',
);

/** The filled checklist with Arabic notes on a few items, for the right-to-left story. */
export const checklistInArabic: ChecklistInstance = must(
  parseChecklistInstance({
    ...checklistFilled,
    items: checklistFilled.items.map((item, index) => (index % 5 === 0 ? { ...item, note: 'تمت مناقشة الأمر مع الأسرة بحضور المترجم.' } : item)),
  }),
  'arabic checklist',
);

/** An item of the filled checklist that still waits for another, so core refuses to mark it done. */
export const blockedItemId: string = (() => {
  const settled = new Set(checklistFilled.items.filter((item) => item.status === 'done' || item.status === 'not-relevant').map((item) => item.itemId));
  const blocked = itemsInOrder.find((item) => !settled.has(item.id) && (item.dependsOn ?? []).some((dependency) => !settled.has(dependency)));
  if (blocked === undefined) throw new Error('the filled checklist has no item that waits for another');
  return blocked.id;
})();
