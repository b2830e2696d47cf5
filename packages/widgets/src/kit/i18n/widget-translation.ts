/**
 * Every string a Samspil widget shows, for one language. A term whose wording depends on a number
 * (or on a formatted value) is a function, so each language can inflect it its own way.
 * Widgets add their keys here; a plugin overrides any of them per language.
 */
export interface WidgetTranslation {
  /** The language's own name, e.g. `Dansk`, shown in language pickers. */
  readonly languageName: string;

  // Error state of every widget.
  readonly errorConfigurationTitle: string;
  readonly errorConfigurationIntro: string;
  readonly errorIssueCount: (count: number) => string;
  readonly errorIssueAt: (path: string, message: string) => string;
  readonly errorRenderTitle: string;
  readonly errorRenderBody: string;

  // Shared actions and states.
  readonly loading: string;
  readonly save: string;
  readonly saved: string;
  readonly savedAt: (time: string) => string;
  readonly cancel: string;
  readonly add: string;
  readonly remove: string;
  readonly edit: string;
  readonly close: string;
  readonly next: string;
  readonly previous: string;
  readonly required: string;
  readonly optional: string;
  readonly declinedToDiscuss: string;
  readonly notNow: string;
  readonly progress: (done: number, total: number) => string;
  readonly dueOn: (date: string) => string;
  readonly overdue: string;
  readonly overdueCount: (count: number) => string;
  readonly itemCount: (count: number) => string;

  // Drafts saved while typing (autosave) and copies changed in two places.
  readonly drafts: {
    readonly saving: string;
    readonly savedLocally: (time: string) => string;
    readonly savedQueued: (time: string) => string;
    readonly notSaved: (reason: string) => string;
    readonly restored: (time: string) => string;
    readonly updatedElsewhere: string;
    readonly conflictTitle: string;
    readonly conflictIntro: (count: number) => string;
    readonly conflictField: (label: string) => string;
    readonly conflictBothChanged: string;
    readonly conflictMine: string;
    readonly conflictTheirs: string;
    readonly conflictEmpty: string;
    readonly conflictApply: string;
    readonly conflictChooseAll: (left: number) => string;
    readonly conflictResolved: string;
  };

  // <samspil-field-visit-form>
  readonly fieldVisitForm: {
    readonly formLabel: string;
    readonly sectionsNavLabel: string;
    readonly stateFilled: string;
    readonly stateDeclined: string;
    readonly stateEmpty: string;
    readonly stateRequired: string;
    readonly kind: string;
    readonly kindHome: string;
    readonly kindProfessional: string;
    readonly date: string;
    readonly startTime: string;
    readonly endTime: string;
    readonly place: string;
    readonly visitors: string;
    readonly noActors: string;
    readonly membersPresent: string;
    readonly hostActor: string;
    readonly chooseOne: string;
    readonly interpreter: string;
    readonly interpreterLanguage: string;
    readonly interpreterLanguageHint: string;
    readonly interpreterMode: string;
    readonly interpreterModeNone: string;
    readonly modeInPerson: string;
    readonly modePhone: string;
    readonly modeVideo: string;
    readonly interpreterName: string;
    readonly wellbeingNoMembers: string;
    readonly observation: (name: string) => string;
    readonly attentionPointsToggle: (name: string, count: number) => string;
    readonly searchAttentionPoints: (name: string) => string;
    readonly attentionMatches: (count: number) => string;
    readonly resourcesColumn: string;
    readonly concernsColumn: string;
    readonly noMatches: string;
    /** In an opened list of attention points when the catalogue could not be fetched. */
    readonly attentionPointsUnavailable: string;
    /** Button that fetches the attention-point catalogue again. */
    readonly tryAgain: string;
    /** Validity message while core's submit rules are still on the way (they load right after the fields show). */
    readonly checksPending: string;
    /** Validity message when the submit rules could not be fetched. */
    readonly checksUnavailable: string;
    readonly resource: (position: number) => string;
    readonly resourceText: string;
    readonly resourceWho: string;
    readonly wholeFamily: string;
    readonly addResource: string;
    readonly removeResource: (position: number) => string;
    readonly resourceAdded: (position: number) => string;
    readonly resourceRemoved: (position: number) => string;
    readonly noResources: string;
    readonly ownWords: string;
    readonly agreement: (position: number) => string;
    readonly agreementAction: string;
    readonly agreementOwner: string;
    readonly agreementDue: string;
    readonly ownerActors: string;
    readonly ownerMembers: string;
    readonly addAgreement: string;
    readonly removeAgreement: (position: number) => string;
    readonly agreementAdded: (position: number) => string;
    readonly agreementRemoved: (position: number) => string;
    readonly noAgreements: string;
    readonly consentExplained: string;
    readonly yes: string;
    readonly no: string;
    readonly consentBy: string;
    readonly consentNotes: string;
    readonly followUpDate: string;
    readonly followUpNotes: string;
    readonly sectionDeclined: (section: string) => string;
    readonly sectionResumed: (section: string) => string;
    readonly submit: string;
    readonly submitted: string;
    readonly errorSummaryTitle: (count: number) => string;
    readonly submitterMissing: string;
    readonly invalidAttribute: (name: string) => string;
    readonly readOnlyNotice: string;
  };

  // <samspil-coordination-checklist>
  readonly checklist: {
    readonly empty: string;
    readonly readOnlyNotice: string;
    readonly progressLabel: string;
    readonly progress: (done: number, relevant: number, notRelevant: number) => string;
    readonly filtersLabel: string;
    readonly filterAll: string;
    readonly filterMine: string;
    readonly filterOverdue: string;
    readonly filterOpen: string;
    readonly shownCount: (shown: number, total: number) => string;
    readonly noMatches: string;
    readonly status: string;
    readonly statusOpen: string;
    readonly statusInProgress: string;
    readonly statusDone: string;
    readonly statusNotRelevant: string;
    readonly owner: string;
    readonly noOwner: string;
    readonly unknownOwner: (id: string) => string;
    readonly ownerOption: (name: string, sector: string) => string;
    readonly expectedOwner: (who: string) => string;
    readonly noDueDate: string;
    readonly waitsFor: (titles: string) => string;
    readonly dependsOn: (titles: string) => string;
    readonly note: string;
    readonly guidance: string;
    readonly phaseProgress: (settled: number, total: number) => string;
    readonly statusChanged: (title: string, status: string) => string;
    readonly ownerChanged: (title: string, owner: string) => string;
    readonly ownerRemoved: (title: string) => string;
  };
  // <samspil-actioncard>
  readonly actioncard: {
    readonly regionLabel: string;
    readonly notConfigured: string;
    readonly readOnlyNotice: string;
    readonly phasesOverview: string;
    readonly phaseStepCount: (count: number) => string;
    readonly start: string;
    readonly startHint: string;
    readonly phaseIndicatorLabel: string;
    readonly phaseOpening: string;
    readonly phaseExploration: string;
    readonly phaseClosing: string;
    readonly phaseCurrent: string;
    readonly phaseDone: string;
    readonly progressLabel: (handled: number, total: number) => string;
    readonly stepPosition: (position: number, total: number) => string;
    readonly kindInfo: string;
    readonly kindQuestion: string;
    readonly kindPermission: string;
    readonly kindFollowUp: string;
    readonly kindReferral: string;
    readonly guidanceLabel: string;
    readonly answersLabel: string;
    readonly noteLabel: string;
    readonly noteHint: string;
    readonly followUpDateLabel: string;
    readonly followUpDateHint: string;
    readonly referralSectorLabel: string;
    readonly referralSectorNone: string;
    readonly referralDescriptionLabel: string;
    readonly referralHint: string;
    readonly issuesHeading: string;
    readonly answerRecorded: (answer: string) => string;
    readonly skippedNotice: (count: number, permission: string, answer: string) => string;
    readonly skippedBecause: (permission: string, answer: string) => string;
    readonly controlsLabel: string;
    readonly pause: string;
    readonly resume: string;
    readonly stop: string;
    readonly pausedHeading: string;
    readonly pausedSince: (time: string) => string;
    readonly pausedBody: string;
    readonly pausedAnnouncement: string;
    readonly resumedAnnouncement: string;
    readonly startedAnnouncement: string;
    readonly stopConfirmHeading: string;
    readonly stopConfirmBody: string;
    readonly stopReasonLabel: string;
    readonly stopReasonHint: string;
    readonly stopConfirm: string;
    readonly stopCancel: string;
    readonly stoppedHeading: string;
    readonly stoppedBody: string;
    readonly stoppedAt: (time: string) => string;
    readonly stopReason: string;
    readonly stoppedAnnouncement: string;
    readonly allStepsHeading: string;
    readonly allStepsBody: string;
    readonly complete: string;
    readonly completedHeading: string;
    readonly completedBody: string;
    readonly completedAt: (time: string) => string;
    readonly completedAnnouncement: string;
    readonly deferredHeading: (count: number) => string;
    readonly takeUp: string;
    readonly summaryHeading: string;
    readonly summaryAnswered: (count: number) => string;
    readonly summarySkipped: (count: number) => string;
    readonly summaryDeferred: (count: number) => string;
    readonly summaryNotReached: (count: number) => string;
    readonly summaryNone: string;
    readonly noteShown: string;
    readonly closingHeading: string;
    readonly followUpAgreedOn: (date: string) => string;
    readonly followUpAgreed: string;
    readonly followUpNotAgreed: string;
    readonly followUpNotRecorded: string;
    readonly referralNotOffered: string;
    readonly referralAccepted: string;
    readonly referralNotWanted: string;
    readonly referralUndecided: string;
    readonly referralTo: (target: string) => string;
  };
}

/** The groups of terms that belong to one widget each. */
export type WidgetTermGroup = 'fieldVisitForm' | 'checklist' | 'actioncard';

/** The terms every widget shares: {@link WidgetTranslation} without the widgets' own groups. */
export type KitTranslation = Omit<WidgetTranslation, WidgetTermGroup>;

/** Keys of {@link WidgetTranslation}. */
export type WidgetTranslationKey = keyof WidgetTranslation;

/** The arguments a term takes: none for plain strings, the function's for functions. */
export type WidgetTranslationArgs<K extends WidgetTranslationKey> = WidgetTranslation[K] extends (
  ...args: infer A
) => string
  ? A
  : [];

/** Some terms of one language, as a plugin contributes them. */
export type WidgetTranslationOverrides = Partial<WidgetTranslation>;
