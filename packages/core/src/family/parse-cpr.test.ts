import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCpr } from '@samspil/core';
import { anyInput } from '../../../../test/support/hostile.js';
import { deepFreeze } from '../../../../test/support/deep-freeze.js';
import { expectFailure, expectSuccess, issueCodes } from '../../../../test/support/expect-result.js';

const birthDateOf = (cpr: string) => expectSuccess(parseCpr(cpr)).birthDate;

describe('parseCpr', () => {
  it('reads the birth date and normalizes the hyphen', () => {
    expect(expectSuccess(parseCpr('0709611234'))).toEqual({ normalized: '070961-1234', birthDate: '1961-09-07', passesModulus11: false });
    expect(expectSuccess(parseCpr('070961-1234')).normalized).toBe('070961-1234');
  });

  it('applies the century table for each serial digit', () => {
    expect(birthDateOf('010100-0000')).toBe('1900-01-01');
    expect(birthDateOf('010199-3999')).toBe('1999-01-01');
    expect(birthDateOf('010136-4000')).toBe('2036-01-01');
    expect(birthDateOf('010137-4000')).toBe('1937-01-01');
    expect(birthDateOf('010136-9000')).toBe('2036-01-01');
    expect(birthDateOf('010137-9000')).toBe('1937-01-01');
    expect(birthDateOf('010157-5000')).toBe('2057-01-01');
    expect(birthDateOf('010158-8000')).toBe('1858-01-01');
    expect(birthDateOf('150320-6000')).toBe('2020-03-15');
  });

  it('knows leap days, including the century rule', () => {
    expect(birthDateOf('290204-4000')).toBe('2004-02-29');
    expect(birthDateOf('290200-4000')).toBe('2000-02-29');
    expect(issueCodes(parseCpr('290200-0000'))).toEqual(['family_cpr_date']); // 1900 was not a leap year
    expect(issueCodes(parseCpr('290203-4000'))).toEqual(['family_cpr_date']);
  });

  it('rejects dates that do not exist', () => {
    expect(issueCodes(parseCpr('300290-1234'))).toEqual(['family_cpr_date']);
    expect(issueCodes(parseCpr('000190-1234'))).toEqual(['family_cpr_date']);
    expect(issueCodes(parseCpr('011390-1234'))).toEqual(['family_cpr_date']);
    expect(issueCodes(parseCpr('310490-1234'))).toEqual(['family_cpr_date']);
  });

  it('rejects other shapes', () => {
    for (const bad of ['', '070961 1234', '070961--1234', '07096-11234', '0709611234 ', 'ABCDEF-1234', '070961123', '07096112345', '0709611234567890']) {
      expect(issueCodes(parseCpr(bad)), bad).toEqual(['family_cpr_format']);
    }
    expect(issueCodes(parseCpr(709611234))).toEqual(['invalid_type']);
  });

  it('reports the modulus-11 check as information only', () => {
    // Weighted sum 4·0+3·7+2·0+7·9+6·6+5·1+4·1+3·2+2·3+1·4 = 145 = 11·13 + 2: fails, still valid.
    expect(expectSuccess(parseCpr('070961-1234')).passesModulus11).toBe(false);
    expect(expectSuccess(parseCpr('070761-4285')).passesModulus11).toBe(true);
  });

  it('does not expose the sex digit', () => {
    expect(Object.keys(expectSuccess(parseCpr('070961-1234'))).sort()).toEqual(['birthDate', 'normalized', 'passesModulus11']);
  });

  it('speaks both languages', () => {
    const da = parseCpr('300290-1234');
    const en = parseCpr('300290-1234', { locale: 'en' });
    expectFailure(da);
    expectFailure(en);
    expect(da.issues[0]?.message).toBe('CPR-nummeret indeholder ikke en dato, der findes.');
    expect(en.issues[0]?.message).toBe('The CPR number does not contain a date that exists.');
  });

  it('never throws, and every valid answer is a real date in its own number', () => {
    fc.assert(
      fc.property(fc.oneof(anyInput, fc.stringMatching(/^\d{6}-?\d{4}$/)), (input) => {
        const result = parseCpr(input);
        if (!result.ok) return expectFailure(result);
        const [year, month, day] = result.value.birthDate.split('-');
        expect(result.value.normalized.slice(0, 6)).toBe(`${day}${month}${year?.slice(2)}`);
        expect(new Date(`${result.value.birthDate}T00:00:00Z`).toISOString().slice(0, 10)).toBe(result.value.birthDate);
      }),
    );
  });

  it('does not mutate a frozen options object', () => {
    const options = deepFreeze({ locale: 'en' });
    expectFailure(parseCpr('x', options));
    expect(options).toEqual({ locale: 'en' });
  });
});
