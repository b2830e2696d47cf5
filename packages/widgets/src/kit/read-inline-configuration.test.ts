import { expect } from '@open-wc/testing';
import { readInlineConfiguration } from './read-inline-configuration.js';

function withScript(text: string, type = 'application/json'): HTMLElement {
  const element = document.createElement('div');
  const script = document.createElement('script');
  script.type = type;
  script.textContent = text;
  element.append(script);
  return element;
}

describe('readInlineConfiguration', () => {
  it('parses the JSON of the first direct script child', () => {
    expect(readInlineConfiguration(withScript('{"a": [1, 2]}'))).to.deep.equal({ ok: true, value: { a: [1, 2] } });
  });

  it('answers undefined without a JSON child, for other script types, and for empty text', () => {
    expect(readInlineConfiguration(document.createElement('div'))).to.deep.equal({ ok: true, value: undefined });
    expect(readInlineConfiguration(withScript('{"a": 1}', 'text/plain'))).to.deep.equal({ ok: true, value: undefined });
    expect(readInlineConfiguration(withScript('  \n'))).to.deep.equal({ ok: true, value: undefined });
  });

  it('ignores JSON nested deeper than a direct child', () => {
    const outer = document.createElement('div');
    outer.append(withScript('{"a": 1}'));
    expect(readInlineConfiguration(outer)).to.deep.equal({ ok: true, value: undefined });
  });

  it('reports malformed and oversized text as issues, in the requested language', () => {
    const malformed = readInlineConfiguration(withScript('{"a": '), { locale: 'en' });
    expect(malformed.ok ? [] : malformed.issues.map((issue) => issue.code)).to.deep.equal(['unreadable_input']);
    const oversized = readInlineConfiguration(withScript(`"${'x'.repeat(100)}"`), { maxLength: 50 });
    expect(oversized.ok ? [] : oversized.issues.map((issue) => [issue.code, issue.params])).to.deep.equal([['too_long', { maximum: 50 }]]);
  });
});
