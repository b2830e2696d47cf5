import { expect } from '@open-wc/testing';
import { loadMessages, parseChecklistTemplate, parseConversationGuide } from '@samspil/core';
import { createPluginRegistry as createBareRegistry, type CreatePluginRegistryOptions } from './create-plugin-registry.js';
import type { PluginRegistryChange } from './samspil-plugin.js';

// Registries as a page with the checklist and the actioncard has them: both parsers in use.
const parsers = { checklistTemplates: parseChecklistTemplate, conversationGuides: parseConversationGuide };
const createPluginRegistry = (options: CreatePluginRegistryOptions = {}) => createBareRegistry({ parsers, ...options });

const text = (da: string, en: string) => ({ da, en });

/** A municipality's own checklist: what its housing team does when a family moves in. */
const housingTemplate = {
  id: 'eksempel-kommune-bolig',
  version: 1,
  title: text('Bolig ved indflytning', 'Housing on moving in'),
  sources: [{ source: 'samspil', section: 'eksempel' }],
  anchors: [{ id: 'indflytning', label: text('Indflytning', 'Moving in') }],
  phases: [
    {
      id: 'foer',
      title: text('Før indflytning', 'Before moving in'),
      items: [
        {
          id: 'noegler-udleveret',
          title: text('Nøgler udleveret', 'Keys handed over'),
          ownerRole: { sector: 'housing-social' },
          deadline: { anchor: 'indflytning', offset: { days: 3 }, direction: 'before' },
        },
        {
          id: 'velkomst',
          title: text('Velkomstbesøg aftalt', 'Welcome visit agreed'),
          ownerRole: { role: 'coordinator' },
          dependsOn: ['noegler-udleveret'],
        },
      ],
    },
  ],
};

/** A short guide a municipality adds for a first talk about school. */
const schoolGuide = {
  id: 'eksempel-kommune-skolestart',
  version: 1,
  title: text('Samtale om skolestart', 'Talking about starting school'),
  description: text('En kort samtale med forældrene før skolestart.', 'A short talk with the parents before school starts.'),
  source: { source: 'samspil', section: 'eksempel' },
  phases: [
    {
      id: 'aabning',
      kind: 'opening',
      title: text('Åbning', 'Opening'),
      steps: [{ id: 'hilsen', kind: 'info', prompt: text('Fortæl hvem du er.', 'Say who you are.'), answers: ['answered'] }],
    },
    {
      id: 'udforskning',
      kind: 'exploration',
      title: text('Udforskning', 'Exploration'),
      steps: [
        { id: 'maa-jeg', kind: 'permission', prompt: text('Må jeg spørge til skolen?', 'May I ask about school?'), answers: ['yes', 'no', 'declined'] },
        { id: 'skole', kind: 'question', prompt: text('Hvordan går det?', 'How is it going?'), dependsOn: ['maa-jeg'], answers: ['answered', 'not-now', 'declined'] },
      ],
    },
    {
      id: 'afslutning',
      kind: 'closing',
      title: text('Afslutning', 'Closing'),
      steps: [
        { id: 'opfoelgning', kind: 'closing-follow-up', prompt: text('Aftal opfølgning.', 'Agree a follow-up.'), answers: ['answered'] },
        { id: 'henvisning', kind: 'closing-referral', prompt: text('Tilbyd henvisning.', 'Offer a referral.'), answers: ['yes', 'no'] },
      ],
    },
  ],
};

const municipalityPlugin = {
  name: 'eksempel-kommune',
  version: '1.0.0',
  checklistTemplates: [housingTemplate],
  conversationGuides: [schoolGuide],
  statutoryBases: [{ id: 'servicelovens-paragraf-49b', citation: 'SEL § 49 b', label: text('Udveksling i SSP', 'Exchange within SSP') }],
  fieldVisitSections: [{ id: 'bolig', label: text('Boligen', 'The home'), order: 10 }],
  attentionPoints: [{ code: 'kommune-bolig-fugt', kind: 'concern', label: text('Fugt i boligen', 'Damp in the home') }],
  translations: { en: { save: 'Store' } },
};

describe('createPluginRegistry', () => {
  it('lets a municipality add a checklist template and a guide without touching library code', () => {
    const registry = createPluginRegistry();
    const result = registry.register(municipalityPlugin);
    expect(result.ok, JSON.stringify(result.ok ? '' : result.issues)).to.equal(true);
    expect(registry.checklistTemplates().map((template) => template.id)).to.deep.equal(['eksempel-kommune-bolig']);
    expect(registry.conversationGuides().map((guide) => guide.id)).to.deep.equal(['eksempel-kommune-skolestart']);
    expect(registry.statutoryBases()[0]?.citation).to.equal('SEL § 49 b');
    expect(registry.attentionPoints()[0]?.code).to.equal('kommune-bolig-fugt');
    expect(registry.translations('EN')).to.deep.equal({ save: 'Store' });
    expect(registry.languages()).to.deep.equal(['en']);
    expect(registry.plugin('eksempel-kommune')?.version).to.equal('1.0.0');
  });

  it('reports a plugin name that is already taken as an issue, not a throw, and keeps the first', () => {
    const registry = createPluginRegistry();
    registry.register(municipalityPlugin);
    const again = registry.register({ name: 'eksempel-kommune' });
    expect(again.ok).to.equal(false);
    if (!again.ok) {
      expect(again.issues.map((issue) => [issue.code, issue.path, issue.params])).to.deep.equal([
        ['duplicate_id', ['name'], { id: 'eksempel-kommune' }],
      ]);
      expect(again.issues[0]?.message).to.equal('Id "eksempel-kommune" bruges mere end én gang.');
    }
    expect(registry.plugins()).to.have.length(1);
  });

  it('validates contributions with core parsers and registers nothing when any is wrong', () => {
    const registry = createPluginRegistry();
    const brokenGuide = { ...schoolGuide, phases: schoolGuide.phases.slice(0, 2) };
    const result = registry.register(
      { name: 'halvfaerdig', checklistTemplates: [housingTemplate], conversationGuides: [brokenGuide] },
      { locale: 'en' },
    );
    expect(result.ok).to.equal(false);
    if (!result.ok) {
      expect(result.issues.every((issue) => issue.path[0] === 'conversationGuides' && issue.path[1] === 0)).to.equal(true);
      expect(result.issues.map((issue) => issue.code)).to.include('conversation_guide_closing_last');
    }
    expect(registry.plugins()).to.deep.equal([]);
    expect(registry.checklistTemplates()).to.deep.equal([]);
  });

  it('refuses the same template id and version from a second plugin, but accepts a new version', () => {
    const registry = createPluginRegistry();
    registry.register({ name: 'foerste', checklistTemplates: [housingTemplate] });
    const same = registry.register({ name: 'anden', checklistTemplates: [housingTemplate] });
    expect(same.ok ? [] : same.issues.map((issue) => [issue.code, issue.path])).to.deep.equal([
      ['duplicate_id', ['checklistTemplates', 0, 'id']],
    ]);
    const newer = registry.register({ name: 'tredje', checklistTemplates: [{ ...housingTemplate, version: 2 }] });
    expect(newer.ok).to.equal(true);
    expect(registry.checklistTemplates().map((template) => template.version)).to.deep.equal([1, 2]);
  });

  it('merges built-in plugins first, then others in registration order', () => {
    const registry = createPluginRegistry();
    registry.register({ name: 'kommune', fieldVisitSections: [{ id: 'kommune-sektion', label: text('K', 'K') }] });
    registry.register(
      { name: 'samspil', fieldVisitSections: [{ id: 'indbygget', label: text('I', 'I') }], translations: { en: { save: 'Save it' } } },
      { builtIn: true },
    );
    registry.register({ name: 'kommune-sprog', translations: { en: { save: 'Keep' } } });
    expect(registry.plugins().map((plugin) => plugin.name)).to.deep.equal(['samspil', 'kommune', 'kommune-sprog']);
    expect(registry.fieldVisitSections().map((section) => section.id)).to.deep.equal(['indbygget', 'kommune-sektion']);
    // The municipality's term wins over the built-in one.
    expect(registry.translations('en').save).to.equal('Keep');
  });

  it('orders field-visit sections by their order, keeping registration order for ties', () => {
    const registry = createPluginRegistry();
    registry.register({
      name: 'sektioner',
      fieldVisitSections: [
        { id: 'c', label: text('C', 'C'), order: 5 },
        { id: 'a', label: text('A', 'A') },
        { id: 'b', label: text('B', 'B') },
        { id: 'first', label: text('F', 'F'), order: -1 },
      ],
    });
    expect(registry.fieldVisitSections().map((section) => section.id)).to.deep.equal(['first', 'a', 'b', 'c']);
  });

  it('notifies listeners on register and unregister, and not after they unsubscribe', () => {
    const registry = createPluginRegistry();
    const changes: PluginRegistryChange[] = [];
    const stop = registry.subscribe((change) => changes.push(change));
    registry.subscribe(() => {
      throw new Error('a broken listener does not stop the others');
    });
    registry.register({ name: 'en' });
    registry.register({ name: 'en' });
    expect(registry.unregister('en')).to.equal(true);
    expect(registry.unregister('en')).to.equal(false);
    stop();
    registry.register({ name: 'to' });
    expect(changes.map((change) => [change.type, change.plugin.name, change.revision])).to.deep.equal([
      ['register', 'en', 1],
      ['unregister', 'en', 2],
    ]);
    expect(registry.revision).to.equal(3);
  });

  it('defines contributed elements with the guarded define and refuses a tag owned by another class', () => {
    const registry = createPluginRegistry();
    class KommuneKort extends HTMLElement {}
    class Andet extends HTMLElement {}
    const first = registry.register({ name: 'elementer', elements: [{ tagName: 'kommune-test-kort', constructor: KommuneKort }] });
    expect(first.ok).to.equal(true);
    expect(customElements.get('kommune-test-kort')).to.equal(KommuneKort);

    const clash = registry.register({ name: 'elementer-2', elements: [{ tagName: 'kommune-test-kort', constructor: Andet }] });
    expect(clash.ok ? [] : clash.issues.map((issue) => [issue.code, issue.path])).to.deep.equal([
      ['duplicate_id', ['elements', 0, 'tagName']],
    ]);
    expect(customElements.get('kommune-test-kort')).to.equal(KommuneKort);
  });

  it('refuses elements that are not element classes and tag names that are not valid', () => {
    const registry = createPluginRegistry();
    const result = registry.register({
      name: 'forkerte-elementer',
      elements: [{ tagName: 'nohyphen', constructor: class extends HTMLElement {} }, { tagName: 'ok-name', constructor: () => 1 }, { tagName: 'x-y' }],
    });
    expect(result.ok).to.equal(false);
    if (!result.ok) {
      expect(result.issues.map((issue) => issue.path.join('.'))).to.include.members(['elements.0.tagName', 'elements.1.constructor', 'elements.2.constructor']);
    }
    expect(customElements.get('ok-name')).to.equal(undefined);
  });

  it('reports unknown translation keys and unknown plugin fields', () => {
    const registry = createPluginRegistry();
    const result = registry.register({ name: 'stavefejl', translations: { en: { saev: 'Save' } }, widgets: [] });
    expect(result.ok).to.equal(false);
    if (!result.ok) expect(result.issues.map((issue) => [issue.code, issue.path.join('.')])).to.deep.equal([['unknown_key', 'widgets']]);
    const terms = registry.register({ name: 'stavefejl', translations: { en: { saev: 'Save' } } });
    expect(terms.ok ? [] : terms.issues.map((issue) => [issue.code, issue.path.join('.')])).to.deep.equal([['unknown_key', 'translations.en.saev']]);
  });

  it('answers hostile input with issues and never throws', () => {
    const registry = createPluginRegistry();
    const hostile: unknown[] = [
      undefined,
      null,
      42,
      '<img src=x onerror=alert(1)>',
      [],
      { name: '<img src=x onerror=alert(1)>' },
      new Proxy({}, { get: () => { throw new Error('hostile'); }, ownKeys: () => { throw new Error('hostile'); } }),
      { name: 'p', checklistTemplates: 'not a list' },
    ];
    for (const input of hostile) {
      const result = registry.register(input);
      expect(result.ok, JSON.stringify(result)).to.equal(false);
      if (!result.ok) expect(result.issues.length).to.be.greaterThan(0);
    }
    expect(registry.plugins()).to.deep.equal([]);
    expect(({} as Record<string, unknown>).save).to.equal(undefined);
  });

  it('drops __proto__ keys in translations without polluting any prototype', () => {
    const registry = createPluginRegistry();
    const outer = registry.register(JSON.parse('{"name": "p1", "translations": {"__proto__": {"save": "x"}}}'));
    const inner = registry.register(JSON.parse('{"name": "p2", "translations": {"en": {"__proto__": {"save": "x"}}}}'));
    expect(outer.ok && inner.ok).to.equal(true);
    expect(registry.translations('en').save).to.equal(undefined);
    expect(registry.languages()).to.deep.equal(['en']);
    expect(({} as Record<string, unknown>).save).to.equal(undefined);
  });

  it('does not modify the plugin object it was given, and hands out frozen lists', () => {
    const registry = createPluginRegistry();
    const plugin = structuredClone(municipalityPlugin);
    const before = JSON.stringify(plugin);
    registry.register(plugin);
    expect(JSON.stringify(plugin)).to.equal(before);
    expect(Object.isFrozen(plugin.checklistTemplates)).to.equal(false);
    expect(Object.isFrozen(registry.checklistTemplates())).to.equal(true);
    expect(Object.isFrozen(registry.checklistTemplates()[0])).to.equal(true);
  });

  describe('on a page without the widget that reads a kind (decision 0013)', () => {
    it('keeps templates and guides unlisted until a parser arrives, then lists those that pass', () => {
      const registry = createBareRegistry();
      const changes: PluginRegistryChange[] = [];
      registry.subscribe((change) => changes.push(change));
      const plugin = structuredClone(municipalityPlugin);
      const result = registry.register(plugin);
      expect(result.ok, JSON.stringify(result.ok ? '' : result.issues)).to.equal(true);
      // Everything the page can check at once is there; the waiting kinds are not listed.
      expect(registry.fieldVisitSections().map((section) => section.id)).to.deep.equal(['bolig']);
      expect(registry.checklistTemplates()).to.deep.equal([]);
      expect(registry.conversationGuides()).to.deep.equal([]);
      // What was registered is what gets checked, not what the author changes afterwards.
      plugin.checklistTemplates[0]!.version = 99;

      registry.useParser('checklistTemplates', parseChecklistTemplate);
      expect(registry.checklistTemplates().map((template) => [template.id, template.version])).to.deep.equal([['eksempel-kommune-bolig', 1]]);
      expect(Object.isFrozen(registry.checklistTemplates()[0])).to.equal(true);
      expect(registry.conversationGuides()).to.deep.equal([]);
      registry.useParser('conversationGuides', parseConversationGuide);
      expect(registry.conversationGuides().map((guide) => guide.id)).to.deep.equal(['eksempel-kommune-skolestart']);
      expect(registry.plugin('eksempel-kommune')?.fieldVisitSections?.map((section) => section.id)).to.deep.equal(['bolig']);
      expect(changes.map((change) => [change.type, change.plugin.name, change.issues])).to.deep.equal([
        ['register', 'eksempel-kommune', undefined],
        ['check', 'eksempel-kommune', undefined],
        ['check', 'eksempel-kommune', undefined],
      ]);
    });

    it('leaves out what the parser refuses and reports it in the language the plugin was registered in', async () => {
      // In a browser, core's English messages load on demand (decision 0011).
      await loadMessages('en');
      const registry = createBareRegistry();
      const changes: PluginRegistryChange[] = [];
      registry.subscribe((change) => changes.push(change));
      const brokenGuide = { ...schoolGuide, id: 'halv', phases: schoolGuide.phases.slice(0, 2) };
      expect(registry.register({ name: 'foerste', conversationGuides: [schoolGuide] }).ok).to.equal(true);
      expect(registry.register({ name: 'anden', conversationGuides: [brokenGuide, schoolGuide] }, { locale: 'en' }).ok).to.equal(true);
      registry.useParser('conversationGuides', parseConversationGuide);
      expect(registry.conversationGuides().map((guide) => guide.id)).to.deep.equal(['eksempel-kommune-skolestart']);
      const reported = changes.filter((change) => change.type === 'check');
      expect(reported.map((change) => change.plugin.name)).to.deep.equal(['foerste', 'anden']);
      expect(reported[0]?.issues).to.equal(undefined);
      const issues = reported[1]?.issues ?? [];
      expect(issues.map((issue) => issue.code)).to.include('conversation_guide_closing_last');
      expect(issues.filter((issue) => issue.code !== 'duplicate_id').every((issue) => issue.path[0] === 'conversationGuides' && issue.path[1] === 0)).to.equal(true);
      // The second plugin's copy of the first one's guide is a duplicate, reported at its place.
      expect(issues.filter((issue) => issue.code === 'duplicate_id').map((issue) => issue.path)).to.deep.equal([['conversationGuides', 1, 'id']]);
      expect(issues.find((issue) => issue.code === 'duplicate_id')?.message).to.equal('The id "eksempel-kommune-skolestart@1" is used more than once.');
    });

    it('checks at once once the parser is in use, and a second parser for the kind changes nothing', () => {
      const registry = createBareRegistry();
      registry.useParser('checklistTemplates', parseChecklistTemplate);
      registry.useParser('checklistTemplates', () => {
        throw new Error('never called');
      });
      const broken = registry.register({ name: 'tom', checklistTemplates: [{ ...housingTemplate, phases: [] }] });
      expect(broken.ok).to.equal(false);
      if (!broken.ok) expect(broken.issues.every((issue) => issue.path[0] === 'checklistTemplates')).to.equal(true);
      expect(registry.register({ name: 'fin', checklistTemplates: [housingTemplate] }).ok).to.equal(true);
      expect(registry.checklistTemplates().map((template) => template.id)).to.deep.equal(['eksempel-kommune-bolig']);
    });

    it('forgets the waiting entries of a plugin that is unregistered, and refuses entries it cannot keep', () => {
      const registry = createBareRegistry();
      registry.register({ name: 'vaek', checklistTemplates: [housingTemplate] });
      expect(registry.unregister('vaek')).to.equal(true);
      registry.useParser('checklistTemplates', parseChecklistTemplate);
      expect(registry.checklistTemplates()).to.deep.equal([]);
      // A function cannot be copied for later checking: an issue, never a throw.
      const withFunction = registry.register({ name: 'funktion', conversationGuides: [{ id: 'x', render: () => 1 }] });
      expect(withFunction.ok ? [] : withFunction.issues.map((issue) => issue.code)).to.deep.equal(['unreadable_input']);
    });
  });
});
