import * as z from '../common/schema/index.js';
import type { LocalizedText } from '../common/schemas.js';
import type { SourceReference } from '../common/source-reference.js';

/** Kinds of information a consent or a disclosure covers; the gate decides per category. */
export const DataCategory = z.enum(['general', 'social', 'health', 'ethnic-origin-religion', 'criminal', 'purely-private']);
export type DataCategory = z.infer<typeof DataCategory>;

/**
 * How carefully a category must be handled: `ordinary` personal data; `confidential` (social
 * problems, purely private matters); `special` categories of GDPR art. 9; `criminal` (art. 10).
 */
export const Sensitivity = z.enum(['ordinary', 'confidential', 'special', 'criminal']);
export type Sensitivity = z.infer<typeof Sensitivity>;

/**
 * One entry of `DATA_CATEGORIES`: a category, how sensitive it is, its label and its legal source.
 */
export interface DataCategoryInfo {
  readonly id: DataCategory;
  readonly sensitivity: Sensitivity;
  readonly label: LocalizedText;
  readonly source: SourceReference;
}

/** Every data category with its sensitivity and the rule it comes from. */
export const DATA_CATEGORIES: readonly DataCategoryInfo[] = [
  {
    id: 'general',
    sensitivity: 'ordinary',
    label: { da: 'Almindelige oplysninger (navn, kontakt, aftaler)', en: 'General information (name, contact, appointments)' },
    source: { source: 'law', section: 'GDPR art. 6' },
  },
  {
    id: 'social',
    sensitivity: 'confidential',
    label: { da: 'Sociale forhold', en: 'Social circumstances' },
    source: { source: 'law', section: 'Databeskyttelsesloven § 8; forvaltningsloven § 28' },
  },
  {
    id: 'health',
    sensitivity: 'special',
    label: { da: 'Helbredsoplysninger', en: 'Health information' },
    source: { source: 'law', section: 'GDPR art. 9' },
  },
  {
    id: 'ethnic-origin-religion',
    sensitivity: 'special',
    label: { da: 'Etnisk oprindelse og religion', en: 'Ethnic origin and religion' },
    source: { source: 'law', section: 'GDPR art. 9' },
  },
  {
    id: 'criminal',
    sensitivity: 'criminal',
    label: { da: 'Strafbare forhold', en: 'Criminal matters' },
    source: { source: 'law', section: 'GDPR art. 10; databeskyttelsesloven § 8' },
  },
  {
    id: 'purely-private',
    sensitivity: 'confidential',
    label: { da: 'Rent private forhold', en: 'Purely private matters' },
    source: { source: 'law', section: 'Databeskyttelsesloven § 8; forvaltningsloven § 28' },
  },
];
