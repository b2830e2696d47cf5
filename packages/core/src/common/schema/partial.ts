import { ObjectSchema, type Shape, type UnknownKeys } from './object.js';
import { OptionalSchema } from './optional.js';

/** `schema` with every key optional. Like zod, refuses a schema with checks, written for the whole object. */
export function partial<S extends Shape, Mode extends UnknownKeys>(
  schema: ObjectSchema<S, Mode>,
): ObjectSchema<{ [K in keyof S]: OptionalSchema<S[K]> }, Mode> {
  if (schema.checks.length > 0) throw new Error('.partial() cannot be used on object schemas containing refinements');
  const shape: Record<string, OptionalSchema<S[keyof S]>> = {};
  for (const key of Object.keys(schema.shape)) shape[key] = new OptionalSchema(schema.shape[key] as S[keyof S]);
  return new ObjectSchema(shape as { [K in keyof S]: OptionalSchema<S[K]> }, schema.unknownKeys);
}
