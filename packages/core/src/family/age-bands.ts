import * as z from '../common/schema/index.js';
import { LocalizedText } from '../common/schemas.js';
import { SourceReference } from '../common/source-reference.js';

/**
 * The age bands attention points and guides are grouped by. The sources describe children's
 * trauma reactions for under-5s, 6–12-year-olds and teenagers; five-year-olds fall between those,
 * so Samspil gives them a band of their own instead of silently picking a side.
 */
export const AgeBand = z.enum(['0-4', '5', '6-12', '13-17', '18+']);
export type AgeBand = z.infer<typeof AgeBand>;

/** One age band: its range in completed years (`maxYears: null` is open-ended), label and source. */
export const AgeBandInfo = z.strictObject({
  id: AgeBand,
  minYears: z.int().check(z.minimum(0)),
  maxYears: z.nullable(z.int().check(z.minimum(0))),
  label: LocalizedText,
  source: SourceReference,
});
export type AgeBandInfo = z.infer<typeof AgeBandInfo>;

/** Every age band, youngest first, without gaps or overlaps. */
export const AGE_BANDS: readonly AgeBandInfo[] = [
  {
    id: '0-4',
    minYears: 0,
    maxYears: 4,
    label: { da: 'Små børn (0–4 år)', en: 'Young children (0–4 years)' },
    source: { source: 'lg-insight-2018', section: 'Reactions in children under 5, L335–339 (digest §2.3, §3.4)' },
  },
  {
    id: '5',
    minYears: 5,
    maxYears: 5,
    label: { da: 'Femårige (mellem småbørns- og skolealder)', en: 'Five-year-olds (between early childhood and school age)' },
    source: { source: 'lg-insight-2018', section: 'Age 5 lies between the bands of L335–355 (digest §2.3, §9.1); band set by Samspil' },
  },
  {
    id: '6-12',
    minYears: 6,
    maxYears: 12,
    label: { da: 'Skolebørn (6–12 år)', en: 'School-age children (6–12 years)' },
    source: { source: 'lg-insight-2018', section: 'Reactions in children aged 6–12, L342–346 (digest §3.4)' },
  },
  {
    id: '13-17',
    minYears: 13,
    maxYears: 17,
    label: { da: 'Unge (13–17 år)', en: 'Teenagers (13–17 years)' },
    source: { source: 'lg-insight-2018', section: 'Reactions in teenagers, L349–355; target group aged 0–17, L52 (digest §2.3, §3.4)' },
  },
  {
    id: '18+',
    minYears: 18,
    maxYears: null,
    label: { da: 'Voksne (18 år og derover)', en: 'Adults (18 and over)' },
    source: { source: 'dignity-2018', section: 'Signs in adults and parents (digest §3.6)' },
  },
];
