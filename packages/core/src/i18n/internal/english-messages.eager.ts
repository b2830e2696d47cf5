// English issue messages where code size does not matter (Node, tests, servers): always at hand.
// A browser build resolves `#english-messages` to ./english-messages.on-demand.ts instead.
import type { MessageCatalogue } from '../message-template.js';
import { messagesEn } from '../messages-en.js';

/** The English catalogue; always loaded here. */
export function englishMessages(): MessageCatalogue | undefined {
  return messagesEn;
}

/** Nothing to load here: the catalogue is part of this module. */
export function loadEnglishMessages(): Promise<void> {
  return Promise.resolve();
}
