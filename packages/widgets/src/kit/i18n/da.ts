import type { WidgetTranslation } from './widget-translation.js';

/** Danish: the default language of every widget and the fallback for any missing term. */
export const da: WidgetTranslation = {
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
};
