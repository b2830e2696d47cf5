import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';

/** A widget's top headings without `heading-level`: `h2`, under the portal page's own `h1`. */
export const DEFAULT_HEADING_LEVEL = 2;

/** What a heading carries besides its text; classes, not the tag, carry its look. */
export interface HeadingOptions {
  readonly id?: string;
  readonly className?: string;
  readonly part?: string;
  /** Focusable by script (`tabindex="-1"`), for headings that focus moves to. */
  readonly focusable?: boolean;
}

/**
 * A heading `depth` levels below a widget's top level `top` (1–6), never deeper than `h6` (an
 * unreadable level gives `h2`), so the widget's outline continues the portal page's (WCAG 1.3.1)
 * wherever the page puts it.
 *
 * @example
 * renderHeading(3, 1, 'Aftaler', { className: 'section__heading' }); // an <h4>
 */
export function renderHeading(top: number, depth: number, content: unknown, options: HeadingOptions = {}): TemplateResult {
  const wanted = Math.trunc(top + depth);
  const level = Number.isFinite(wanted) ? Math.min(Math.max(wanted, 1), 6) : DEFAULT_HEADING_LEVEL;
  const id = options.id ?? nothing;
  const className = options.className ?? nothing;
  const part = options.part ?? nothing;
  const tabindex = options.focusable === true ? '-1' : nothing;
  // One plain template per level: no markup is ever built from a string, and a 1,000-item checklist
  // pays nothing for the choice.
  switch (level) {
    case 1:
      return html`<h1 id=${id} class=${className} part=${part} tabindex=${tabindex}>${content}</h1>`;
    case 2:
      return html`<h2 id=${id} class=${className} part=${part} tabindex=${tabindex}>${content}</h2>`;
    case 3:
      return html`<h3 id=${id} class=${className} part=${part} tabindex=${tabindex}>${content}</h3>`;
    case 4:
      return html`<h4 id=${id} class=${className} part=${part} tabindex=${tabindex}>${content}</h4>`;
    case 5:
      return html`<h5 id=${id} class=${className} part=${part} tabindex=${tabindex}>${content}</h5>`;
    default:
      return html`<h6 id=${id} class=${className} part=${part} tabindex=${tabindex}>${content}</h6>`;
  }
}
