// A module of its own so bundlers put the shipped catalogue in a chunk of its own.
export { ATTENTION_POINT_CATALOGUE } from '@samspil/core';
