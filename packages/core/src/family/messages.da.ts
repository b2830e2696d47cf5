import type { MessageCatalogue } from '../i18n/message-template.js';

/** Danish messages for issues about families and their members. Codes are prefixed with the concept. */
export const familyMessagesDa = {
  family_birth_missing: 'Angiv fødselsdato eller i det mindste fødselsår.',
  family_birth_mismatch: 'Fødselsåret passer ikke med fødselsdatoen.',
  family_birth_date_range: 'Fødselsdatoen skal ligge mellem år {minimum} og {maximum}.',
  family_cpr_format: 'CPR-nummeret skal skrives som DDMMÅÅ-XXXX eller DDMMÅÅXXXX.',
  family_cpr_date: 'CPR-nummeret indeholder ikke en dato, der findes.',
  family_cpr_birth_mismatch: 'CPR-nummeret passer ikke med den angivne fødselsdato eller det angivne fødselsår.',
  family_custody_not_child: 'Forældremyndighed registreres kun på børn.',
  family_unaccompanied_not_child: 'Kun et barn kan registreres som uledsaget mindreårig.',
  family_unknown_custody_holder: 'Indehaveren af forældremyndigheden "{id}" er ikke medlem af familien.',
  family_custody_holder_is_child: '"{id}" er registreret som barn og kan ikke have forældremyndighed.',
  family_born_after_now: 'Fødselsdatoen ligger efter det angivne tidspunkt.',
  family_invalid_time_zone: 'Tidszonen kendes ikke.',
  family_not_a_child: '"{id}" er ikke registreret som barn i familien.',
} satisfies MessageCatalogue;
