import { css } from 'lit';

/** The error state every widget shows instead of its content when it cannot render. */
export const errorStateStyles = css`
  .error-state {
    border: 2px solid var(--_samspil-error-color);
    border-inline-start-width: 8px;
    border-radius: var(--_samspil-radius);
    background: var(--_samspil-error-background-color);
    color: var(--_samspil-color);
    padding-block: calc(var(--_samspil-space) * 1.5);
    padding-inline: calc(var(--_samspil-space) * 2);
  }

  .error-state__title {
    margin-block: 0 var(--_samspil-space);
    font-size: 1.125em;
    font-weight: 700;
  }

  .error-state__intro {
    margin-block: 0 var(--_samspil-space);
  }

  .error-state__issues {
    margin-block: 0;
    padding-inline-start: 1.25em;
  }

  .error-state__issues li {
    overflow-wrap: anywhere;
  }
`;
