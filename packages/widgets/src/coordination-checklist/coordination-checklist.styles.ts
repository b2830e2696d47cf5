import { css } from 'lit';

/**
 * Styles of `<samspil-coordination-checklist>`. Every colour and size reads a
 * `--samspil-checklist-…` property that falls back to the kit's tokens; logical properties only,
 * so the layout mirrors under `dir="rtl"`; px/em only (DKFDS sets 1rem to 10px).
 */
export const coordinationChecklistStyles = css`
  :host {
    --_checklist-gap: var(--samspil-checklist-gap, var(--_samspil-space));
    --_checklist-border-color: var(--samspil-checklist-border-color, var(--_samspil-border-color));
    --_checklist-overdue-color: var(--samspil-checklist-overdue-color, var(--_samspil-error-color));
    --_checklist-muted-color: var(--samspil-checklist-muted-color, var(--_samspil-color));
    --_checklist-progress-color: var(--samspil-checklist-progress-color, var(--_samspil-link-color));
  }

  .checklist {
    display: grid;
    gap: calc(var(--_checklist-gap) * 2);
  }

  .checklist__title {
    margin-block: 0;
    font-size: 1.5em;
    line-height: 1.25;
  }

  .checklist__notice {
    margin-block: 0;
    padding-block: var(--_checklist-gap);
    padding-inline: calc(var(--_checklist-gap) * 1.5);
    border-inline-start: 4px solid var(--_checklist-border-color);
  }

  .progress {
    display: grid;
    gap: calc(var(--_checklist-gap) / 2);
  }

  .progress__label {
    font-weight: 700;
  }

  /* A sentence of its own (see kit/styles/text-direction.styles.ts). */
  #progress-text {
    unicode-bidi: plaintext;
  }

  .progress progress {
    inline-size: 100%;
    block-size: 16px;
    accent-color: var(--_checklist-progress-color);
  }

  .filters {
    margin: 0;
    padding: 0;
    border: 0;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_checklist-gap);
  }

  .filters legend {
    padding: 0;
    margin-block-end: calc(var(--_checklist-gap) / 2);
    font-weight: 700;
    float: inline-start;
    inline-size: 100%;
  }

  .filters label {
    display: inline-flex;
    align-items: center;
    gap: calc(var(--_checklist-gap) / 2);
    min-block-size: var(--_samspil-target-size);
    padding-inline: var(--_checklist-gap);
    border: 1px solid var(--_checklist-border-color);
    border-radius: var(--_samspil-radius);
    cursor: pointer;
  }

  .filters label:has(input:checked) {
    font-weight: 700;
    border-width: 2px;
  }

  .filters label:has(input:disabled) {
    cursor: not-allowed;
    opacity: 0.7;
  }

  .shown {
    margin-block: 0;
  }

  .phase {
    display: grid;
    gap: var(--_checklist-gap);
    /* Phases out of view skip layout and paint until scrolled to; their content stays in the
       accessibility tree and reachable by keyboard. The size hint (about 9em per item, set per
       phase) keeps the scrollbar steady; once rendered, the real size is remembered. */
    content-visibility: auto;
    contain-intrinsic-block-size: auto calc(var(--_phase-items, 4) * 9em + 3em);
  }

  .phase__header {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: var(--_checklist-gap);
    border-block-end: 2px solid var(--_checklist-border-color);
  }

  .phase__title {
    margin-block: 0;
    font-size: 1.25em;
  }

  .items {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_checklist-gap);
  }

  .item {
    display: grid;
    gap: calc(var(--_checklist-gap) / 2);
    padding-block: var(--_checklist-gap);
    padding-inline: calc(var(--_checklist-gap) * 1.5);
    border: 1px solid var(--_checklist-border-color);
    border-inline-start-width: 6px;
    border-radius: var(--_samspil-radius);
    /* The browser skips layout and paint of items far off screen: long checklists stay fast. */
    content-visibility: auto;
    contain-intrinsic-size: auto 160px;
  }

  .item--overdue {
    border-inline-start-color: var(--_checklist-overdue-color);
  }

  .item--settled .item__title {
    font-weight: 400;
  }

  .item__title {
    margin-block: 0;
    font-size: 1.0625em;
    overflow-wrap: anywhere;
  }

  .item__meta,
  .item__deps,
  .item__note,
  .item__expected {
    margin-block: 0;
    overflow-wrap: anywhere;
  }

  .item__expected {
    color: var(--_checklist-muted-color);
    font-size: 0.9375em;
  }

  .item__badge {
    display: inline-block;
    margin-inline-start: var(--_checklist-gap);
    padding-inline: calc(var(--_checklist-gap) / 2);
    border: 2px solid var(--_checklist-overdue-color);
    border-radius: var(--_samspil-radius);
    color: var(--_checklist-overdue-color);
    font-weight: 700;
  }

  .item__controls {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_checklist-gap) calc(var(--_checklist-gap) * 2);
  }

  .field {
    display: grid;
    gap: 2px;
    min-inline-size: min(100%, 14em);
  }

  .field label {
    font-weight: 700;
    font-size: 0.9375em;
  }

  .field select {
    font: inherit;
    color: inherit;
    max-inline-size: 100%;
    padding-inline: calc(var(--_checklist-gap) / 2);
    border: 1px solid var(--_checklist-border-color);
    border-radius: var(--_samspil-radius);
    background-color: var(--_samspil-background-color);
  }

  .item__message {
    margin-block: 0;
    padding-inline-start: var(--_checklist-gap);
    border-inline-start: 4px solid var(--_checklist-overdue-color);
    font-weight: 700;
    overflow-wrap: anywhere;
  }
`;
