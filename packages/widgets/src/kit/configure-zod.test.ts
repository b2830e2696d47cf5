import { expect } from '@open-wc/testing';
import { z } from '@samspil/core';
import { SamspilElement } from './samspil-element.js';

describe('configure-zod', () => {
  it('switches zod to jitless before any widget validates, so strict CSP sees no new Function', () => {
    expect(SamspilElement.jitless).to.equal(true);
    expect(z.config().jitless).to.equal(true);
  });
});
