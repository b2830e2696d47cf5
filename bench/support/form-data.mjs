// The family and actors the widget benchmarks fill the field-visit form with: six members (two
// parents, four children in different age bands), one needing an interpreter, and eight actors;
// and the pages the benchmarks serve it on, written the way a CMS page writes them.

export const family = {
  id: 'family-1',
  name: 'Familien Darwish',
  members: [
    { id: 'huda', givenName: 'Huda', role: 'parent', birthDate: '1987-05-12', languages: ['ar'], interpreterNeed: { language: 'ar', mode: 'in-person' } },
    { id: 'karim', givenName: 'Karim', role: 'parent', birthDate: '1984-09-30', languages: ['ar'] },
    { id: 'yara', givenName: 'Yara', role: 'child', birthDate: '2011-02-03', languages: ['ar'], custodyHolderIds: ['huda', 'karim'] },
    { id: 'omar', givenName: 'Omar', role: 'child', birthDate: '2016-08-20', languages: ['ar'], custodyHolderIds: ['huda', 'karim'] },
    { id: 'lina', givenName: 'Lina', role: 'child', birthDate: '2020-11-02', languages: ['ar'], custodyHolderIds: ['huda', 'karim'] },
    { id: 'adam', givenName: 'Adam', role: 'child', birthDate: '2021-12-10', languages: ['ar'], custodyHolderIds: ['huda', 'karim'] },
  ],
};
export const actors = Array.from({ length: 8 }, (_, index) => ({
  id: `actor-${index}`,
  kind: 'person',
  name: `Fagperson ${index}`,
  sector: index % 2 === 0 ? 'children-family-services' : 'school',
  authority: { id: 'ek', name: 'Eksempel Kommune', kind: 'municipality' },
  roles: ['professional'],
  contacts: [],
}));

/** A Danish page that loads `script` as a module, with `body` in it. */
export const benchPage = (script, body) => `<!doctype html><html lang="da"><head><meta charset="utf-8"><title>bench</title>
<script type="module" src="${script}"></script></head><body>${body}</body></html>`;

/** The form for a home visit with the bench family in its inline JSON block; `extra` adds attributes. */
export const formMarkup = (visitId, extra = '') =>
  `<samspil-field-visit-form ${extra}visit-id="${visitId}" family-id="family-1" kind="home" actor-id="actor-0"><script type="application/json">${JSON.stringify({ family, actors }).replace(/</g, '\\u003c')}</script></samspil-field-visit-form>`;
