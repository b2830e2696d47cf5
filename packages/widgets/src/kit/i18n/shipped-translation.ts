import { loadMessages } from '@samspil/core';
import { lazyContent } from '../content/lazy-content.js';
import { daKit } from './da/kit.js';
import type { KitTranslation, WidgetTermGroup, WidgetTranslation } from './widget-translation.js';

/**
 * The English terms: a chunk of their own, loaded the first time a widget is shown in English,
 * together with core's English issue messages (also a chunk of their own in browser builds).
 */
export const shippedEnglish = lazyContent<WidgetTranslation>(() =>
  Promise.all([import('./en.js'), loadMessages('en')]).then(([module]) => module.en),
);

/**
 * The translation Samspil ships for a primary language subtag, when it is at hand: Danish always,
 * English once its chunk has loaded (see {@link loadShippedTranslation}), `undefined` otherwise.
 */
export function shippedTranslation(language: string): (KitTranslation & Partial<Pick<WidgetTranslation, WidgetTermGroup>>) | undefined {
  if (language === 'da') return daKit;
  if (language === 'en') return shippedEnglish.current;
  return undefined;
}

/** Whether Samspil ships terms for a primary language subtag (loaded or not). */
export function isShippedLanguage(language: string): boolean {
  return language === 'da' || language === 'en';
}

/** Whether Samspil ships terms for the language but they have not loaded yet. */
export function isShippedTranslationMissing(language: string): boolean {
  return language === 'en' && shippedEnglish.current === undefined;
}

/** Starts loading a shipped language that is not at hand yet; `undefined` when there is nothing to load. */
export function loadShippedTranslation(language: string): Promise<boolean> | undefined {
  return isShippedTranslationMissing(language) ? shippedEnglish.load() : undefined;
}
