import type { MessageCatalogue } from '../i18n/message-template.js';

/** Danish messages for issues about actors. Codes are prefixed with the concept. */
export const actorMessagesDa = {
  actor_duplicate_role: 'Rollen "{role}" er angivet mere end én gang.',
  actor_contact_format: 'Kontaktoplysningen passer ikke til kanalen ({channel}).',
  actor_multiple_preferred_contacts: 'Kun én kontaktmulighed kan være den foretrukne.',
  actor_own_organisation: 'En aktør kan ikke være sin egen organisation.',
  actor_coordinator_ambiguous: 'Der er {count} tovholdere; der må kun være én.',
} satisfies MessageCatalogue;
