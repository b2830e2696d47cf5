import { aTimeout, expect } from '@open-wc/testing';
import { expectAccessible } from '../kit/testing/expect-accessible.js';
import type { SamspilFieldVisitForm } from './field-visit-form.component.js';
import { completeVisit, mount, part } from './test-fixtures.js';

async function expandAll(element: SamspilFieldVisitForm): Promise<void> {
  for (const button of element.shadowRoot?.querySelectorAll<HTMLButtonElement>('.disclosure') ?? []) button.click();
  await element.updateComplete;
}

describe('<samspil-field-visit-form> accessibility (axe, WCAG 2.2 AA)', () => {
  let originalLang: string | null;

  beforeEach(() => {
    originalLang = document.documentElement.getAttribute('lang');
    document.documentElement.setAttribute('lang', 'da');
  });

  afterEach(() => {
    if (originalLang === null) document.documentElement.removeAttribute('lang');
    else document.documentElement.setAttribute('lang', originalLang);
  });

  it('empty', async () => {
    const element = await mount();
    await expectAccessible(element);
  });

  it('filled, with attention points open and rows present', async () => {
    const element = await mount({ visit: completeVisit });
    await expandAll(element);
    expect(element.shadowRoot?.querySelectorAll('.points .check').length).to.be.greaterThan(20);
    await expectAccessible(element);
  });

  it('invalid, with the error summary and field errors', async () => {
    const element = await mount({ visit: { ...completeVisit, date: undefined, place: undefined, agreements: [{ id: 'ag-2' }] } });
    await element.submit();
    expect(part(element, '.error-summary').isConnected).to.equal(true);
    expect(element.shadowRoot?.querySelectorAll('[aria-invalid="true"]').length).to.be.greaterThan(2);
    await expectAccessible(element);
  });

  it('read-only', async () => {
    const element = await mount({ attributes: { 'read-only': '' }, visit: completeVisit });
    await expandAll(element);
    await expectAccessible(element);
  });

  it('lang="en"', async () => {
    const element = await mount({ attributes: { lang: 'en', 'actor-id': 'a-coordinator' }, visit: completeVisit });
    expect(part(element, '.submit').textContent?.trim()).to.equal('Submit the visit');
    await expectAccessible(element);
  });

  it('dir="rtl"', async () => {
    const element = await mount({ attributes: { dir: 'rtl', lang: 'ar', 'actor-id': 'a-coordinator' }, visit: completeVisit });
    await expandAll(element);
    await aTimeout(0);
    await expectAccessible(element);
  });

  it('every control has at least the 24 px target size', async () => {
    const element = await mount({ visit: completeVisit });
    await expandAll(element);
    const controls = element.shadowRoot?.querySelectorAll<HTMLElement>('button, input, select, textarea') ?? [];
    for (const control of controls) {
      const box = control.getBoundingClientRect();
      expect(Math.round(box.height), control.id || control.className).to.be.at.least(24);
      expect(Math.round(box.width), control.id || control.className).to.be.at.least(24);
    }
  });

  it('keeps a visible focus ring that a theme can thicken but not remove', async () => {
    const element = await mount();
    const place = part<HTMLInputElement>(element, '#fv-field-place');
    place.focus();
    expect(getComputedStyle(place).outlineStyle).to.equal('solid');
    expect(getComputedStyle(place).outlineWidth).to.equal('3px');
    element.style.setProperty('--samspil-focus-outline-width', '0px');
    expect(getComputedStyle(place).outlineWidth).to.equal('2px');
    element.style.setProperty('--samspil-focus-outline-width', '5px');
    expect(getComputedStyle(place).outlineWidth).to.equal('5px');
  });
});
