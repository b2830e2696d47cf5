// Every Danish issue message where code size does not matter (Node, tests, servers): always at
// hand. A browser build resolves `#danish-messages` to ./danish-messages.on-demand.ts instead.
import type { MessageCatalogue } from '../message-template.js';
import { messagesDa } from '../messages-da.js';

/** The whole Danish catalogue; always loaded here. */
export function allDanishMessages(): MessageCatalogue | undefined {
  return messagesDa;
}

/** Nothing to load here: the catalogue is part of this module. */
export function loadAllDanishMessages(): Promise<void> {
  return Promise.resolve();
}
