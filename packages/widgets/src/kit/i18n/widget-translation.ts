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
}

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
