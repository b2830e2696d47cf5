import type { Route } from './serve-in-chromium.mjs';

export const CDN_DIR: string;
export function cdnFiles(): string[];
export function cdnRoutes(prefix?: string): Record<string, Route>;
export function staticGraphOf(file: string): string[];
/** Every file `file` can ever load: its static and dynamic imports, transitively. */
export function reachableGraphOf(file: string): string[];
/** The exports of `file` that the build's other files import (its chunks' links into it). */
export function exportsImportedByOtherFiles(file: string): Set<string>;
