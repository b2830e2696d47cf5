import * as z from './schema/index.js';

/**
 * The documents Samspil's catalogues, templates and rules are drawn from. Each entry a catalogue
 * ships cites one, so a kommune can check the reasoning behind it.
 */
export const SOURCES = {
  'dignity-2018': 'DIGNITY (2018): model for the wellbeing of traumatised refugee families in deprived housing areas',
  'lg-insight-2018': 'LG Insight (2018): refugee children in vulnerable positions',
  'cfbu-2014': 'CFBU (2014): vulnerable families in deprived housing areas',
  'kl-2016': 'KL (2016): municipal paths to good integration',
  'cuf-2022': 'Center for Udsatte Flygtninge (2022/23): cross-sector collaboration on refugees with trauma',
  law: 'Danish law and standards (see the rule set for the paragraph)',
  samspil: 'Samspil (written by the project)',
} as const;

/** The id of one of the `SOURCES`, as a catalogue entry cites it. */
export const SourceId = z.enum(Object.keys(SOURCES) as [keyof typeof SOURCES, ...(keyof typeof SOURCES)[]]);
export type SourceId = z.infer<typeof SourceId>;

/** Where a catalogue entry, template or rule comes from: document and section or paragraph. */
export const SourceReference = z.strictObject({
  source: SourceId,
  section: z.string().check(z.minLength(1), z.maxLength(200)),
});
export type SourceReference = z.infer<typeof SourceReference>;
