import { css } from 'lit';

/**
 * `.visually-hidden`: hidden on screen, still read by screen readers (status messages, extra
 * context for icons). `.visually-hidden-focusable` shows itself again when focused (skip links).
 */
export const visuallyHiddenStyles = css`
  .visually-hidden,
  .visually-hidden-focusable:not(:focus):not(:focus-within) {
    position: absolute !important;
    inline-size: 1px !important;
    block-size: 1px !important;
    padding: 0 !important;
    margin: -1px !important;
    overflow: hidden !important;
    clip-path: inset(50%) !important;
    white-space: nowrap !important;
    border: 0 !important;
  }
`;
