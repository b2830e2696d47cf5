import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { applyFieldChoices, fieldKey } from './apply-field-choices.js';
import { fieldDifferences, same } from './field-differences.js';

const base = {
  place: 'Hjemme',
  updatedAt: '2026-03-02T10:00:00Z',
  interpreter: { language: 'ar', mode: 'in-person' },
  agreements: [
    { id: 'a-1', action: 'Ring til skolen' },
    { id: 'a-2', action: 'Book tolk' },
  ],
};

describe('fieldDifferences and applyFieldChoices', () => {
  it('finds changed fields, row by row, and suggests the side that changed alone', () => {
    const mine = { ...base, place: 'Skolen', updatedAt: 'x', agreements: [{ id: 'a-1', action: 'Ring til skolen' }, { id: 'a-2', action: 'Book tolk til fredag' }] };
    const theirs = { ...base, interpreter: { language: 'ar', mode: 'phone' }, agreements: [...base.agreements, { id: 'a-3', action: 'Send referat' }] };
    const differences = fieldDifferences(mine, theirs, base, { ignore: ['updatedAt'] });
    expect(differences.map((difference) => [difference.path.join('.'), difference.suggested])).to.deep.equal([
      ['place', 'mine'],
      ['interpreter.mode', 'theirs'],
      ['agreements.a-2.action', 'mine'],
      ['agreements.a-3', 'theirs'],
    ]);
    const choices = new Map(differences.map((difference) => [fieldKey(difference.path), difference.suggested ?? 'mine'] as const));
    const merged = applyFieldChoices(mine, differences, choices);
    expect(merged.place).to.equal('Skolen');
    expect(merged.interpreter).to.deep.equal({ language: 'ar', mode: 'phone' });
    expect(merged.agreements.map((row) => row.action)).to.deep.equal(['Ring til skolen', 'Book tolk til fredag', 'Send referat']);
    expect(mine.agreements).to.have.length(2);
  });

  it('leaves the choice to the person when both sides changed the same field', () => {
    const [difference] = fieldDifferences({ place: 'A' }, { place: 'B' }, { place: 'O' });
    expect(difference?.suggested).to.equal(undefined);
    expect(fieldDifferences({ place: 'A' }, { place: 'A' }, { place: 'O' })).to.deep.equal([]);
  });

  it('removes a row or key chosen from a copy that no longer has it', () => {
    const mine = { note: 'x', rows: [{ id: 'r1', text: 'a' }, { id: 'r2', text: 'b' }] };
    const theirs = { rows: [{ id: 'r1', text: 'a' }] };
    const differences = fieldDifferences(mine, theirs, mine);
    const all = new Map(differences.map((difference) => [fieldKey(difference.path), 'theirs' as const]));
    expect(applyFieldChoices(mine, differences, all)).to.deep.equal(theirs);
  });

  it('never writes through __proto__', () => {
    const hostile = JSON.parse('{"__proto__": {"polluted": true}, "place": "x"}') as Record<string, unknown>;
    const differences = fieldDifferences({ place: 'y' }, hostile, undefined);
    const merged = applyFieldChoices({ place: 'y' }, differences, new Map(differences.map((d) => [fieldKey(d.path), 'theirs' as const])));
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    expect(Object.getPrototypeOf(merged)).to.equal(Object.prototype);
  });

  it('choosing every field from one side gives that side (property)', () => {
    const row = fc.record({ id: fc.constantFrom('r1', 'r2', 'r3'), text: fc.string({ maxLength: 5 }) });
    const doc = fc.record({
      place: fc.option(fc.string({ maxLength: 5 }), { nil: undefined }),
      count: fc.integer({ min: 0, max: 3 }),
      nested: fc.record({ a: fc.string({ maxLength: 3 }), b: fc.boolean() }),
      rows: fc.uniqueArray(row, { selector: (entry) => entry.id, maxLength: 3 }),
      tags: fc.array(fc.string({ maxLength: 2 }), { maxLength: 3 }),
    });
    fc.assert(
      fc.property(doc, doc, doc, (mine, theirs, origin) => {
        const clean = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
        const [m, t, o] = [clean(mine), clean(theirs), clean(origin)];
        const differences = fieldDifferences(m, t, o);
        const toTheirs = applyFieldChoices(m, differences, new Map(differences.map((d) => [fieldKey(d.path), 'theirs' as const])));
        const toMine = applyFieldChoices(m, differences, new Map());
        const sortRows = (value: { rows: { id: string }[] }) => ({ ...value, rows: [...value.rows].sort((x, y) => x.id.localeCompare(y.id)) });
        return same(sortRows(clean(toTheirs)), sortRows(t)) && same(toMine, m);
      }),
      { numRuns: 300 },
    );
  });
});
