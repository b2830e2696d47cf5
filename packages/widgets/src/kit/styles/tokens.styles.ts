import { css } from 'lit';

/**
 * The kit's design tokens on `:host`. Each `--samspil-…` property falls back to a token an
 * NL Design System theme (`--utrecht-…`) defines, then to system colours, so a widget looks at
 * home in a themed portal and still readable on a page with no tokens at all. A DKFDS portal
 * sets the `--samspil-…` properties from its own palette (DKFDS ships Sass variables, not CSS
 * custom properties). Sizes are px/em only: DKFDS sets `1rem` to 10px.
 *
 * @cssproperty --samspil-font-family - Body font. Falls back to `--utrecht-document-font-family`, then `inherit`.
 * @cssproperty --samspil-font-size - Body size. Falls back to `--utrecht-document-font-size`, then 16px.
 * @cssproperty --samspil-line-height - Falls back to `--utrecht-document-line-height`, then 1.5.
 * @cssproperty --samspil-color - Text. Falls back to `--utrecht-document-color`, then `CanvasText`.
 * @cssproperty --samspil-background-color - Falls back to `--utrecht-document-background-color`, then `Canvas`.
 * @cssproperty --samspil-border-color - Falls back to `--utrecht-form-control-border-color`, then `currentColor`.
 * @cssproperty --samspil-link-color - Falls back to `--utrecht-link-color`, then `LinkText`.
 * @cssproperty --samspil-focus-outline-color - Falls back to `--utrecht-focus-outline-color`, then `Highlight`.
 * @cssproperty --samspil-focus-outline-width - Falls back to `--utrecht-focus-outline-width`, then 3px; never thinner than 2px.
 * @cssproperty --samspil-focus-outline-offset - Falls back to `--utrecht-focus-outline-offset`, then 2px.
 * @cssproperty --samspil-error-color - Falls back to `--utrecht-feedback-danger-color`, then #b3261e.
 * @cssproperty --samspil-error-background-color - Falls back to `--utrecht-feedback-danger-background-color`, then `Canvas`.
 * @cssproperty --samspil-space - Base spacing unit. Falls back to 8px.
 * @cssproperty --samspil-radius - Corner radius. Falls back to `--utrecht-form-control-border-radius`, then 4px.
 * @cssproperty --samspil-target-size - Minimum size of anything clickable. 24px or more (WCAG 2.2 target size).
 */
export const tokenStyles = css`
  :host {
    --_samspil-font-family: var(--samspil-font-family, var(--utrecht-document-font-family, inherit));
    --_samspil-font-size: var(--samspil-font-size, var(--utrecht-document-font-size, 16px));
    --_samspil-line-height: var(--samspil-line-height, var(--utrecht-document-line-height, 1.5));
    --_samspil-color: var(--samspil-color, var(--utrecht-document-color, CanvasText));
    --_samspil-background-color: var(--samspil-background-color, var(--utrecht-document-background-color, Canvas));
    --_samspil-border-color: var(--samspil-border-color, var(--utrecht-form-control-border-color, currentColor));
    --_samspil-link-color: var(--samspil-link-color, var(--utrecht-link-color, LinkText));
    --_samspil-focus-outline-color: var(--samspil-focus-outline-color, var(--utrecht-focus-outline-color, Highlight));
    /* A floor, not a default: a theme may thicken the focus ring, never hide it. */
    --_samspil-focus-outline-width: max(2px, var(--samspil-focus-outline-width, var(--utrecht-focus-outline-width, 3px)));
    --_samspil-focus-outline-offset: var(--samspil-focus-outline-offset, var(--utrecht-focus-outline-offset, 2px));
    --_samspil-error-color: var(--samspil-error-color, var(--utrecht-feedback-danger-color, #b3261e));
    --_samspil-error-background-color: var(
      --samspil-error-background-color,
      var(--utrecht-feedback-danger-background-color, Canvas)
    );
    --_samspil-space: var(--samspil-space, 8px);
    --_samspil-radius: var(--samspil-radius, var(--utrecht-form-control-border-radius, 4px));
    /* max() keeps a theme from shrinking targets below the WCAG 2.2 minimum. */
    --_samspil-target-size: max(24px, var(--samspil-target-size, 44px));

    display: block;
    box-sizing: border-box;
    font-family: var(--_samspil-font-family);
    font-size: var(--_samspil-font-size);
    line-height: var(--_samspil-line-height);
    color: var(--_samspil-color);
  }

  :host([hidden]) {
    display: none !important;
  }

  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
`;
