// Configuration of `cem analyze` (the `manifest` script). The plugin tidies two things the analyzer
// infers beyond the classes' JSDoc: Lit's internal `state: true` fields are listed as attributes,
// and an event dispatched as an instance of its own class (whose constructor sets the name) shows
// up once more without a name. Both would mislead Storybook's controls and IDEs.

/** Drops attributes of private or protected fields, and events without a name. */
const tidyPublicApi = {
  name: 'samspil-public-api-only',
  packageLinkPhase({ customElementsManifest }) {
    for (const module of customElementsManifest.modules) {
      for (const declaration of module.declarations ?? []) {
        if (declaration.customElement !== true) continue;
        const internal = new Set((declaration.members ?? []).filter((member) => member.privacy === 'private' || member.privacy === 'protected').map((member) => member.name));
        declaration.attributes = (declaration.attributes ?? []).filter((attribute) => !internal.has(attribute.fieldName));
        for (const member of declaration.members ?? []) if (internal.has(member.name)) delete member.attribute;
        declaration.events = (declaration.events ?? []).filter((event) => typeof event.name === 'string' && event.name !== '');
      }
    }
  },
};

export default {
  globs: ['src/**/*.component.ts'],
  outdir: '.',
  litelement: true,
  plugins: [tidyPublicApi],
};
