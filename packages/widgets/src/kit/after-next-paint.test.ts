import { expect } from '@open-wc/testing';
import { afterNextPaint } from './after-next-paint.js';

describe('afterNextPaint', () => {
  it('resolves in a task after the next animation frame', async () => {
    const order: string[] = [];
    requestAnimationFrame(() => order.push('frame'));
    await afterNextPaint();
    order.push('after');
    expect(order).to.deep.equal(['frame', 'after']);
  });

  it('resolves after the fallback where no frames come, as in a background tab', async () => {
    const original = window.requestAnimationFrame;
    window.requestAnimationFrame = () => 0;
    try {
      const started = performance.now();
      await afterNextPaint(30);
      expect(performance.now() - started).to.be.at.least(25);
    } finally {
      window.requestAnimationFrame = original;
    }
  });
});
