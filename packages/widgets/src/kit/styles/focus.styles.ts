import { css } from 'lit';

/**
 * A focus ring that is always visible for keyboard users (`:focus-visible`) and sits outside the
 * control, so it survives dark and light themes; forced-colors mode keeps the system colour.
 */
export const focusStyles = css`
  :focus-visible {
    outline: var(--_samspil-focus-outline-width) solid var(--_samspil-focus-outline-color);
    outline-offset: var(--_samspil-focus-outline-offset);
  }

  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;
