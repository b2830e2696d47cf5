/**
 * Samspil's schema layer: the part of zod/mini's functional API that core and the widgets use,
 * with the same names, signatures, issues and inferred types, in a few kB and without code
 * generation. Use it as zod/mini: `import * as z from '.../schema/index.js'`.
 *
 * @module
 */
export { array, ArraySchema } from './array.js';
export { boolean, BooleanSchema } from './boolean.js';
export * as core from './core.js';
export { AsyncRefinementError, custom, CustomSchema, type RefineParams } from './custom.js';
export { _default, DefaultSchema } from './default.js';
export { discriminatedUnion, DiscriminatedUnionSchema } from './discriminated-union.js';
export { enum, EnumSchema } from './enum.js';
export { extend, type Extend } from './extend.js';
export { int } from './int.js';
export * as iso from './iso.js';
export type { Issue, RawIssue } from './issues.js';
export type { HasLength } from './length.js';
export { literal, LiteralSchema, type Literal } from './literal.js';
export { maxLength } from './max-length.js';
export { maximum } from './maximum.js';
export { minLength } from './min-length.js';
export { minimum } from './minimum.js';
export { null, NullSchema } from './null.js';
export { nullable, NullableSchema } from './nullable.js';
export { number, NumberSchema } from './number.js';
export {
  looseObject,
  object,
  ObjectSchema,
  strictObject,
  type InferObjectInput,
  type InferObjectOutput,
  type Shape,
  type UnknownKeys,
} from './object.js';
export { optional, OptionalSchema } from './optional.js';
export { partial } from './partial.js';
export { readonly, ReadonlySchema, type MakeReadonly } from './readonly.js';
export { record, RecordSchema } from './record.js';
export { refine } from './refine.js';
export { regex } from './regex.js';
export {
  Schema,
  SchemaError,
  type Check,
  type infer,
  type input,
  type output,
  type SafeParseResult,
  type StandardSchemaV1Props,
  type ZodMiniType,
} from './schema.js';
export { string, StringSchema } from './string.js';
export { superRefine, type RefinementCtx } from './super-refine.js';
export { union, UnionSchema } from './union.js';
export { unknown, UnknownSchema } from './unknown.js';
