import type { IssueParams } from '../issues/issue.js';

/** A message: a string with `{name}` placeholders, or a function when wording depends on a number. */
export type MessageTemplate = string | ((params: IssueParams) => string);

/** A message per issue code, for one language. */
export type MessageCatalogue = Readonly<Record<string, MessageTemplate>>;
