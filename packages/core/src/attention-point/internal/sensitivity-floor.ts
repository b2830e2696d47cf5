import { DATA_CATEGORIES, type DataCategory, type Sensitivity } from '../../consent/data-category.js';

const RANK: Readonly<Record<Sensitivity, number>> = { ordinary: 0, confidential: 1, special: 2, criminal: 2 };

const rankOf = (category: DataCategory): number => {
  const info = DATA_CATEGORIES.find((entry) => entry.id === category);
  return info === undefined ? 0 : RANK[info.sensitivity];
};

/**
 * Whether `chosen` protects at least as much as the catalogue's `floor`: a record may be marked
 * more sensitive than its catalogue entry (a note may reveal health details), never less.
 */
export function meetsSensitivityFloor(chosen: DataCategory, floor: DataCategory): boolean {
  return rankOf(chosen) >= rankOf(floor);
}
