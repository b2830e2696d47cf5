import type { IssueCode } from '../i18n/issue-code.js';

/** Where in the input an issue was found: object keys and array indexes from the root. */
export type IssuePath = readonly (string | number)[];

/** Values a message template may interpolate, e.g. `{ max: 200 }`. */
export type IssueParams = Readonly<Record<string, string | number>>;

/**
 * One thing wrong with an input or a request. `code` is stable and meant for programs;
 * `message` is for people, in the requested locale, and may change between releases.
 */
export interface Issue {
  readonly code: IssueCode;
  readonly path: IssuePath;
  readonly message: string;
  readonly params?: IssueParams;
}
