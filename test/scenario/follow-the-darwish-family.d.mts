// Types for the plain-JavaScript scenario, so the test that checks it is typechecked too.
import type {
  Actor,
  AttentionPoint,
  AttentionRegister,
  ChecklistInstance,
  ChecklistInstanceItem,
  ConsentValidity,
  Consent,
  ConversationSession,
  ConversationSkippedStep,
  DisclosureDecision,
  DisclosureLedger,
  DisclosureReport,
  Family,
  LedgerVerification,
  MeetingDisclosureCheck,
  NetworkMeeting,
  SubmittedFieldVisit,
  AgeBand,
} from '@samspil/core';

export declare const FAMILY: unknown;
export declare const ACTORS: unknown[];
export declare const CONSENT_DRAFTS: Record<string, unknown>;
/** The home visit's content (step 6), without the draft's id and bookkeeping. */
export declare const HOME_VISIT: Record<string, unknown>;
export declare const QUESTIONS: readonly ({ name: string; id: string; at: string } & Record<string, unknown>)[];

export interface DarwishStory {
  family: Family;
  actors: Actor[];
  ageBands: Record<string, AgeBand>;
  consents: { childrenBeforeKarim: ConsentValidity; childrenAfterKarim: ConsentValidity; yaraValidity: ConsentValidity; karimWithdrawn: Consent };
  decisions: Record<string, DisclosureDecision>;
  ledger: DisclosureLedger;
  ledgerCheck: LedgerVerification;
  tamperCheck: LedgerVerification;
  report: DisclosureReport;
  omarReport: DisclosureReport;
  meetings: NetworkMeeting[];
  meetingChecks: MeetingDisclosureCheck[];
  submittedVisit: SubmittedFieldVisit;
  register: AttentionRegister;
  hudaPoints: AttentionPoint[];
  resources: AttentionPoint[];
  session: ConversationSession;
  skipped: ConversationSkippedStep[];
  checklist: ChecklistInstance;
  overdue: ChecklistInstanceItem[];
}

export declare function followTheDarwishFamily(): DarwishStory;
