// A module of its own so bundlers put the shipped templates in a chunk of their own.
export { CHECKLIST_TEMPLATES } from '@samspil/core';
