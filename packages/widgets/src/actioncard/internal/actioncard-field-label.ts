import type { FieldPath } from '../../kit/drafts/field-differences.js';
import type { ActioncardTerms } from './terms.js';

/**
 * The label a person knows for a place in an actioncard draft, for the panel that reconciles two
 * copies: the field a text was typed in, or the answers given so far. Paths it does not know
 * are shown as written, so nothing is hidden.
 */
export function actioncardFieldLabel(path: FieldPath, t: ActioncardTerms): string {
  const [head, second] = path;
  if (head === 'typing') {
    const typed: Partial<Record<string, string>> = {
      note: t.noteLabel,
      followUp: t.followUpDateLabel,
      referralSector: t.referralSectorLabel,
      referralDescription: t.referralDescriptionLabel,
      stopReason: t.stopReasonLabel,
    };
    return typed[second ?? ''] ?? path.join(' › ');
  }
  if (head === 'session' && second === 'answers') return t.answersLabel;
  return path.join(' › ');
}
