import { allDanishMessages } from '#danish-messages';
import type { MessageTemplate } from '../message-template.js';
import { knownMessage } from './known-messages.js';

/** The Danish message for a code: a taught one, else the whole catalogue's where it is at hand. */
export function danishMessage(code: string): MessageTemplate | undefined {
  return knownMessage(code) ?? allDanishMessages()?.[code];
}
