import type { MessageCatalogue } from '../i18n/message-template.js';

/** Danish messages for issues about attention points. Codes are prefixed with the concept. */
export const attentionPointMessagesDa = {
  attention_point_catalogue_duplicate_code: 'Koden "{entryCode}" findes allerede i kataloget.',
  attention_point_catalogue_duplicate_age_band: 'Samme aldersgruppe står flere gange.',
  attention_point_catalogue_kind_mismatch: 'Typen (ressource eller bekymring) passer ikke til kategorien.',
  attention_point_unknown_code: 'Opmærksomhedspunktet "{code}" findes ikke i kataloget.',
  attention_point_not_found: 'Der er intet opmærksomhedspunkt med id "{id}".',
  attention_point_age_band_mismatch: 'Opmærksomhedspunktet "{code}" gælder ikke for aldersgruppen {ageBand}.',
  attention_point_family_mismatch: 'Opmærksomhedspunktet hører til en anden familie end "{familyId}".',
  attention_point_level_mismatch: (p) =>
    p.kind === 'resource'
      ? 'En ressource har niveauet "resource".'
      : 'En bekymring skal have niveauet "observation", "concern" eller "serious".',
  attention_point_sensitivity_lowered: 'Følsomheden kan ikke sættes lavere end katalogets "{minimum}".',
  attention_point_resolution_mismatch: 'Et afsluttet opmærksomhedspunkt skal have en afslutning, og kun et afsluttet må have en.',
  attention_point_observed_in_future: 'Observationsdatoen ligger efter i dag.',
  attention_point_already_resolved: 'Opmærksomhedspunktet er allerede afsluttet.',
  attention_point_no_changes: 'Der er ingen ændringer at gemme.',
  attention_point_query_conflict: 'Vælg enten en person eller kun familien, ikke begge.',
} satisfies MessageCatalogue;
