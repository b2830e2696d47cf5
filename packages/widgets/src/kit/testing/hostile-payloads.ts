/**
 * Strings a widget must show as text and never run: markup, scripts, event handlers, template
 * injection, URL schemes, bidi and null characters. Payloads that could execute set
 * `window.__samspilPwned`, so a test can prove nothing ran with {@link wasPwned}.
 */
export const hostilePayloads: readonly string[] = [
  '<img src=x onerror="window.__samspilPwned=1">',
  '"><img src=x onerror=window.__samspilPwned=1>',
  '<script>window.__samspilPwned=1</script>',
  '<svg onload="window.__samspilPwned=1"></svg>',
  '<iframe srcdoc="<script>parent.__samspilPwned=1</script>"></iframe>',
  '<a href="javascript:window.__samspilPwned=1">klik</a>',
  'javascript:window.__samspilPwned=1',
  '<style>*{display:none}</style>',
  '${window.__samspilPwned=1}',
  '{{constructor.constructor("window.__samspilPwned=1")()}}',
  '</script><script>window.__samspilPwned=1</script>',
  '__proto__',
  'constructor',
  '\u0000\u202e\ufeff',
  '‮ǝlɐɟ',
  '😀'.repeat(50),
  ' ',
  '',
];

declare global {
  interface Window {
    __samspilPwned?: unknown;
  }
}

/** Whether any hostile payload ran (it sets `window.__samspilPwned`). */
export function wasPwned(): boolean {
  return window.__samspilPwned !== undefined;
}

/** Clears the flag between tests. */
export function resetPwned(): void {
  delete window.__samspilPwned;
}

/** The elements a payload would create if it were parsed as HTML; none may appear in a widget. */
export const HOSTILE_ELEMENT_SELECTOR = 'img, script, svg, iframe, style, a[href^="javascript" i]';
