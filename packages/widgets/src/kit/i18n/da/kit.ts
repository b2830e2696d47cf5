import type { KitTranslation } from '../widget-translation.js';

/** Danish terms every widget shares (errors, actions, drafts): the default and the fallback for any missing term. */
export const daKit: KitTranslation = {
  languageName: 'Dansk',

  errorConfigurationTitle: 'Indholdet kan ikke vises',
  errorConfigurationIntro: 'Opsætningen af denne del af siden har fejl, som portalens udviklere skal rette:',
  errorIssueCount: (count) => (count === 1 ? '1 fejl' : `${count} fejl`),
  errorIssueAt: (path, message) => (path === '' ? message : `${path}: ${message}`),
  errorRenderTitle: 'Noget gik galt',
  errorRenderBody: 'Denne del af siden kunne ikke vises. Prøv at genindlæse siden.',

  loading: 'Indlæser …',
  save: 'Gem',
  saved: 'Gemt',
  savedAt: (time) => `Gemt kl. ${time}`,
  cancel: 'Annullér',
  add: 'Tilføj',
  remove: 'Fjern',
  edit: 'Redigér',
  close: 'Luk',
  next: 'Næste',
  previous: 'Forrige',
  required: 'skal udfyldes',
  optional: 'valgfri',
  declinedToDiscuss: 'Familien ønsker ikke at tale om det',
  notNow: 'Ikke nu',
  progress: (done, total) => `${done} af ${total} færdige`,
  dueOn: (date) => `Frist ${date}`,
  overdue: 'Overskredet',
  overdueCount: (count) => (count === 1 ? '1 overskredet' : `${count} overskredne`),
  itemCount: (count) => (count === 1 ? '1 punkt' : `${count} punkter`),

  drafts: {
    saving: 'Gemmer …',
    savedLocally: (time) => `Gemt lokalt kl. ${time}`,
    savedQueued: (time) => `Gemt på enheden kl. ${time}. Sendes, når der er forbindelse igen.`,
    notSaved: (reason) => `Ikke gemt: ${reason} Det, du har skrevet, står her stadig.`,
    restored: (time) => `Din kladde fra kl. ${time} er hentet frem igen.`,
    updatedElsewhere: 'Kladden blev ændret i en anden fane, og ændringerne er hentet ind.',
    conflictTitle: 'Kladden er også ændret et andet sted',
    conflictIntro: (count) =>
      `${count === 1 ? 'Ét felt er' : `${count} felter er`} forskellige her og i den anden udgave. Vælg, hvad der skal gælde. Intet bliver overskrevet, før du har valgt.`,
    conflictField: (label) => `Felt: ${label}`,
    conflictBothChanged: 'Ændret begge steder',
    conflictMine: 'Behold det, der står her',
    conflictTheirs: 'Brug den anden udgave',
    conflictEmpty: '(tomt)',
    conflictApply: 'Brug de valgte udgaver',
    conflictChooseAll: (left) => (left === 1 ? 'Vælg for det sidste felt.' : `Vælg for de sidste ${left} felter.`),
    conflictResolved: 'Dine valg er gemt i kladden.',
  },
};
