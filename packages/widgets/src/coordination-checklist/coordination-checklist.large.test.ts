import { expect, fixture, html } from '@open-wc/testing';
import { createChecklist } from '@samspil/core';
import type { Actor, ChecklistInstance, ChecklistTemplate } from '@samspil/core';
import './coordination-checklist.js';
import type { SamspilCoordinationChecklist } from './coordination-checklist.js';
import { SamspilChecklistChangeEvent } from './samspil-checklist-change-event.js';

// The size the widget issue names: 1,000 items (10 phases of 100). Speed is measured in
// bench/widgets.bench.mjs; these tests check that the first screen comes first, that every item
// renders in the end, and that one change leaves the other items' DOM alone.
const PHASES = 10;
const PER_PHASE = 100;

function bigTemplate(): ChecklistTemplate {
  return {
    id: 'big',
    version: 1,
    title: { da: 'Stor tjekliste', en: 'Big checklist' },
    sources: [{ source: 'samspil', section: 'test' }],
    anchors: [{ id: 'start', label: { da: 'Start', en: 'Start' } }],
    phases: Array.from({ length: PHASES }, (_, p) => ({
      id: `phase-${p}`,
      title: { da: `Fase ${p}`, en: `Phase ${p}` },
      items: Array.from({ length: PER_PHASE }, (_, i) => ({
        id: `item-${p}-${i}`,
        title: { da: `Punkt ${p}.${i}`, en: `Item ${p}.${i}` },
        ownerRole: { sector: 'job-centre' as const },
        deadline: { anchor: 'start', offset: { days: i }, direction: 'after' as const },
        ...(i > 0 ? { dependsOn: [`item-${p}-${i - 1}`] } : {}),
      })),
    })),
  };
}

const actors: Actor[] = Array.from({ length: 8 }, (_, index) => ({
  id: `actor-${index}`,
  kind: 'person',
  name: `Fagperson ${index}`,
  sector: 'job-centre',
  roles: ['caseworker'],
  contacts: [],
}));


describe('<samspil-coordination-checklist> with a large checklist', () => {
  const template = bigTemplate();
  const created = createChecklist(template, { id: 'big-1', familyId: 'fam-1', anchors: { start: '2026-01-01' }, now: '2026-01-01T00:00:00Z' });
  if (!created.ok) throw new Error(JSON.stringify(created.issues.slice(0, 3)));
  const instance: ChecklistInstance = created.value;

  it('paints a first screen of items, then adds the rest in batches before updateComplete resolves', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const element = document.createElement('samspil-coordination-checklist');
    element.setAttribute('today', '2026-02-15');
    element.actors = actors;
    element.template = template;
    element.instance = instance;
    wrapper.append(element);
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const shadow = element.shadowRoot as ShadowRoot;
    const first = shadow.querySelectorAll('li[data-item-id]').length;
    expect(first).to.be.greaterThan(0);
    expect(first).to.be.lessThan(PHASES * PER_PHASE);
    // Every phase heading and the progress bar are there from the start, so counts are right.
    expect(shadow.querySelectorAll('section.phase')).to.have.length(PHASES);
    expect(shadow.querySelector('.phase__progress')?.textContent).to.contain(String(PER_PHASE));
    expect(shadow.querySelector('progress')?.max).to.equal(PHASES * PER_PHASE);
    await element.updateComplete;
    expect(shadow.querySelectorAll('li[data-item-id]')).to.have.length(PHASES * PER_PHASE);
    const ids = [...shadow.querySelectorAll('li[data-item-id]')].map((item) => item.getAttribute('data-item-id'));
    expect(ids.slice(0, 3)).to.deep.equal(['item-0-0', 'item-0-1', 'item-0-2']);
    expect(ids.at(-1)).to.equal(`item-${PHASES - 1}-${PER_PHASE - 1}`);
  });

  it('renders every item of a filter in batches too', async () => {
    const element = await fixture<SamspilCoordinationChecklist>(
      html`<samspil-coordination-checklist today="2026-12-31" .actors=${actors} .template=${template} .instance=${instance}></samspil-coordination-checklist>`,
    );
    element.filter = 'overdue';
    await element.updateComplete;
    expect(element.shadowRoot?.querySelectorAll('li[data-item-id]')).to.have.length(PHASES * PER_PHASE);
    element.filter = 'all';
    await element.updateComplete;
    expect(element.shadowRoot?.querySelectorAll('li[data-item-id]')).to.have.length(PHASES * PER_PHASE);
  });

  it('renders every item and keeps each item’s DOM when one item changes', async () => {
    let element: SamspilCoordinationChecklist | undefined;
    for (let run = 0; run < 2; run += 1) {
      element?.remove();
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      element = document.createElement('samspil-coordination-checklist');
      element.setAttribute('today', '2026-02-15');
      wrapper.append(element);
      element.actors = actors;
      element.template = template;
      element.instance = instance;
      await element.updateComplete;
    }
    const mounted = element as SamspilCoordinationChecklist;
    const shadow = mounted.shadowRoot as ShadowRoot;
    expect(shadow.querySelectorAll('li[data-item-id]')).to.have.length(PHASES * PER_PHASE);
    expect(shadow.querySelectorAll('section.phase')).to.have.length(PHASES);

    const before = [...shadow.querySelectorAll('li[data-item-id]')];
    for (let run = 0; run < 10; run += 1) {
      const select = shadow.querySelector<HTMLSelectElement>('li[data-item-id="item-0-0"] select.status') as HTMLSelectElement;
      select.value = run % 2 === 0 ? 'in-progress' : 'open';
      let fired = false;
      mounted.addEventListener(SamspilChecklistChangeEvent.eventName, () => (fired = true), { once: true });
      select.dispatchEvent(new Event('change'));
      await mounted.updateComplete;
      expect(fired).to.equal(true);
    }
    // Marking the first item done touches that item and the one waiting for it, nothing else.
    const touched = new Set<string>();
    const collect = (records: MutationRecord[]) => {
      for (const record of records) {
        const node = record.target instanceof Element ? record.target : record.target.parentElement;
        const li = node?.closest('li[data-item-id]');
        if (li instanceof HTMLLIElement && li.dataset.itemId !== undefined) touched.add(li.dataset.itemId);
      }
    };
    const observer = new MutationObserver(collect);
    observer.observe(shadow, { subtree: true, childList: true, attributes: true, characterData: true });
    const first = shadow.querySelector<HTMLSelectElement>('li[data-item-id="item-0-0"] select.status') as HTMLSelectElement;
    first.value = 'done';
    first.dispatchEvent(new Event('change'));
    await mounted.updateComplete;
    collect(observer.takeRecords());
    observer.disconnect();
    expect([...touched].sort()).to.deep.equal(['item-0-0', 'item-0-1']);
    expect(shadow.querySelector('li[data-item-id="item-0-1"] .item__deps')?.textContent).to.contain('Bygger på');

    const after = [...shadow.querySelectorAll('li[data-item-id]')];
    expect(after.every((node, index) => node === before[index])).to.equal(true);
  });
});
