import * as z from 'zod/mini';
import { afterEach, describe, expect, it } from 'vitest';
import { Family } from '../family.schema.js';
import { compiledSchema } from './compiled-schema.js';

describe('compiledSchema', () => {
  afterEach(() => {
    z.config({ jitless: false });
  });

  it('compiles once and reuses the result', () => {
    const get = compiledSchema(Family);
    expect(get()).toBe(get());
    expect(get()).not.toBe(Family);
  });

  it('keeps the ordinary parser when zod runs jitless', () => {
    z.config({ jitless: true });
    expect(compiledSchema(Family)()).toBe(Family);
  });
});
