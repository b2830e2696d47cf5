// The lean schema layer against zod/mini: each schema below is built twice from one description
// (both namespaces have the same API), then valid, near-valid and hostile inputs go through both.
// They must agree on throwing, on success, on the output (value and key order) and on every issue.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as zod from 'zod/mini';
import { inputsFor, outcome, trickyObjects } from './differential.fixtures.js';
import * as lean from './index.js';

type Z = typeof lean;
type Description = (z: Z) => lean.Schema<unknown, unknown>;

const id = (z: Z) => z.string().check(z.minLength(1), z.maxLength(128), z.regex(/^[A-Za-z0-9._:-]+$/));
const shortText = (z: Z) => z.string().check(z.minLength(1), z.maxLength(200));
const languageTag = (z: Z) => z.string().check(z.regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/));
const localized = (z: Z) => z.strictObject({ da: shortText(z), en: shortText(z) });

interface Case {
  readonly name: string;
  readonly build: Description;
  readonly valid: readonly unknown[];
  /** More starting points, known to fail. */
  readonly invalid?: readonly unknown[];
}

const person = {
  id: 'p1',
  givenName: 'Amal',
  role: 'child',
  birthYear: 2016,
  birthDate: '2016-02-29',
  languages: ['ar', 'fa-AF'],
  interpreterNeed: { language: 'ar', mode: 'video' },
  custodyHolderIds: ['p2'],
  extensions: { 'eksempel:note': { any: ['thing'] } },
};

const cases: Case[] = [
  { name: 'an id: length checks and a pattern', build: id, valid: ['a', 'family-1', 'x'.repeat(128)] },
  { name: 'a date and an instant with offset', build: (z) => z.strictObject({ on: z.iso.date(), at: z.iso.datetime({ offset: true }) }), valid: [{ on: '2024-02-29', at: '2026-03-01T09:30:00.5+01:00' }, { on: '2000-02-29', at: '2026-03-01T09:30:00Z' }] },
  { name: 'an instant without offset', build: (z) => z.iso.datetime(), valid: ['2026-03-01T09:30:00Z'] },
  {
    name: 'a person: optional keys, enum, int with bounds, nested strict object, record, refinements',
    build: (z) =>
      z
        .strictObject({
          id: id(z),
          givenName: shortText(z),
          familyName: z.optional(shortText(z)),
          role: z.enum(['parent', 'child', 'relative']),
          birthYear: z.optional(z.int().check(z.minimum(1900), z.maximum(2100))),
          birthDate: z.optional(z.iso.date()),
          languages: z.array(languageTag(z)).check(z.minLength(1), z.maxLength(10)),
          interpreterNeed: z.optional(z.strictObject({ language: languageTag(z), mode: z.enum(['phone', 'video', 'in-person']) })),
          custodyHolderIds: z.optional(z.array(id(z)).check(z.maxLength(4))),
          unaccompaniedMinor: z.optional(z.boolean()),
          extensions: z.optional(z.record(z.string().check(z.maxLength(128)), z.unknown())),
        })
        .check(
          z.superRefine((value, ctx) => {
            if (value.role !== 'child' && value.custodyHolderIds !== undefined) {
              ctx.issues.push({ code: 'custom', params: { code: 'person_custody_on_adult' }, path: ['custodyHolderIds'], input: value });
            }
            if (value.birthDate !== undefined && value.birthYear !== undefined && !value.birthDate.startsWith(String(value.birthYear))) {
              ctx.issues.push({ code: 'custom', params: { code: 'person_birth_mismatch', year: value.birthYear }, path: ['birthYear'], input: value });
            }
          }),
          z.refine((value) => value.languages.length < 3, { params: { code: 'too_many_languages' }, path: ['languages'] }),
        ),
    valid: [person, { id: 'p2', givenName: 'Rima', role: 'parent', languages: ['ar'] }],
  },
  {
    name: 'checks in order, a failed refine not stopping the next, an aborting one stopping it',
    build: (z) =>
      z.string().check(
        z.refine((value) => value.length % 2 === 0, { params: { code: 'odd' } }),
        z.minLength(3),
        z.refine((value) => !value.includes('!'), { params: { code: 'bang' }, abort: true }),
        z.maxLength(5),
        z.refine((value) => value !== 'abcd'),
      ),
    valid: ['abcz', 'xxxx'],
    invalid: ['abcd', 'abcdef', 'ab!', 'a!', 'a'],
  },
  {
    name: 'a list with size checks before a refinement (too long is one issue, items unread)',
    build: (z) =>
      z.array(z.strictObject({ id: id(z), done: z.boolean() })).check(
        z.minLength(1),
        z.maxLength(3),
        z.superRefine((items, ctx) => {
          const seen = new Set<string>();
          items.forEach((item, index) => {
            if (seen.has(item.id)) ctx.issues.push({ code: 'custom', params: { code: 'duplicate_id', id: item.id }, path: [index, 'id'], input: items });
            seen.add(item.id);
          });
        }),
      ),
    valid: [[{ id: 'a', done: false }], [{ id: 'a', done: true }, { id: 'b', done: false }, { id: 'c', done: true }]],
  },
  {
    name: 'a draft: defaults (one a discriminator), partial and extend, nullable, readonly',
    build: (z) => {
      const observation = z.strictObject({ text: shortText(z), category: z.enum(['health', 'school']) });
      const draft = z.strictObject({
        id: id(z),
        status: z._default(z.literal('draft'), 'draft'),
        visitors: z._default(z.array(id(z)).check(z.maxLength(3)), []),
        observations: z._default(z.array(z.extend(z.partial(observation), { id: id(z) })).check(z.maxLength(3)), []),
        interpreter: z.optional(z.partial(z.strictObject({ language: languageTag(z), actorId: id(z) }))),
        dueDate: z.nullable(z.iso.date()),
        history: z.optional(z.readonly(z.array(shortText(z)).check(z.maxLength(2)))),
      });
      const submitted = z.extend(draft, { status: z.literal('submitted'), place: shortText(z) });
      return z.discriminatedUnion('status', [draft, submitted]);
    },
    valid: [
      { id: 'v1', dueDate: null },
      { id: 'v1', status: 'draft', visitors: ['a'], observations: [{ id: 'o1' }, { id: 'o2', text: 'Sover dårligt', category: 'health' }], dueDate: '2026-03-02', history: ['x'] },
      { id: 'v2', status: 'submitted', place: 'Hjemme', interpreter: { language: 'ar' }, dueDate: null },
    ],
  },
  {
    name: 'a discriminated union on booleans and on kinds',
    build: (z) =>
      z.strictObject({
        decision: z.discriminatedUnion('permitted', [
          z.strictObject({ permitted: z.literal(true), bases: z.array(id(z)).check(z.minLength(1)) }),
          z.strictObject({ permitted: z.literal(false), reasons: z.array(shortText(z)) }),
        ]),
        recipient: z.discriminatedUnion('kind', [
          z.strictObject({ kind: z.literal('actor'), actorId: id(z) }),
          z.strictObject({ kind: z.literal('sector'), authorityId: id(z), sector: z.enum(['school', 'health']) }),
        ]),
      }),
    valid: [
      { decision: { permitted: true, bases: ['b1'] }, recipient: { kind: 'actor', actorId: 'a1' } },
      { decision: { permitted: false, reasons: ['Ingen samtykke'] }, recipient: { kind: 'sector', authorityId: 'k1', sector: 'school' } },
    ],
  },
  {
    name: 'unions: a literal or a list, scalars, and two objects',
    build: (z) =>
      z.strictObject({
        sectors: z.union([z.literal('any'), z.array(z.enum(['school', 'health'])).check(z.minLength(1), z.maxLength(2))]),
        filter: z.record(z.string().check(z.maxLength(128)), z.union([z.string(), z.number(), z.boolean(), z.null()])),
        recipient: z.union([
          z.strictObject({ profile: shortText(z), sector: z.enum(['school', 'health']) }),
          z.strictObject({ id: id(z), name: shortText(z), roles: z.array(z.enum(['teacher'])).check(z.maxLength(2)) }),
        ]),
      }),
    valid: [
      { sectors: 'any', filter: { familyId: 'f1', version: 2, open: true, owner: null }, recipient: { profile: 'Lærer', sector: 'school' } },
      { sectors: ['school'], filter: {}, recipient: { id: 'a1', name: 'Mette', roles: ['teacher'] } },
    ],
  },
  {
    name: 'records: keys checked (symbols too), values checked, refined on size',
    build: (z) =>
      z.strictObject({
        anchors: z.record(id(z), z.iso.date()),
        terms: z
          .record(languageTag(z), z.record(z.string().check(z.maxLength(10), z.regex(/^[a-zA-Z][a-zA-Z0-9]*$/)), shortText(z)))
          .check(z.refine((value: unknown) => value !== null && typeof value === 'object' && Object.keys(value).length <= 2, { params: { code: 'too_many', maximum: 2 } })),
      }),
    valid: [{ anchors: { arrival: '2026-01-05' }, terms: { da: { hello: 'Hej' }, en: { hello: 'Hello', bye: 'Bye' } } }, { anchors: {}, terms: {} }],
  },
  {
    name: 'stripping, loose and strict objects; unknown values that must be present',
    build: (z) =>
      z.object({
        page: z.object({ records: z.array(z.unknown()).check(z.maxLength(3)), next: z.nullable(id(z)) }),
        record: z.looseObject({ id: id(z), label: z.optional(localized(z)) }),
        config: z.strictObject({ family: z.unknown(), actors: z.optional(z.unknown()) }),
      }),
    valid: [
      { page: { records: [1, 'a', null], next: null }, record: { id: 'r1', extra: { deep: [1] }, other: undefined }, config: { family: { id: 'f' } } },
      { page: { records: [], next: 'n2', more: true }, record: { id: 'r2', label: { da: 'Hej', en: 'Hi' } }, config: { family: undefined, actors: [] } },
    ],
  },
  {
    name: 'custom values: a class, a term that is a string or a function',
    build: (z) =>
      z.strictObject({
        tagName: z.string().check(z.minLength(3), z.maxLength(100), z.regex(/^[a-z][a-z0-9._]*-[a-z0-9._-]*$/)),
        constructor: z.custom<new () => object>((value) => typeof value === 'function' && typeof (value as { prototype?: unknown }).prototype === 'object'),
        term: z.optional(z.custom<string | (() => string)>((value) => (typeof value === 'string' && value.length <= 20) || typeof value === 'function')),
      })
      // Runs only while no issue above stopped the checks: a failed custom value does.
      .check(z.refine((entry) => entry.tagName !== 'x-z', { params: { code: 'reserved' }, path: ['tagName'] })),
    valid: [{ tagName: 'eksempel-note', constructor: class Note {} }, { tagName: 'x-y', constructor: class {}, term: () => 'Hej' }],
    invalid: [{ tagName: 'x-z', constructor: class {} }, { tagName: 'x-z', constructor: 'no' }],
  },
  {
    name: 'numbers: finite, integers, safe integers, bounds',
    build: (z) => z.strictObject({ count: z.number().check(z.minimum(0), z.maximum(10)), order: z.optional(z.int().check(z.minimum(-1_000_000), z.maximum(1_000_000))), version: z.int() }),
    valid: [{ count: 0, version: 1 }, { count: 9.5, order: -5, version: 2 ** 40 }],
  },
  {
    name: 'a nullable id and nested nulls',
    build: (z) => z.array(z.strictObject({ itemId: id(z), actorId: z.nullable(id(z)), due: z.optional(z.nullable(z.iso.date())) })).check(z.maxLength(4)),
    valid: [[{ itemId: 'i1', actorId: null }, { itemId: 'i2', actorId: 'a1', due: null }, { itemId: 'i3', actorId: 'a1', due: '2026-03-02' }]],
  },
  { name: 'an empty strict object', build: (z) => z.strictObject({}), valid: [{}] },
];

describe('the lean schema layer agrees with zod/mini', () => {
  for (const { name, build, valid, invalid = [] } of cases) {
    it(name, () => {
      const ours = build(lean);
      const theirs = build(zod as unknown as Z);
      for (const input of [...valid, ...invalid, ...trickyObjects(Object.keys((valid[0] ?? {}) as object))]) {
        expect(outcome(ours, input), 'fixed input').toStrictEqual(outcome(theirs, input));
      }
      for (const input of valid) expect(outcome(ours, input)).toMatchObject({ ok: true });
      for (const input of invalid) expect(outcome(ours, input)).toMatchObject({ ok: false });
      fc.assert(
        fc.property(inputsFor([...valid, ...invalid]), (input) => {
          expect(outcome(ours, input)).toStrictEqual(outcome(theirs, input));
        }),
        { numRuns: 400 },
      );
    });
  }

  it('reports through Standard Schema v1 the issues safeParse reports', () => {
    const schema = cases[3]?.build(lean) as lean.Schema<unknown, unknown>;
    const standard = schema['~standard'];
    expect(standard).toMatchObject({ version: 1, vendor: 'samspil' });
    expect(standard.validate(person)).toStrictEqual({ value: schema.parse(person) });
    const broken = { ...person, languages: [], extra: 1 };
    expect(standard.validate(broken)).toStrictEqual({ issues: schema.safeParse(broken).error?.issues });
    expect(() => schema.parse(broken)).toThrow(lean.SchemaError);
  });

  it('never changes its input, even where zod freezes it', () => {
    const schema = lean.strictObject({ history: lean.readonly(lean.array(lean.string()).check(lean.maxLength(1))) });
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string(), fc.integer()), { maxLength: 3 }), (history) => {
        const input = { history };
        const before = structuredClone(input);
        const result = schema.safeParse(input);
        expect(input).toStrictEqual(before);
        expect(Object.isFrozen(history)).toBe(false);
        if (result.success) expect(Object.isFrozen(result.data.history)).toBe(true);
      }),
    );
  });

  it('throws on an async refinement in a synchronous parse, as zod does', () => {
    for (const z of [lean, zod as unknown as Z]) {
      const refined = z.string().check(z.refine(async () => true));
      const superRefined = z.string().check(z.superRefine(async () => undefined));
      expect(() => refined.safeParse('a')).toThrow(/Promise/);
      expect(() => superRefined.safeParse('a')).toThrow(/Promise/);
    }
  });

  it('uses zod 4.6 date patterns, leap years included', () => {
    const dates = fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }));
    fc.assert(
      fc.property(dates, ([year, month, day]) => {
        const text = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
        expect(lean.iso.date().safeParse(text).success).toBe(zod.iso.date().safeParse(text).success);
      }),
      { numRuns: 2_000 },
    );
  });
});
