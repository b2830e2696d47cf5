import { describe, expect, it } from 'vitest';
import { formatMessage, type IssueCode } from '@samspil/core';
import { familyMessagesDa } from './messages.da.js';
import { familyMessagesEn } from './messages.en.js';

describe('family messages', () => {
  it('has a Danish and an English message for every code, prefixed with the concept', () => {
    expect(Object.keys(familyMessagesEn).sort()).toEqual(Object.keys(familyMessagesDa).sort());
    for (const code of Object.keys(familyMessagesDa) as IssueCode[]) {
      expect(code).toMatch(/^family_[a-z0-9_]+$/);
      const params = { id: 'p-1', birthYear: 2001, birthDate: '2002-01-01', minimum: 1900, maximum: 2200 };
      const da = formatMessage(code, params);
      const en = formatMessage(code, params, { locale: 'en' });
      expect(da.length).toBeGreaterThan(0);
      expect(en).not.toBe(da);
      expect(`${da} ${en}`).not.toMatch(/\{\w+\}/);
    }
  });
});
