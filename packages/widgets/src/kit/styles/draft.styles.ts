import { css } from 'lit';

/** The save-state line and the panel for a draft changed in two places (widgets with `autosave`). */
export const draftStyles = css`
  .draft-status {
    margin-block: 0 var(--_samspil-space);
    font-size: 0.875em;
  }

  .draft-status[hidden] {
    display: none;
  }

  .draft-status--failed {
    color: var(--_samspil-error-color);
    font-weight: 700;
  }

  .draft-conflict {
    border: 2px solid var(--_samspil-error-color);
    border-inline-start-width: 8px;
    border-radius: var(--_samspil-radius);
    padding-block: calc(var(--_samspil-space) * 1.5);
    padding-inline: calc(var(--_samspil-space) * 2);
    margin-block-end: calc(var(--_samspil-space) * 2);
  }

  .draft-conflict__title {
    margin-block: 0 var(--_samspil-space);
    font-size: 1.125em;
  }

  .draft-conflict__field {
    border: 1px solid var(--_samspil-border-color);
    border-radius: var(--_samspil-radius);
    margin-block: 0 var(--_samspil-space);
    padding-block: var(--_samspil-space);
    padding-inline: calc(var(--_samspil-space) * 1.5);
  }

  .draft-conflict__value {
    overflow-wrap: anywhere;
    white-space: pre-wrap;
  }
`;
