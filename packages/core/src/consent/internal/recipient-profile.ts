import type { ConsentRecipient } from '../consent.schema.js';
import type { Actor } from './peer.js';

/** What the gate knows about a receiving actor when matching it against a consent's recipients. */
export interface RecipientProfile {
  readonly actorId: string;
  readonly organisationId?: string | undefined;
  readonly authorityId?: string | undefined;
  readonly sector?: string | undefined;
}

export function profileOfActor(actor: Actor): RecipientProfile {
  return { actorId: actor.id, organisationId: actor.organisationId, authorityId: actor.authority?.id, sector: actor.sector };
}

/** Whether a consent recipient entry names this actor (directly, by organisation, authority or sector). */
export function recipientMatches(recipient: ConsentRecipient, profile: RecipientProfile): boolean {
  switch (recipient.kind) {
    case 'actor':
      return recipient.actorId === profile.actorId;
    case 'organisation':
      return recipient.organisationId === profile.organisationId || recipient.organisationId === profile.actorId;
    case 'authority':
      return profile.authorityId !== undefined && recipient.authorityId === profile.authorityId;
    case 'sector':
      return profile.authorityId !== undefined && recipient.authorityId === profile.authorityId && recipient.sector === profile.sector;
  }
}
