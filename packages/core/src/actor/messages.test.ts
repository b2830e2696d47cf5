import { describe, expect, it } from 'vitest';
import { formatMessage, type IssueCode } from '@samspil/core';
import { actorMessagesDa } from './messages.da.js';
import { actorMessagesEn } from './messages.en.js';

describe('actor messages', () => {
  it('has a Danish and an English message for every code, prefixed with the concept', () => {
    expect(Object.keys(actorMessagesEn).sort()).toEqual(Object.keys(actorMessagesDa).sort());
    for (const code of Object.keys(actorMessagesDa) as IssueCode[]) {
      expect(code).toMatch(/^actor_[a-z0-9_]+$/);
      const params = { role: 'coordinator', channel: 'email', count: 2 };
      const da = formatMessage(code, params);
      const en = formatMessage(code, params, { locale: 'en' });
      expect(da.length).toBeGreaterThan(0);
      expect(en).not.toBe(da);
      expect(`${da} ${en}`).not.toMatch(/\{\w+\}/);
    }
  });
});
