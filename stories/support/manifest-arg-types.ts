/// <reference types="vite/client" />
// What the docs table needs from custom-elements.json beyond Storybook's own extraction, which
// lists every class member (private ones too), offers a control for every row and drops the
// unnamed default slot.
import type { ArgTypes } from '@storybook/web-components-vite';

interface Entry {
  readonly name?: string;
  readonly description?: string;
  readonly kind?: string;
  readonly privacy?: string;
  readonly static?: boolean;
  readonly fieldName?: string;
}

interface Declaration {
  readonly tagName?: string;
  readonly members?: readonly Entry[];
  readonly attributes?: readonly Entry[];
  readonly slots?: readonly Entry[];
  readonly cssProperties?: readonly Entry[];
  readonly cssParts?: readonly Entry[];
  readonly events?: readonly Entry[];
}

const manifests = import.meta.glob<{ modules: readonly { declarations?: readonly Declaration[] }[] }>('../../packages/widgets/custom-elements.json', {
  eager: true,
  import: 'default',
});

function declarationOf(tagName: string): Declaration {
  const manifest = Object.values(manifests)[0];
  if (manifest === undefined) throw new Error('packages/widgets/custom-elements.json is missing: run `pnpm build` first.');
  const declaration = manifest.modules.flatMap((module) => module.declarations ?? []).find((candidate) => candidate.tagName === tagName);
  if (declaration === undefined) throw new Error(`custom-elements.json does not describe <${tagName}>`);
  return declaration;
}

const named = (entries: readonly Entry[] | undefined): string[] => (entries ?? []).flatMap((entry) => (entry.name === undefined || entry.name === '' ? [] : [entry.name]));

/**
 * Arg types for `tagName` that complete Storybook's extraction from the manifest: private,
 * protected and static members (and attributes the analyzer derived from private state) are
 * hidden; no row has a control (a story file gives controls to the args its template binds,
 * so no control sets something the story ignores); the unnamed default slot is listed under
 * "slots" with its description.
 */
export function manifestArgTypes(tagName: string): Partial<ArgTypes> {
  const declaration = declarationOf(tagName);
  const hidden = (declaration.members ?? []).filter((member) => member.privacy === 'private' || member.privacy === 'protected' || member.static === true);
  // Storybook keys rows by name alone: a private field named like a part (`progress`) must not hide the part.
  const shown = new Set([...named(declaration.cssProperties), ...named(declaration.cssParts), ...named(declaration.slots), ...named(declaration.events)]);
  const hiddenNames = new Set(named(hidden).filter((name) => !shown.has(name)));
  const argTypes: Partial<ArgTypes> = {};
  for (const name of [...named(declaration.members), ...named(declaration.attributes), ...named(declaration.cssProperties), ...named(declaration.cssParts)]) {
    argTypes[name] = { control: false };
  }
  for (const name of hiddenNames) argTypes[name] = { table: { disable: true } };
  for (const attribute of declaration.attributes ?? []) {
    if (attribute.name !== undefined && attribute.fieldName !== undefined && hiddenNames.has(attribute.fieldName)) argTypes[attribute.name] = { table: { disable: true } };
  }
  const defaultSlot = (declaration.slots ?? []).find((slot) => slot.name === '');
  if (defaultSlot !== undefined) {
    argTypes['default slot'] = { name: '(default)', description: defaultSlot.description ?? '', control: false, table: { category: 'slots', type: { summary: 'script[type="application/json"]' } } };
  }
  return argTypes;
}
