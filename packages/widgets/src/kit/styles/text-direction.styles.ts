import { css } from 'lit';

/**
 * Running text and text fields take their direction from their own first letters (`unicode-bidi:
 * plaintext`), while boxes keep following `dir`: Danish shown on a right-to-left page (no terms in
 * the page's language) reads "18 af 29 punkter er færdige" in order, and Arabic typed into a field on
 * a Danish page runs right to left. Only elements that hold text alone, so no row of controls reorders.
 */
export const textDirectionStyles = css`
  p,
  h1,
  h2,
  h3,
  h4,
  h5,
  h6,
  legend,
  input:not([type]),
  input[type='text'],
  input[type='search'],
  textarea {
    unicode-bidi: plaintext;
  }
`;
