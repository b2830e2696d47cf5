import * as z from '../common/schema/index.js';
import { issuesUnder } from '../common/internal/issues-under.js';
import { parseInput } from '../common/parse-input.js';
import type { LocaleOptions } from '../i18n/locale.js';
import { createIssue } from '../issues/create-issue.js';
import type { Issue } from '../issues/issue.js';
import { fail } from '../result/fail.js';
import { ok } from '../result/ok.js';
import type { Result } from '../result/result.js';
import { ChecklistTemplate } from './checklist.schema.js';
import { guard } from './internal/guard.js';
import { learnMessages } from '../i18n/learn-messages.js';
import { checklistMessagesDa } from './messages.da.js';

learnMessages(checklistMessagesDa);

/** Options for `mergeChecklistTemplates`: only the language of issues. */
export type MergeChecklistTemplatesOptions = LocaleOptions;

const Templates = z.array(ChecklistTemplate).check(z.maxLength(1_000));

/**
 * Adds a plugin's checklist templates to a set (usually `CHECKLIST_TEMPLATES`). A template id may
 * appear in several versions, since a family's checklist stays on the version it was made from;
 * the same id and version twice is refused (`checklist_duplicate_template`) rather than letting
 * one silently replace the other.
 *
 * @example
 * mergeChecklistTemplates(CHECKLIST_TEMPLATES, [kommunensEgenSkabelon]).ok
 * //=> true
 */
export function mergeChecklistTemplates(base: unknown, additions: unknown, options: MergeChecklistTemplatesOptions = {}): Result<ChecklistTemplate[]> {
  return guard(() => {
    const left = parseInput(Templates, base, options);
    const right = parseInput(Templates, additions, options);
    if (!left.ok || !right.ok) {
      return fail([
        ...issuesUnder(left, ['base']),
        ...issuesUnder(right, ['additions']),
      ]);
    }
    const seen = new Set<string>();
    const issues: Issue[] = [];
    const check = (list: readonly ChecklistTemplate[], side: 'base' | 'additions') =>
      list.forEach((template, index) => {
        const key = `${template.id}@${template.version}`;
        if (seen.has(key)) {
          issues.push(createIssue('checklist_duplicate_template', [side, index], { id: template.id, version: template.version }, options));
        }
        seen.add(key);
      });
    check(left.value, 'base');
    check(right.value, 'additions');
    if (issues.length > 0) return fail(issues);
    return ok([...left.value, ...right.value]);
  }, options);
}
