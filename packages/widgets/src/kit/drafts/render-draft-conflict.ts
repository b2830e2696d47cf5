import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { DraftController } from './draft-controller.js';
import type { DraftTerms } from './draft-terms.js';
import type { FieldPath } from './field-differences.js';
import { DEFAULT_HEADING_LEVEL, renderHeading } from '../render-heading.js';
import { fieldKey } from './apply-field-choices.js';

/** How a widget names a field and shows a value in the conflict panel. */
export interface DraftConflictPresentation {
  readonly label: (path: FieldPath) => string;
  readonly value: (value: unknown, path: FieldPath) => string;
  /** The level of the widget's top headings, which the panel's heading takes; 2 when not given. */
  readonly headingLevel?: number;
}

/**
 * The panel for two copies of a draft: every differing field with both values and a choice
 * between them (native radio buttons, so it works by keyboard and with screen readers). Fields
 * changed on one side only come preselected; fields changed on both sides are marked and must be
 * chosen. Nothing is written until the person presses the button.
 */
export function renderDraftConflict<T>(drafts: DraftController<T>, terms: DraftTerms, present: DraftConflictPresentation, idPrefix: string): TemplateResult | typeof nothing {
  const conflict = drafts.conflict;
  if (conflict === undefined) return nothing;
  const left = drafts.unchosen;
  const shown = (value: unknown, path: FieldPath) => {
    const text = value === undefined || value === null || value === '' ? '' : present.value(value, path);
    return text === '' ? terms.conflictEmpty : text;
  };
  return html`<section class="draft-conflict" part="draft-conflict" role="region" aria-labelledby="${idPrefix}-conflict-title">
    ${renderHeading(present.headingLevel ?? DEFAULT_HEADING_LEVEL, 0, terms.conflictTitle, { id: `${idPrefix}-conflict-title`, className: 'draft-conflict__title', focusable: true })}
    <p>${terms.conflictIntro(conflict.differences.length)}</p>
    ${conflict.differences.map((difference, index) => {
      const key = fieldKey(difference.path);
      const chosen = conflict.choices.get(key);
      const name = `${idPrefix}-conflict-${index}`;
      return html`<fieldset class="draft-conflict__field">
        <legend>${terms.conflictField(present.label(difference.path))}${difference.suggested === undefined ? html` <strong>(${terms.conflictBothChanged})</strong>` : nothing}</legend>
        <div class="check">
          <input type="radio" id="${name}-mine" name=${name} .checked=${chosen === 'mine'} @change=${() => drafts.choose(difference, 'mine')} />
          <label for="${name}-mine">${terms.conflictMine}: <span class="draft-conflict__value">${shown(difference.mine, difference.path)}</span></label>
        </div>
        <div class="check">
          <input type="radio" id="${name}-theirs" name=${name} .checked=${chosen === 'theirs'} @change=${() => drafts.choose(difference, 'theirs')} />
          <label for="${name}-theirs">${terms.conflictTheirs}: <span class="draft-conflict__value">${shown(difference.theirs, difference.path)}</span></label>
        </div>
      </fieldset>`;
    })}
    <p class="hint" id="${idPrefix}-conflict-left">${left === 0 ? nothing : terms.conflictChooseAll(left)}</p>
    <button type="button" class="button" aria-describedby="${idPrefix}-conflict-left" aria-disabled=${left > 0 ? 'true' : 'false'} @click=${() => void drafts.resolve()}>
      ${terms.conflictApply}
    </button>
  </section>`;
}
