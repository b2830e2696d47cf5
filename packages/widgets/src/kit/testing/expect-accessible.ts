// axe-core's browser build assigns `window.axe`; importing the source puts it in the test page
// without a network request or a CDN.
import 'axe-core/axe.js';
import type { AxeResults, ImpactValue, RunOptions } from 'axe-core';

declare global {
  interface Window {
    axe: { run(context: Element | Document, options: RunOptions): Promise<AxeResults> };
  }
}

/** Options for {@link expectAccessible}. */
export interface ExpectAccessibleOptions {
  /** Rule ids to skip, each with a reason in the calling test. */
  readonly disableRules?: readonly string[];
}

/** The WCAG 2.2 AA rule set (A and AA of 2.0, 2.1 and 2.2). */
export const WCAG_22_AA_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'] as const;

const IMPACT_ORDER: Record<NonNullable<ImpactValue>, number> = { critical: 0, serious: 1, moderate: 2, minor: 3 };

/**
 * Runs axe-core against an element (shadow roots included) with the WCAG 2.2 AA rules and throws
 * an assertion error listing every violation: rule, impact, help text and the offending markup,
 * worst first, so a failing test says what to fix.
 *
 * @example
 * await expectAccessible(await fixture(html`<samspil-actioncard></samspil-actioncard>`));
 */
export async function expectAccessible(element: Element, options: ExpectAccessibleOptions = {}): Promise<void> {
  const rules = Object.fromEntries((options.disableRules ?? []).map((id) => [id, { enabled: false }]));
  const results = await window.axe.run(element, {
    runOnly: { type: 'tag', values: [...WCAG_22_AA_TAGS] },
    rules,
    resultTypes: ['violations'],
  });
  if (results.violations.length === 0) return;
  const sorted = [...results.violations].sort(
    (a, b) => IMPACT_ORDER[a.impact ?? 'minor'] - IMPACT_ORDER[b.impact ?? 'minor'],
  );
  const report = sorted
    .map((violation) => {
      const nodes = violation.nodes
        .map((node) => `    - ${node.target.join(' ')}: ${node.html}\n      ${node.failureSummary?.replaceAll('\n', '\n      ') ?? ''}`)
        .join('\n');
      return `  [${violation.impact ?? 'unknown'}] ${violation.id}: ${violation.help}\n${nodes}`;
    })
    .join('\n');
  throw new Error(`Accessibility violations (WCAG 2.2 AA, axe-core):\n${report}`);
}
