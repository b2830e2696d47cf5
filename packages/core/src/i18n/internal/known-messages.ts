import type { MessageCatalogue, MessageTemplate } from '../message-template.js';

// The Danish messages this bundle has been taught (decision 0012). A module that raises a concept's
// issue codes teaches that concept's catalogue when it is evaluated, so a bundle holds the messages
// of exactly the concepts whose code it holds.
const known = new Map<string, MessageTemplate>();
const taught = new WeakSet<MessageCatalogue>();

/** Adds catalogues to the known messages; a catalogue taught before is skipped. */
export function rememberMessages(catalogues: readonly MessageCatalogue[]): void {
  for (const catalogue of catalogues) {
    if (taught.has(catalogue)) continue;
    taught.add(catalogue);
    for (const [code, template] of Object.entries(catalogue)) known.set(code, template);
  }
}

/** The Danish message taught for a code, if any. */
export function knownMessage(code: string): MessageTemplate | undefined {
  return known.get(code);
}
