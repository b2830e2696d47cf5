import { css } from 'lit';

/**
 * The actioncard's look. Every colour and size goes through `--samspil-actioncard-…` properties
 * that fall back to the kit's tokens; logical properties only, so `dir="rtl"` mirrors the layout.
 */
export const actioncardStyles = css`
  :host {
    --_actioncard-gap: var(--samspil-actioncard-gap, calc(var(--_samspil-space) * 2));
    --_actioncard-border-color: var(--samspil-actioncard-border-color, var(--_samspil-border-color));
    --_actioncard-background-color: var(--samspil-actioncard-background-color, var(--_samspil-background-color));
    --_actioncard-accent-color: var(--samspil-actioncard-accent-color, var(--_samspil-link-color));
    --_actioncard-accent-text-color: var(--samspil-actioncard-accent-text-color, var(--_samspil-background-color));
    --_actioncard-panel-background-color: var(--samspil-actioncard-panel-background-color, var(--_actioncard-background-color));
    --_actioncard-radius: var(--samspil-actioncard-radius, var(--_samspil-radius));
  }

  .card {
    display: flex;
    flex-direction: column;
    gap: var(--_actioncard-gap);
    border: 1px solid var(--_actioncard-border-color);
    border-radius: var(--_actioncard-radius);
    background: var(--_actioncard-background-color);
    color: var(--_samspil-color);
    padding-block: var(--_actioncard-gap);
    padding-inline: var(--_actioncard-gap);
  }

  p,
  ul,
  ol,
  :is(h1, h2, h3, h4, h5, h6) {
    margin-block: 0;
  }

  .card__header {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_samspil-space) / 2);
  }

  .card__title {
    font-size: 1.375em;
    line-height: 1.25;
  }

  .eyebrow {
    font-size: 0.875em;
    font-weight: 600;
  }

  .subheading {
    font-size: 1.125em;
  }

  .summary__heading {
    font-size: 1em;
    margin-block-start: var(--_samspil-space);
  }

  .status {
    font-weight: 600;
  }

  .notice,
  .panel,
  .issues {
    border: 1px solid var(--_actioncard-border-color);
    border-inline-start-width: 6px;
    border-radius: var(--_actioncard-radius);
    background: var(--_actioncard-panel-background-color);
    padding-block: var(--_samspil-space);
    padding-inline: calc(var(--_samspil-space) * 1.5);
    display: flex;
    flex-direction: column;
    gap: var(--_samspil-space);
  }

  .issues {
    border-color: var(--_samspil-error-color);
  }

  .issues__title,
  .guidance__label,
  .answers__label,
  .label {
    font-weight: 700;
  }

  .issues ul,
  .skip-notice ul,
  .summary__list,
  .summary__closing,
  .overview {
    padding-inline-start: 1.25em;
  }

  .quiet,
  .hint {
    font-size: 0.9375em;
  }

  .phases {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_samspil-space);
    list-style: none;
    padding: 0;
    margin: 0;
  }

  .phase {
    border: 1px solid var(--_actioncard-border-color);
    border-radius: 999px;
    padding-block: calc(var(--_samspil-space) / 2);
    padding-inline: calc(var(--_samspil-space) * 1.5);
  }

  .phase--done {
    border-style: dashed;
  }

  .phase--current {
    background: var(--_actioncard-accent-color);
    border-color: var(--_actioncard-accent-color);
    color: var(--_actioncard-accent-text-color);
    font-weight: 700;
  }

  .progress {
    display: flex;
    flex-direction: column;
    gap: var(--_samspil-space);
  }

  progress {
    inline-size: 100%;
    block-size: 12px;
    accent-color: var(--_actioncard-accent-color);
  }

  .controls {
    position: sticky;
    inset-block-start: 0;
    z-index: 1;
    display: flex;
    flex-wrap: wrap;
    gap: var(--_samspil-space);
    background: var(--_actioncard-background-color);
    padding-block: calc(var(--_samspil-space) / 2);
  }

  .step {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_samspil-space) * 1.5);
  }

  .step__prompt {
    font-size: 1.25em;
    line-height: 1.35;
    overflow-wrap: anywhere;
  }

  .step__prompt:focus {
    outline: none;
  }

  .step__prompt:focus-visible,
  [tabindex='-1']:focus-visible {
    outline: var(--_samspil-focus-outline-width) solid var(--_samspil-focus-outline-color);
    outline-offset: var(--_samspil-focus-outline-offset);
  }

  .answers,
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_samspil-space);
  }

  .answers__label {
    flex-basis: 100%;
  }

  button {
    font: inherit;
    color: var(--_samspil-color);
    background: var(--_actioncard-background-color);
    border: 2px solid var(--_actioncard-border-color);
    border-radius: var(--_actioncard-radius);
    padding-block: calc(var(--_samspil-space) / 2);
    padding-inline: calc(var(--_samspil-space) * 1.5);
    cursor: pointer;
  }

  button.primary {
    background: var(--_actioncard-accent-color);
    border-color: var(--_actioncard-accent-color);
    color: var(--_actioncard-accent-text-color);
    font-weight: 700;
  }

  .field {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_samspil-space) / 2);
    border: 0;
    padding: 0;
    margin: 0;
  }

  label {
    font-weight: 600;
  }

  textarea,
  input,
  select {
    font: inherit;
    color: var(--_samspil-color);
    background: var(--_actioncard-background-color);
    border: 1px solid var(--_actioncard-border-color);
    border-radius: var(--_actioncard-radius);
    padding-block: calc(var(--_samspil-space) / 2);
    padding-inline: var(--_samspil-space);
    min-block-size: var(--_samspil-target-size);
    max-inline-size: 100%;
  }

  textarea {
    inline-size: 100%;
    resize: vertical;
  }

  [aria-invalid='true'] {
    border-color: var(--_samspil-error-color);
    border-width: 2px;
  }

  .field-error {
    color: var(--_samspil-error-color);
    font-weight: 600;
  }

  .deferred__list li {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_samspil-space);
    margin-block-end: var(--_samspil-space);
  }

  .deferred__list {
    list-style: none;
    padding: 0;
    margin-block-start: var(--_samspil-space);
  }

  .summary {
    display: flex;
    flex-direction: column;
    gap: var(--_samspil-space);
  }

  .summary__list li {
    margin-block-end: var(--_samspil-space);
    overflow-wrap: anywhere;
  }

  .summary__answer {
    font-weight: 700;
    margin-inline-start: var(--_samspil-space);
  }

  .summary__prompt,
  .summary__note,
  .stop-reason,
  .skip-notice li {
    overflow-wrap: anywhere;
    white-space: pre-wrap;
  }

  .outcome--stopped,
  .outcome--completed {
    border-inline-start-color: var(--_actioncard-accent-color);
  }

  @media (forced-colors: active) {
    .phase--current,
    button.primary {
      border-color: Highlight;
    }
  }
`;
