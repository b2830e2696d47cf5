import { issuesUnder } from '../../common/internal/issues-under.js';
import { parseInput } from '../../common/parse-input.js';
import type { LocaleOptions } from '../../i18n/locale.js';
import { createIssue } from '../../issues/create-issue.js';
import type { Issue } from '../../issues/issue.js';
import { fail } from '../../result/fail.js';
import { ok } from '../../result/ok.js';
import type { Result } from '../../result/result.js';
import { ChecklistInstance, ChecklistTemplate } from '../checklist.schema.js';
import type { ChecklistItemTemplate } from '../checklist.schema.js';
import { learnMessages } from '../../i18n/learn-messages.js';
import { checklistMessagesDa } from '../messages.da.js';

learnMessages(checklistMessagesDa);

export interface InstanceWithTemplate {
  readonly instance: ChecklistInstance;
  readonly template: ChecklistTemplate;
  /** Template items by id, in template order. */
  readonly items: ReadonlyMap<string, ChecklistItemTemplate>;
}

/**
 * Validates an instance and the template it claims to come from, and checks they belong together:
 * same id and version, and exactly the template's items. Issues on the instance keep their paths;
 * issues on the template are prefixed with `template`.
 */
export function parseInstanceWithTemplate(instance: unknown, template: unknown, options: LocaleOptions = {}): Result<InstanceWithTemplate> {
  const parsedInstance = parseInput(ChecklistInstance, instance, options);
  const parsedTemplate = parseInput(ChecklistTemplate, template, options);
  if (!parsedInstance.ok || !parsedTemplate.ok) {
    return fail([
      ...issuesUnder(parsedInstance),
      ...issuesUnder(parsedTemplate, ['template']),
    ]);
  }
  const checked = parsedInstance.value;
  const source = parsedTemplate.value;
  if (checked.templateId !== source.id || checked.templateVersion !== source.version) {
    return fail([
      createIssue('checklist_template_mismatch', ['templateId'], { templateId: checked.templateId, templateVersion: checked.templateVersion }, options),
    ]);
  }
  const items = new Map<string, ChecklistItemTemplate>();
  for (const phase of source.phases) for (const item of phase.items) items.set(item.id, item);
  const issues: Issue[] = [];
  const present = new Set<string>();
  checked.items.forEach((item, index) => {
    present.add(item.itemId);
    if (!items.has(item.itemId)) issues.push(createIssue('checklist_unknown_item', ['items', index, 'itemId'], { itemId: item.itemId }, options));
  });
  for (const id of items.keys()) {
    if (!present.has(id)) issues.push(createIssue('checklist_missing_item', ['items'], { itemId: id }, options));
  }
  if (issues.length > 0) return fail(issues);
  return ok({ instance: checked, template: source, items });
}
