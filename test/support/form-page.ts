// A CMS page with one field-visit form from cdn/samspil.js, for the Chromium tests that load the
// CDN build: the smallest family on which the form shows every section, and one caseworker.

export const SMALL_FAMILY = {
  id: 'family-1',
  name: 'Familien Darwish',
  members: [
    { id: 'huda', givenName: 'Huda', role: 'parent', birthDate: '1987-05-12', languages: ['ar'] },
    { id: 'adam', givenName: 'Adam', role: 'child', birthDate: '2021-12-10', languages: ['ar'], custodyHolderIds: ['huda'] },
  ],
};

export const CASEWORKERS = [
  { id: 'sara', kind: 'person', name: 'Sara', sector: 'children-family-services', authority: { id: 'ek', name: 'Eksempel Kommune', kind: 'municipality' }, roles: ['caseworker'], contacts: [] },
];

/** An inline JSON configuration block; `<` is escaped so the data cannot close its own `<script>`. */
export const jsonBlock = (value: unknown): string => `<script type="application/json">${JSON.stringify(value).replace(/</g, '\\u003c')}</script>`;

/** The page, with `attributes` (e.g. `autosave visit-id="v1"`) on the form besides family and actor. */
export const formPage = (attributes: string): string => `<!doctype html><html lang="da"><head><meta charset="utf-8"><title>Besøg</title>
<script type="module" src="/samspil.js"></script></head><body>
<samspil-field-visit-form ${attributes} family-id="family-1" actor-id="sara">${jsonBlock({ family: SMALL_FAMILY, actors: CASEWORKERS })}</samspil-field-visit-form>
</body></html>`;
