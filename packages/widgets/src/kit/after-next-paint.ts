/**
 * Resolves in the first task after the next frame has been painted, or after `fallbackMs` where no
 * frames come (a background tab). For work that must not hold up what the person sees first.
 *
 * @example
 * await afterNextPaint();
 * renderTheNextBatch();
 */
export function afterNextPaint(fallbackMs = 50): Promise<void> {
  return new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, fallbackMs);
    requestAnimationFrame(() => {
      clearTimeout(timer);
      setTimeout(resolve, 0);
    });
  });
}
