/** Settings kept for code written for zod's `z.config()`; the lean layer never generates code, so `jitless` changes nothing. */
export interface Config {
  jitless?: boolean;
}

const settings: Config = {};

/** Merges `update` into the settings and answers them. */
export function config(update?: Config): Config {
  if (update !== undefined) Object.assign(settings, update);
  return settings;
}
