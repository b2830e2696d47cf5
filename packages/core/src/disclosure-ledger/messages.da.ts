import type { MessageCatalogue } from '../i18n/message-template.js';

/** Danish messages for issues about the disclosure ledger. Codes are prefixed with `ledger_`. */
export const disclosureLedgerMessagesDa = {
  ledger_time_order:
    'Videregivelsen er dateret {at}, men loggens seneste registrering er fra {lastAt}. Loggen kan kun føres fremad i tid.',
  ledger_duplicate_entry: 'En videregivelse med id "{id}" står allerede i loggen.',
  ledger_broken: 'Loggen kan ikke udvides, fordi kæden af registreringer er brudt ved nr. {sequence}. Undersøg loggen, før der tilføjes mere.',
  ledger_not_json: 'Værdien kan ikke gemmes som almindelig JSON (kun tekst, tal, ja/nej, null, lister og objekter).',
} satisfies MessageCatalogue;
