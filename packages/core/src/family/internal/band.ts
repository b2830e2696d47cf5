import { AGE_BANDS, type AgeBand } from '../age-bands.js';

/** The band a number of completed years falls in; the catalogue has no gaps from 0 upward. */
export function bandForYears(years: number): AgeBand {
  for (const band of AGE_BANDS) {
    if (years >= band.minYears && (band.maxYears === null || years <= band.maxYears)) return band.id;
  }
  return '0-4';
}
