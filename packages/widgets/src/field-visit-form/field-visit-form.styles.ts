import { css } from 'lit';

/**
 * Layout of `<samspil-field-visit-form>`. Only logical properties, so `dir="rtl"` mirrors it;
 * sizes in px/em (DKFDS sets 1rem to 10px); colours only through tokens.
 */
export const fieldVisitFormStyles = css`
  :host {
    --_fv-gap: var(--samspil-field-visit-form-gap, calc(var(--_samspil-space) * 2));
    --_fv-section-border-color: var(--samspil-field-visit-form-section-border-color, var(--_samspil-border-color));
    --_fv-declined-background-color: var(--samspil-field-visit-form-declined-background-color, var(--_samspil-background-color));
    --_fv-accent-color: var(--samspil-field-visit-form-accent-color, var(--_samspil-link-color));
    --_fv-max-inline-size: var(--samspil-field-visit-form-max-inline-size, 40em);
  }

  .form {
    display: flex;
    flex-direction: column;
    gap: var(--_fv-gap);
  }

  /* Any level: the portal picks it with heading-level; classes give each heading its size. */
  :is(h1, h2, h3, h4, h5, h6) {
    margin-block: 0;
    line-height: 1.25;
  }

  .section {
    display: flex;
    flex-direction: column;
    gap: var(--_fv-gap);
    border: 1px solid var(--_fv-section-border-color);
    border-radius: var(--_samspil-radius);
    padding-block: calc(var(--_samspil-space) * 2);
    padding-inline: calc(var(--_samspil-space) * 2);
    /* Sections out of view skip style and layout until they near the viewport (the form is long);
       the browser remembers each section's real size once it has been shown. */
    content-visibility: auto;
    contain-intrinsic-size: auto 24em;
  }

  .section--declined {
    background: var(--_fv-declined-background-color);
    border-style: dashed;
  }

  .section__heading {
    font-size: 1.25em;
  }

  .section__hint,
  .hint {
    margin-block: 0;
    font-size: 0.9375em;
  }

  .field {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_samspil-space) / 2);
    max-inline-size: var(--_fv-max-inline-size);
  }

  .row {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_fv-gap);
  }

  label,
  legend {
    font-weight: 600;
  }

  .check label {
    font-weight: 400;
  }

  input:not([type='checkbox']):not([type='radio']),
  select,
  textarea {
    font: inherit;
    color: inherit;
    background: var(--_samspil-background-color);
    border: 1px solid var(--_samspil-border-color);
    border-radius: var(--_samspil-radius);
    min-block-size: var(--_samspil-target-size);
    padding-block: calc(var(--_samspil-space) / 2);
    padding-inline: var(--_samspil-space);
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

  .group {
    border: 0;
    margin: 0;
    padding: 0;
    display: flex;
    flex-direction: column;
    gap: calc(var(--_samspil-space) / 2);
  }

  .group > legend {
    padding: 0;
    margin-block-end: calc(var(--_samspil-space) / 2);
  }

  .group--inline {
    flex-direction: row;
    flex-wrap: wrap;
    column-gap: var(--_fv-gap);
  }

  .group--inline > legend {
    flex-basis: 100%;
  }

  .check {
    display: flex;
    align-items: center;
    gap: var(--_samspil-space);
    min-block-size: 24px;
  }

  .field-error {
    margin-block: 0;
    color: var(--_samspil-error-color);
    font-weight: 600;
    overflow-wrap: anywhere;
  }

  .error-summary {
    border: 2px solid var(--_samspil-error-color);
    border-inline-start-width: 8px;
    border-radius: var(--_samspil-radius);
    background: var(--_samspil-error-background-color);
    padding-block: calc(var(--_samspil-space) * 1.5);
    padding-inline: calc(var(--_samspil-space) * 2);
  }

  .error-summary__title {
    font-size: 1.125em;
  }

  .error-summary__list {
    margin-block: var(--_samspil-space) 0;
    padding-inline-start: 1.25em;
  }

  .error-summary a,
  .progress a {
    color: var(--_samspil-link-color);
    display: inline-block;
    min-block-size: 24px;
    overflow-wrap: anywhere;
  }

  .progress__summary {
    margin-block: 0 var(--_samspil-space);
    font-weight: 600;
  }

  .progress__list {
    margin: 0;
    padding-inline-start: 1.5em;
    display: flex;
    flex-direction: column;
    gap: calc(var(--_samspil-space) / 2);
  }

  .progress__state {
    margin-inline-start: var(--_samspil-space);
    font-size: 0.9375em;
  }

  .progress__item--filled .progress__state,
  .progress__item--declined .progress__state {
    font-weight: 600;
  }

  .progress__item--filled::marker {
    color: var(--_fv-accent-color);
  }

  .members {
    display: flex;
    flex-direction: column;
    gap: var(--_fv-gap);
  }

  .member {
    display: flex;
    flex-direction: column;
    gap: var(--_samspil-space);
    border-inline-start: 4px solid var(--_fv-section-border-color);
    padding-inline-start: calc(var(--_samspil-space) * 1.5);
  }

  .member__name {
    font-size: 1.17em;
  }

  .member__band {
    font-weight: 400;
    font-size: 0.875em;
  }

  .points__columns {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 18em), 1fr));
    gap: var(--_fv-gap);
  }

  .points__column {
    display: flex;
    flex-direction: column;
    gap: var(--_samspil-space);
  }

  .points__title {
    font-size: 1em;
  }

  .rows {
    margin: 0;
    padding: 0;
    list-style: none;
    display: flex;
    flex-direction: column;
    gap: var(--_fv-gap);
  }

  .row-group {
    border-inline-start: 4px solid var(--_fv-section-border-color);
    padding-inline-start: calc(var(--_samspil-space) * 1.5);
  }

  button {
    font: inherit;
    cursor: pointer;
    align-self: flex-start;
    border-radius: var(--_samspil-radius);
    border: 1px solid var(--_samspil-border-color);
    background: var(--_samspil-background-color);
    color: inherit;
    padding-block: calc(var(--_samspil-space) / 2);
    padding-inline: calc(var(--_samspil-space) * 1.5);
  }

  .submit {
    background: var(--_fv-accent-color);
    border-color: var(--_fv-accent-color);
    color: var(--_samspil-background-color);
    font-weight: 600;
  }

  button:disabled {
    cursor: not-allowed;
  }

  .notice,
  .empty,
  .waiting {
    margin-block: 0;
  }

  [hidden] {
    display: none !important;
  }

  @media (forced-colors: active) {
    .submit {
      border-color: ButtonText;
    }
  }
`;
