import * as z from '../common/schema/index.js';
import { issuesUnder } from '../common/internal/issues-under.js';
import { parseInput } from '../common/parse-input.js';
import type { LocaleOptions } from '../i18n/locale.js';
import { createIssue } from '../issues/create-issue.js';
import type { Issue } from '../issues/issue.js';
import { fail } from '../result/fail.js';
import { ok } from '../result/ok.js';
import type { Result } from '../result/result.js';
import type { ConversationGuide } from './conversation-guide.schema.js';
import { guarded } from './internal/guard.js';
import { parseConversationGuide } from './parse-conversation-guide.js';
import { learnMessages } from '../i18n/learn-messages.js';
import { conversationGuideMessagesDa } from './messages.da.js';

learnMessages(conversationGuideMessagesDa);

const GuideList = z.array(z.unknown()).check(z.maxLength(200));

/** Options for {@link mergeGuides}. */
export type MergeGuidesOptions = LocaleOptions;

/**
 * Combines the built-in conversation guides with those a plugin contributes, validating each.
 * A plugin may add guides and new versions of existing ones, but a guide with the same id and
 * version as one already present is reported (`conversation_guide_duplicate`) rather than
 * silently replacing it. Built-in guides come first.
 *
 * @example
 * mergeGuides([DEFAULT_CONVERSATION_GUIDE], [DEFAULT_CONVERSATION_GUIDE]).issues[0].code
 * //=> 'conversation_guide_duplicate'
 */
export function mergeGuides(builtIn: unknown, plugin: unknown, options: MergeGuidesOptions = {}): Result<ConversationGuide[]> {
  return guarded(options, () => {
    const builtInList = parseInput(GuideList, builtIn, options);
    const pluginList = parseInput(GuideList, plugin, options);
    if (!builtInList.ok || !pluginList.ok) {
      return fail([...issuesUnder(builtInList, ['builtIn']), ...issuesUnder(pluginList, ['plugin'])]);
    }
    const lists = { builtIn: builtInList.value, plugin: pluginList.value };
    const issues: Issue[] = [];
    const guides: ConversationGuide[] = [];
    const seen = new Set<string>();
    for (const origin of ['builtIn', 'plugin'] as const) {
      lists[origin].forEach((candidate, index) => {
        const parsed = parseConversationGuide(candidate, options);
        if (!parsed.ok) return issues.push(...issuesUnder(parsed, [origin, index]));
        const { id, version } = parsed.value;
        const key = JSON.stringify([id, version]);
        if (seen.has(key)) return issues.push(createIssue('conversation_guide_duplicate', [origin, index], { id, version }, options));
        seen.add(key);
        guides.push(parsed.value);
      });
    }
    return issues.length > 0 ? fail(issues) : ok(guides);
  });
}
