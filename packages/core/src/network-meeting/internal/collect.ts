import { repeatedIds } from '../../common/internal/repeated-ids.js';
import type { IssueCode } from '../../i18n/issue-code.js';
import type { LocaleOptions } from '../../i18n/locale.js';
import { createIssue } from '../../issues/create-issue.js';
import type { Issue, IssueParams, IssuePath } from '../../issues/issue.js';

/** Collects issues in the caller's language; a tiny helper so rule code stays readable. */
export class IssueCollector {
  readonly issues: Issue[] = [];
  constructor(private readonly options: LocaleOptions) {}
  add(code: IssueCode, path: IssuePath, params?: IssueParams): void {
    this.issues.push(createIssue(code, path, params, this.options));
  }
  /** Reports `duplicate_id` for every id seen before in the list. */
  uniqueIds(items: readonly { id: string }[], path: IssuePath): void {
    for (const { index, id } of repeatedIds(items.map((item) => item.id))) this.add('duplicate_id', [...path, index, 'id'], { id });
  }
}
