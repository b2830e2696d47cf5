import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { DraftSaveState } from './draft-controller.js';
import type { DraftTerms } from './draft-terms.js';

/**
 * The save state as one line in a polite live region (`role="status"`), so "Gemt lokalt kl. 14.32"
 * and "Ikke gemt: …" reach screen readers without taking focus. Render it once and keep it in
 * place; only its text changes.
 */
export function renderDraftStatus(
  state: DraftSaveState,
  terms: DraftTerms,
  formatTime: (date: Date) => string,
  issueMessage: (state: Extract<DraftSaveState, { kind: 'failed' }>) => string,
): TemplateResult {
  let text = '';
  if (state.kind === 'saving') text = terms.saving;
  else if (state.kind === 'saved') text = state.queued ? terms.savedQueued(formatTime(state.at)) : terms.savedLocally(formatTime(state.at));
  else if (state.kind === 'restored') text = terms.restored(formatTime(state.at));
  else if (state.kind === 'updated-elsewhere') text = terms.updatedElsewhere;
  else if (state.kind === 'failed') text = terms.notSaved(issueMessage(state));
  else if (state.kind === 'conflict') text = terms.conflictTitle;
  return html`<p class="draft-status ${state.kind === 'failed' ? 'draft-status--failed' : ''}" role="status" part="draft-status" ?hidden=${state.kind === 'off'}>
    ${text === '' ? nothing : text}
  </p>`;
}
