import type { LedgerBasisKindInfo } from './disclosure-ledger.schema.js';

/**
 * How each kind of disclosure basis is named and explained in a family's access report.
 * Kept as data so a kommune can reword it without touching logic.
 */
export const LEDGER_BASIS_KINDS: readonly LedgerBasisKindInfo[] = [
  {
    kind: 'consent',
    label: { da: 'Samtykke', en: 'Consent' },
    description: {
      da: 'Oplysningerne blev delt, fordi der forelå et samtykke, som nævner netop denne modtager, dette formål og disse slags oplysninger.',
      en: 'The information was shared because a consent naming this recipient, this purpose and these kinds of information was in place.',
    },
    source: { source: 'law', section: 'Forvaltningsloven § 28, stk. 2' },
  },
  {
    kind: 'statutory',
    label: { da: 'Hjemmel i loven', en: 'Provided for by law' },
    description: {
      da: 'En bestemt lovregel gav adgang til at dele oplysningerne uden samtykke. Henvisningen til reglen står ved hver registrering.',
      en: 'A specific legal provision allowed the information to be shared without consent. The provision is cited with each record.',
    },
    source: { source: 'law', section: 'Forvaltningsloven § 28, stk. 2' },
  },
  {
    kind: 'same-authority',
    label: { da: 'Inden for samme myndighed', en: 'Within the same authority' },
    description: {
      da: 'Afsender og modtager hører under den samme offentlige myndighed, hvor oplysninger kan deles i videre omfang end mellem myndigheder.',
      en: 'Sender and recipient belong to the same public authority, where information may be shared more widely than between authorities.',
    },
    source: { source: 'law', section: 'Forvaltningsloven § 28; databeskyttelsesforordningen art. 6' },
  },
  {
    kind: 'duty-to-notify',
    label: { da: 'Underretning', en: 'Notification of concern (underretning)' },
    description: {
      da: 'Oplysningerne indgik i en underretning om bekymring for et barn. Pligten til at underrette gælder, også når der ikke er samtykke.',
      en: 'The information was part of a notification of concern about a child. The duty to notify applies even where there is no consent.',
    },
    source: { source: 'law', section: 'Barnets Lov, underretningspligten (tidligere serviceloven § 153)' },
  },
];
