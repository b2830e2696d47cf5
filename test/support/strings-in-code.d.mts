/** The string literals and template texts of a module's code (comments and identifiers do not count). */
export function stringsInCode(code: string): Set<string>;
