import { expect } from '@open-wc/testing';
import { da } from '../kit/i18n/da.js';
import { en } from '../kit/i18n/en.js';
import { shippedEnglish } from '../kit/i18n/shipped-translation.js';
import { checklistTerm } from './checklist-term.js';

describe('checklistTerm', () => {
  // English terms are a chunk of their own; a widget waits for them, this pure lookup does not.
  before(async () => {
    await shippedEnglish.load();
  });

  it('reads the checklist group in the language asked for', () => {
    expect(checklistTerm('en', 'waitsFor', 'CPR registration')).to.equal('Waiting for: CPR registration');
    expect(checklistTerm('da', 'waitsFor', 'CPR-nummer')).to.equal('Venter på: CPR-nummer');
    expect(checklistTerm('en', 'statusDone')).to.equal('Done');
  });

  it('falls back to Danish for a language without terms', () => {
    expect(checklistTerm('ar', 'statusDone')).to.equal(da.checklist.statusDone);
    expect(checklistTerm('', 'progress', 1, 3, 0)).to.equal('1 af 3 punkter er færdige');
  });

  it('has every Danish key in English too, with the same kind of value', () => {
    const danish = Object.entries(da.checklist).map(([key, value]) => [key, typeof value]);
    const english = Object.entries(en.checklist).map(([key, value]) => [key, typeof value]);
    expect(english.sort()).to.deep.equal(danish.sort());
  });

  it('uses the right plural forms', () => {
    expect(checklistTerm('da', 'progress', 2, 5, 1)).to.equal('2 af 5 punkter er færdige (1 er ikke relevant)');
    expect(checklistTerm('da', 'progress', 2, 5, 2)).to.equal('2 af 5 punkter er færdige (2 er ikke relevante)');
    expect(checklistTerm('en', 'shownCount', 3, 3)).to.equal('Showing all 3 items');
    expect(checklistTerm('en', 'shownCount', 1, 3)).to.equal('Showing 1 of 3 items');
  });
});
