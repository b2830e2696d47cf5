/** A Danish catalogue core ships: its export name, its file and its codes. */
export interface DanishCatalogue {
  readonly name: string;
  readonly file: string;
  readonly codes: ReadonlySet<string>;
}

/** A module that names codes of some catalogue, or teaches one. */
export interface CodeUse {
  readonly file: string;
  readonly named: string[];
  readonly learned: string[];
  readonly catalogues: DanishCatalogue[];
}

export const CORE_SOURCE: string;
export const WIDGETS_SOURCE: string;
export function danishCatalogues(): DanishCatalogue[];
export function sourceModules(folder: string): string[];
export function scanModule(file: string): { literals: Set<string>; learned: Set<string> };
export function codeUse(folder: string): CodeUse[];
