import type { MessageTemplate } from '../i18n/message-template.js';
import type { commonMessagesDa } from './messages.da.js';

/** English messages for issues any schema can report. */
export const commonMessagesEn = {
  required: 'This field is required.',
  invalid_type: 'The value has the wrong type (expected {expected}).',
  too_short: (p) => (p.minimum === 1 ? 'This field must not be empty.' : `Enter at least ${p.minimum} characters.`),
  too_long: 'Enter at most {maximum} characters.',
  too_small: 'The value must be at least {minimum}.',
  too_big: 'The value must be at most {maximum}.',
  too_few: (p) => (p.minimum === 1 ? 'Add at least one item.' : `Add at least ${p.minimum} items.`),
  too_many: 'There may be at most {maximum} items.',
  invalid_format: 'The value does not have the expected format ({format}).',
  invalid_date: 'Enter a valid date as YYYY-MM-DD.',
  invalid_datetime: 'Enter a valid time (ISO 8601 with a time zone).',
  invalid_option: 'Choose one of the allowed values.',
  unknown_key: 'The field "{key}" is not known.',
  invalid_union: 'The value matches none of the allowed shapes.',
  invalid_value: 'The value is not valid.',
  duplicate_id: 'The id "{id}" is used more than once.',
  unknown_reference: 'The reference "{id}" does not exist.',
  unreadable_input: 'The input could not be read.',
  invalid_now: 'The current time is missing or invalid.',
  date_order: 'The end date is before the start date.',
} satisfies Record<keyof typeof commonMessagesDa, MessageTemplate>;
