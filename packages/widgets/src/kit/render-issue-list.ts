import type { Issue } from '@samspil/core';
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { LocalizeController } from './i18n/localize-controller.js';

/** More issues than this are summarised with an ellipsis: the first ones tell a portal enough. */
const MAX_LISTED_ISSUES = 20;

/**
 * The visible error state for rejected configuration: a localized title, a count, and each
 * issue's path and message as text (never markup). Shared by the base element and by widgets
 * that validate part of their setup themselves.
 */
export function renderIssueList(localize: LocalizeController, issues: readonly Issue[]): TemplateResult {
  const listed = issues.slice(0, MAX_LISTED_ISSUES);
  return html`<div class="error-state" role="alert" part="error">
    <p class="error-state__title">${localize.term('errorConfigurationTitle')}</p>
    <p class="error-state__intro">${localize.term('errorConfigurationIntro')} (${localize.term('errorIssueCount', issues.length)})</p>
    <ul class="error-state__issues">
      ${listed.map((issue) => html`<li>${localize.term('errorIssueAt', issue.path.map(String).join('.'), localize.issueMessage(issue))}</li>`)}
      ${issues.length > listed.length ? html`<li>…</li>` : nothing}
    </ul>
  </div>`;
}
