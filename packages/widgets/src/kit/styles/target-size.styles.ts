import { css } from 'lit';

/** Native controls inside a widget get at least the WCAG 2.2 target size (24 px, 44 px by default). */
export const targetSizeStyles = css`
  button,
  [role='button'],
  input[type='checkbox'],
  input[type='radio'],
  select,
  summary {
    min-block-size: var(--_samspil-target-size);
    min-inline-size: var(--_samspil-target-size);
  }

  input[type='checkbox'],
  input[type='radio'] {
    /* Checkboxes scale by their own box; 24px is the floor, labels widen the clickable area. */
    min-block-size: 24px;
    min-inline-size: 24px;
    margin: 0;
  }
`;
