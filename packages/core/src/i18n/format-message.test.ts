import { describe, expect, it } from 'vitest';
import { formatMessage, loadMessages, messagesDa, messagesEn } from '@samspil/core';

describe('formatMessage', () => {
  it('fills placeholders and picks the language', () => {
    expect(formatMessage('too_long', { maximum: 200 })).toBe('Skriv højst 200 tegn.');
    expect(formatMessage('too_long', { maximum: 200 }, { locale: 'en' })).toBe('Enter at most 200 characters.');
  });

  it('uses a function template for wording that depends on a number', () => {
    expect(formatMessage('too_few', { minimum: 1 })).toBe('Der skal være mindst ét element.');
    expect(formatMessage('too_few', { minimum: 3 })).toBe('Der skal være mindst 3 elementer.');
  });

  it('lets a portal override one message', () => {
    expect(formatMessage('required', {}, { messages: { required: 'Skal med.' } })).toBe('Skal med.');
  });

  it('falls back to Danish for unknown locales', () => {
    expect(formatMessage('required', {}, { locale: 'xx' })).toBe(messagesDa.required);
  });

  it('ships an English message for every Danish code, and no extra ones', () => {
    expect(Object.keys(messagesEn).sort()).toEqual(Object.keys(messagesDa).sort());
  });

  // Decision 0011: a browser build fetches English on demand (tested in Chromium against the CDN
  // build, test/strict-csp-embedding.test.ts); in Node it is part of the module graph.
  it('has English at hand in Node without loading it, and loadMessages resolves for every locale', async () => {
    expect(formatMessage('required', {}, { locale: 'en-GB' })).toBe(messagesEn.required);
    await expect(Promise.all(['en', 'da', 'xx', ''].map((locale) => loadMessages(locale)))).resolves.toEqual([undefined, undefined, undefined, undefined]);
    expect(formatMessage('required', {}, { locale: 'en' })).toBe(messagesEn.required);
  });
});
