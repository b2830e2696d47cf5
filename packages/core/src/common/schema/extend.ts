import { ObjectSchema, type Shape, type UnknownKeys } from './object.js';

/** `A` with the keys of `B` added or replaced (zod's `util.Extend`). */
export type Extend<A extends Shape, B extends Shape> = {
  [K in keyof A as K extends keyof B ? never : K]: A[K];
} & { [K in keyof B]: B[K] };

/**
 * `schema` with more keys. Like zod, it refuses to replace a key of a schema that has checks,
 * since those checks were written for the old key; adding keys keeps them.
 */
export function extend<S extends Shape, Mode extends UnknownKeys, U extends Shape>(
  schema: ObjectSchema<S, Mode>,
  shape: U,
): ObjectSchema<Extend<S, U>, Mode> {
  if (schema.checks.length > 0 && Object.keys(shape).some((key) => Object.hasOwn(schema.shape, key))) {
    throw new Error('Cannot overwrite keys on object schemas containing refinements.');
  }
  return new ObjectSchema({ ...schema.shape, ...shape } as Extend<S, U>, schema.unknownKeys, schema.checks);
}
