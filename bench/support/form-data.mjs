// The family and actors the widget benchmarks fill the field-visit form with: six members (two
// parents, four children in different age bands), one needing an interpreter, and eight actors.

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
