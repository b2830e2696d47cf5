import type { MessageCatalogue } from '../i18n/message-template.js';

/** Danish messages for issues from the store adapters. Codes are prefixed with the concept. */
export const storeMessagesDa = {
  store_conflict:
    'Posten "{id}" er blevet ændret et andet sted (version {actualVersion}, du arbejdede på version {expectedVersion}). Intet er overskrevet, og din tekst er gemt her. Se forskellene og vælg, hvad der skal gælde.',
  store_not_found: 'Posten "{id}" findes ikke (længere) i "{collection}".',
  store_unavailable: 'Der er ingen forbindelse til lageret lige nu. Din tekst er ikke tabt; prøv igen om lidt.',
  store_server_refused: 'Serveren afviste ændringen (status {status}). Din tekst er stadig her, så du kan prøve igen.',
  store_quota_exceeded: 'Der er ikke mere plads til at gemme lokalt. Din tekst står stadig på skærmen; frigør plads eller gem den et andet sted.',
  store_blocked: 'Browseren tillader ikke at gemme lokalt (fx i privat tilstand). Din tekst står stadig på skærmen.',
  store_decryption_failed: 'En gemt kladde kunne ikke låses op og er ikke vist. Intet andet er ændret.',
  store_invalid_response: 'Serveren svarede med noget, der ikke kunne læses. Intet er overskrevet, og din tekst er gemt her.',
  store_value_invalid: 'Posten kan ikke gemmes: den skal være et almindeligt objekt med tekst, tal, sandhedsværdier, lister og objekter.',
  store_value_too_large: 'Posten er for stor til at gemme (højst {maximum} tegn).',
  store_transaction_failed: 'Ændringerne blev ikke gemt, fordi én af dem ikke kunne gennemføres. Intet er ændret.',
  store_transaction_closed: 'Transaktionen er allerede afsluttet; start en ny.',
  store_query_invalid: 'Søgningen kunne ikke udføres: angiv en funktion eller et filter med felter og værdier.',
  store_option_invalid: 'Indstillingen "{option}" til lageret er ugyldig.',
} satisfies MessageCatalogue;
