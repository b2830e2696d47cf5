// Shared fixtures for the conversation-guide tests: a clock in minutes and sessions in each state.
// The build and the barrel leave out any file whose name contains `fixtures`.
import { type ConversationSession, DEFAULT_CONVERSATION_GUIDE, answerStep, completeSession, startSession } from '@samspil/core';
import { expectSuccess } from '../../../../../test/support/expect-result.js';

const T0 = Date.parse('2026-03-02T09:00:00Z');

/** The instant `minute` minutes into the conversation (09:00 UTC, 2 March 2026). */
export const at = (minute: number): string => new Date(T0 + minute * 60_000).toISOString();

export const G = DEFAULT_CONVERSATION_GUIDE;

/** A conversation with one person, started at minute 0 and nothing answered. */
export const inProgress = (): ConversationSession =>
  expectSuccess(startSession(G, { id: 's-1', familyId: 'f-1', personIds: ['p-1'], actorId: 'a-1', now: at(0) }));

/** In progress with the closing on record (follow-up agreed at minute 1, no referral at minute 2), ready to complete. */
export const closingRecorded = (): ConversationSession => {
  const followUp = expectSuccess(answerStep(inProgress(), G, { stepId: 'closing.follow-up', answer: 'yes', followUpDate: '2026-03-16', now: at(1) }));
  return expectSuccess(answerStep(followUp, G, { stepId: 'closing.referral', answer: 'no', now: at(2) }));
};

/** Completed at minute 3, after no follow-up (minute 1) and no referral (minute 2). */
export const completed = (): ConversationSession => {
  const followUp = expectSuccess(answerStep(inProgress(), G, { stepId: 'closing.follow-up', answer: 'no', now: at(1) }));
  const referral = expectSuccess(answerStep(followUp, G, { stepId: 'closing.referral', answer: 'no', now: at(2) }));
  return expectSuccess(completeSession(referral, G, { now: at(3) }));
};
