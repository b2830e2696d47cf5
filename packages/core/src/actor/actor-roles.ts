import * as z from '../common/schema/index.js';
import { LocalizedText } from '../common/schemas.js';
import { SourceReference } from '../common/source-reference.js';
import { ActorRole } from './actor.schema.js';

/** One role with its labels and the source describing it. */
export const ActorRoleInfo = z.strictObject({
  id: ActorRole,
  label: LocalizedText,
  source: SourceReference,
});
export type ActorRoleInfo = z.infer<typeof ActorRoleInfo>;

/** Every role an actor can take in the collaboration around a family. */
export const ACTOR_ROLES: readonly ActorRoleInfo[] = [
  { id: 'caseworker', label: { da: 'Sagsbehandler', en: 'Caseworker' }, source: { source: 'kl-2016', section: 'Caseworkers, L594, L3750 (digest §4)' } },
  { id: 'coordinator', label: { da: 'Tovholder', en: 'Coordinator' }, source: { source: 'cuf-2022', section: 'Coordinator functions as a single entry point, L324–329 (digest §4)' } },
  { id: 'key-person', label: { da: 'Nøgleperson', en: 'Key person' }, source: { source: 'cuf-2022', section: 'Key persons in each sector, L324–329 (digest §4)' } },
  { id: 'note-taker', label: { da: 'Referent', en: 'Note-taker' }, source: { source: 'cuf-2022', section: 'Roles in a standard network-meeting format, L303–322 (digest §4)' } },
  { id: 'interpreter', label: { da: 'Tolk', en: 'Interpreter' }, source: { source: 'kl-2016', section: 'Interpreters, L874–1013 (digest §6)' } },
  { id: 'professional', label: { da: 'Fagperson', en: 'Professional' }, source: { source: 'dignity-2018', section: 'Professions in the competence courses, L3542–3585 (digest §3.3b)' } },
  { id: 'volunteer', label: { da: 'Frivillig', en: 'Volunteer' }, source: { source: 'kl-2016', section: 'Volunteers and network persons, L1049, L1750–1751 (digest §4)' } },
  { id: 'manager', label: { da: 'Leder', en: 'Manager' }, source: { source: 'cuf-2022', section: 'Management priority for collaboration, L269–279 (digest §4)' } },
];
