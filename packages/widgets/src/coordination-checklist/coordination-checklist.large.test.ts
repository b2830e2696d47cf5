import '../kit/configure-zod.js';
import { expect, fixture, html } from '@open-wc/testing';
import { createChecklist } from '@samspil/core';
import type { Actor, ChecklistInstance, ChecklistTemplate } from '@samspil/core';
import './coordination-checklist.js';
import type { SamspilCoordinationChecklist } from './coordination-checklist.js';
import { SamspilChecklistChangeEvent } from './samspil-checklist-change-event.js';

// The size the widget issue names: 1,000 items (10 phases of 100). Speed is measured in
// bench/widgets.bench.mjs; this test checks that every item renders and that one change leaves
// the other items' DOM alone.
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
