import type { CSSResultGroup } from 'lit';
import { errorStateStyles } from './error-state.styles.js';
import { focusStyles } from './focus.styles.js';
import { reducedMotionStyles } from './reduced-motion.styles.js';
import { targetSizeStyles } from './target-size.styles.js';
import { textDirectionStyles } from './text-direction.styles.js';
import { tokenStyles } from './tokens.styles.js';
import { visuallyHiddenStyles } from './visually-hidden.styles.js';

/** Everything the base element adopts: tokens, focus, target size, text direction, hiding, motion, error state. */
export const kitStyles: CSSResultGroup = [
  tokenStyles,
  focusStyles,
  targetSizeStyles,
  textDirectionStyles,
  visuallyHiddenStyles,
  reducedMotionStyles,
  errorStateStyles,
];
