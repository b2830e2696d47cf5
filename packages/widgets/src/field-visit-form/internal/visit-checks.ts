// What the form needs to check a visit and place what core reports, in a module of its own so
// bundlers load it as a chunk beside the shipped catalogue: core's submit rules, the catalogue
// lookups and the mapping of issues to fields. The form shows every field without it and fetches it
// at once (decision 0014).
export { submitFieldVisit } from '@samspil/core';
export { bandCatalogue, catalogueForChecking } from './catalogue-cache.js';
export { fieldKeyForIssue } from './field-key-for-issue.js';
