import { createIssue, fail, ok } from '@samspil/core';
import type { LocaleOptions, Result } from '@samspil/core';

/** Options for {@link readInlineConfiguration}. */
export interface ReadInlineConfigurationOptions extends LocaleOptions {
  /** Longest text accepted, in characters. Default 1 000 000 (a large family's records fit many times). */
  readonly maxLength?: number;
}

const SELECTOR = ':scope > script[type="application/json" i]';

/**
 * Reads the JSON in an element's first `<script type="application/json">` child, so a CMS page
 * can configure a widget without a bundler. The browser never runs such a script; this function
 * only parses its text. Answers `undefined` when there is no such child, and an issue (never a
 * throw) when the text is too long or not JSON.
 *
 * @example
 * readInlineConfiguration(document.querySelector('samspil-actioncard'))
 * //=> { ok: true, value: { guideId: 'first-conversation' } }
 */
export function readInlineConfiguration(element: Element, options: ReadInlineConfigurationOptions = {}): Result<unknown> {
  const maxLength = options.maxLength ?? 1_000_000;
  const script = element.querySelector(SELECTOR);
  if (script === null) return ok(undefined);
  const text = script.textContent ?? '';
  if (text.length > maxLength) return fail([createIssue('too_long', [], { maximum: maxLength }, options)]);
  if (text.trim() === '') return ok(undefined);
  try {
    return ok(JSON.parse(text) as unknown);
  } catch {
    return fail([createIssue('unreadable_input', [], undefined, options)]);
  }
}

/** The selector of the configuration child, for observers that watch it. */
export const INLINE_CONFIGURATION_SELECTOR = SELECTOR;
