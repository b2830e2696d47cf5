import { sendKeys } from '@web/test-runner-commands';

/**
 * The element that really has focus, looking inside shadow roots (document.activeElement stops
 * at the outermost host).
 */
export function deepActiveElement(root: Document | ShadowRoot = document): Element | null {
  const active = root.activeElement;
  if (active?.shadowRoot?.activeElement) return deepActiveElement(active.shadowRoot);
  return active;
}

/**
 * Presses one key, or a chord such as `Shift+Tab`, through the real browser (trusted events, not
 * synthetic ones). Chords are sent as modifier down, key press, modifier up, which every
 * launcher supports.
 */
export async function pressKey(key: string): Promise<void> {
  const parts = key === '+' ? ['+'] : key.split('+');
  const main = parts.pop() ?? key;
  for (const modifier of parts) await sendKeys({ down: modifier });
  try {
    await sendKeys({ press: main });
  } finally {
    for (const modifier of parts.reverse()) await sendKeys({ up: modifier });
  }
}

/** Types text into whatever has focus, one real key press per character. */
export async function typeText(text: string): Promise<void> {
  await sendKeys({ type: text });
}

/**
 * Tabs (or Shift+Tabs) until `target` has focus and fails after `maxPresses`, proving the target
 * is reachable by keyboard in that order.
 */
export async function tabTo(target: Element, { backwards = false, maxPresses = 30 } = {}): Promise<void> {
  for (let presses = 0; presses < maxPresses; presses += 1) {
    if (deepActiveElement() === target) return;
    await pressKey(backwards ? 'Shift+Tab' : 'Tab');
  }
  if (deepActiveElement() === target) return;
  throw new Error(`Could not reach <${target.localName}> with ${maxPresses} ${backwards ? 'Shift+Tab' : 'Tab'} presses.`);
}

/** Focuses `target` by keyboard, then activates it with Enter (or the given key, e.g. ` ` for Space). */
export async function activateWithKeyboard(target: Element, key = 'Enter'): Promise<void> {
  await tabTo(target);
  await pressKey(key === ' ' ? 'Space' : key);
}
