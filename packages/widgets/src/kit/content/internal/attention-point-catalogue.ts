// A module of its own so bundlers put the shipped catalogue, and the categories it is grouped by,
// in a chunk of their own.
export { ATTENTION_POINT_CATALOGUE, ATTENTION_POINT_CATEGORIES } from '@samspil/core';
