import type { WidgetTranslation } from './widget-translation.js';

/** English (British spelling, matching the date-fns `enGB` locale used for dates). */
export const en: WidgetTranslation = {
  languageName: 'English',

  errorConfigurationTitle: 'This content cannot be shown',
  errorConfigurationIntro: 'The set-up of this part of the page has errors for the portal’s developers to fix:',
  errorIssueCount: (count) => (count === 1 ? '1 error' : `${count} errors`),
  errorIssueAt: (path, message) => (path === '' ? message : `${path}: ${message}`),
  errorRenderTitle: 'Something went wrong',
  errorRenderBody: 'This part of the page could not be shown. Try reloading the page.',

  loading: 'Loading…',
  save: 'Save',
  saved: 'Saved',
  savedAt: (time) => `Saved at ${time}`,
  cancel: 'Cancel',
  add: 'Add',
  remove: 'Remove',
  edit: 'Edit',
  close: 'Close',
  next: 'Next',
  previous: 'Previous',
  required: 'required',
  optional: 'optional',
  declinedToDiscuss: 'The family prefers not to talk about this',
  notNow: 'Not now',
  progress: (done, total) => `${done} of ${total} done`,
  dueOn: (date) => `Due ${date}`,
  overdue: 'Overdue',
  overdueCount: (count) => `${count} overdue`,
  itemCount: (count) => (count === 1 ? '1 item' : `${count} items`),
};
