import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { answerStep, DEFAULT_CONVERSATION_GUIDE, parseConversationSession, pauseSession, startSession } from '@samspil/core';
import type { ConversationAnswer, ConversationSession } from '@samspil/core';
import { registerPlugin } from '../kit/plugins/register-plugin.js';
import { pluginRegistry } from '../kit/plugins/plugin-registry.js';
import type { SamspilErrorEvent } from '../kit/samspil-error-event.js';
import { expectAccessible } from '../kit/testing/expect-accessible.js';
import { HOSTILE_ELEMENT_SELECTOR, hostilePayloads, resetPwned, wasPwned } from '../kit/testing/hostile-payloads.js';
import { deepActiveElement, pressKey, tabTo, typeText } from '../kit/testing/keyboard.js';
import type { SamspilSessionChangeEvent, SamspilSessionEndEvent } from './actioncard.js';
import { SamspilActioncard } from './actioncard.js';

const GUIDE = DEFAULT_CONVERSATION_GUIDE;
const START = { 'family-id': 'fam-1', 'person-ids': 'p-1, p-2', 'actor-id': 'a-7', 'session-id': 'samtale-1' };

/** A clock one minute further on at every call, so records are the same on every run. */
function steppingClock(start = '2026-03-02T09:00:00.000Z'): () => Date {
  let time = Date.parse(start);
  return () => {
    const now = new Date(time);
    time += 60_000;
    return now;
  };
}

interface MountOptions {
  readonly attributes?: Record<string, string>;
  readonly properties?: Partial<Record<'session' | 'guide' | 'readOnly' | 'config', unknown>>;
  readonly json?: string;
  readonly wrapperAttributes?: Record<string, string>;
}

async function mount(options: MountOptions = {}): Promise<SamspilActioncard> {
  const element = document.createElement('samspil-actioncard');
  element.clock = steppingClock();
  for (const [name, value] of Object.entries(options.attributes ?? {})) element.setAttribute(name, value);
  for (const [name, value] of Object.entries(options.properties ?? {})) (element as unknown as Record<string, unknown>)[name] = value;
  if (options.json !== undefined) {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = options.json;
    element.append(script);
  }
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  for (const [name, value] of Object.entries(options.wrapperAttributes ?? {})) wrapper.setAttribute(name, value);
  wrapper.append(element);
  await element.updateComplete;
  return element;
}

const $ = <T extends Element = HTMLElement>(element: SamspilActioncard, selector: string): T | null =>
  element.shadowRoot?.querySelector<T>(selector) ?? null;
const $$ = (element: SamspilActioncard, selector: string): Element[] => [...(element.shadowRoot?.querySelectorAll(selector) ?? [])];
const textOf = (element: SamspilActioncard, selector: string): string => ($(element, selector)?.textContent ?? '').replace(/\s+/g, ' ').trim();
const promptOf = (stepId: string, locale: 'da' | 'en' = 'da'): string => {
  for (const phase of GUIDE.phases) for (const step of phase.steps) if (step.id === stepId) return step.prompt[locale];
  throw new Error(stepId);
};

async function settle(element: SamspilActioncard): Promise<void> {
  await element.updateComplete;
  await aTimeout(0);
  await element.updateComplete;
}

async function start(element: SamspilActioncard): Promise<void> {
  const button = $(element, '#start');
  expect(button, 'start button').to.not.equal(null);
  button?.click();
  await settle(element);
}

async function answer(element: SamspilActioncard, value: ConversationAnswer): Promise<void> {
  const button = $(element, `button[data-answer="${value}"]`);
  expect(button, `answer button ${value} at ${textOf(element, '#step-heading')}`).to.not.equal(null);
  button?.click();
  await settle(element);
}

function setField(element: SamspilActioncard, selector: string, value: string, eventName = 'input'): void {
  const field = $<HTMLInputElement>(element, selector);
  expect(field, selector).to.not.equal(null);
  if (field === null) return;
  field.value = value;
  field.dispatchEvent(new Event(eventName, { bubbles: true, composed: true }));
}

/** Opening, then a "no" to talking about anything sensitive: every exploration step is skipped. */
async function walkToClosing(element: SamspilActioncard): Promise<void> {
  for (let index = 0; index < 5; index += 1) await answer(element, 'answered');
  await answer(element, 'no');
}

const collect = <T extends Event>(element: EventTarget, name: string): T[] => {
  const events: T[] = [];
  element.addEventListener(name, (event) => events.push(event as T));
  return events;
};

function sessionAfter(answers: [string, ConversationAnswer][]): ConversationSession {
  const clock = steppingClock('2026-03-01T10:00:00.000Z');
  const started = startSession(GUIDE, { id: 's-resume', familyId: 'fam-2', personIds: ['p-9'], actorId: 'a-1', now: clock() });
  if (!started.ok) throw new Error('start');
  let session = started.value;
  for (const [stepId, value] of answers) {
    const next = answerStep(session, GUIDE, { stepId, answer: value, now: clock() });
    if (!next.ok) throw new Error(JSON.stringify(next.issues));
    session = next.value;
  }
  return session;
}

describe('<samspil-actioncard>', () => {
  let originalLang: string | null;

  beforeEach(() => {
    originalLang = document.documentElement.getAttribute('lang');
    document.documentElement.removeAttribute('lang');
    resetPwned();
  });

  afterEach(() => {
    if (originalLang === null) document.documentElement.removeAttribute('lang');
    else document.documentElement.setAttribute('lang', originalLang);
    expect(wasPwned(), 'a hostile payload ran').to.equal(false);
  });

  describe('defaults and configuration', () => {
    it('is defined, registered as a built-in plugin, and waits quietly when nothing is configured', async () => {
      expect(customElements.get('samspil-actioncard')).to.equal(SamspilActioncard);
      expect(pluginRegistry.plugin('samspil-actioncard')?.elements?.[0]?.tagName).to.equal('samspil-actioncard');
      const errors: Event[] = [];
      document.addEventListener('samspil-error', (event) => errors.push(event), { once: true });
      const element = await mount();
      await settle(element);
      expect(element.readOnly).to.equal(false);
      expect(element.session).to.equal(undefined);
      expect(textOf(element, '.quiet')).to.contain('Samtaleguiden vises, når familien');
      expect($(element, '[role="alert"]')).to.equal(null);
      expect(errors).to.have.length(0);
      await expectAccessible(element);
    });

    it('syncs attributes and properties, with person-ids as a comma-separated list', async () => {
      const element = await mount({ attributes: START });
      expect(element.familyId).to.equal('fam-1');
      expect(element.personIds).to.deep.equal(['p-1', 'p-2']);
      expect(element.actorId).to.equal('a-7');
      expect(element.sessionId).to.equal('samtale-1');
      element.personIds = ['p-3', 'p-4'];
      element.readOnly = true;
      element.guideId = GUIDE.id;
      await element.updateComplete;
      expect(element.getAttribute('person-ids')).to.equal('p-3,p-4');
      expect(element.hasAttribute('read-only')).to.equal(true);
      expect(element.getAttribute('guide-id')).to.equal(GUIDE.id);
      element.removeAttribute('read-only');
      await element.updateComplete;
      expect(element.readOnly).to.equal(false);
    });

    it('reads the inline JSON block the way a CMS page writes it', async () => {
      const changes = collect<SamspilSessionChangeEvent>(document, 'samspil-session-change');
      const element = await mount({ json: JSON.stringify({ familyId: 'fam-3', personIds: ['p-5'], actorId: 'a-2', sessionId: 'cms-1' }) });
      expect(textOf(element, '#title')).to.equal(GUIDE.title.da);
      await start(element);
      expect(element.session?.familyId).to.equal('fam-3');
      expect(element.session?.personIds).to.deep.equal(['p-5']);
      expect(element.session?.id).to.equal('cms-1');
      expect(changes.at(-1)?.detail.session).to.equal(element.session);
    });

    it('shows a localized error state and fires samspil-error for bad configuration', async () => {
      const element = document.createElement('samspil-actioncard');
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = JSON.stringify({ guideId: 42, familyId: 'fam-1', personIds: [], actorId: 'a-1', extra: true });
      element.append(script);
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      const errorEvent = new Promise<SamspilErrorEvent>((resolve) => element.addEventListener('samspil-error', resolve, { once: true }));
      wrapper.append(element);
      const event = await errorEvent;
      expect(event.detail.source).to.equal('configuration');
      expect(event.detail.issues.map((issue) => issue.path.join('.'))).to.include.members(['guideId', 'extra']);
      expect(textOf(element, '[role="alert"]')).to.contain('Indholdet kan ikke vises');
      await expectAccessible(element);
    });

    it('reports an unknown guide id, missing participants and a session for another guide through core', async () => {
      const unknown = await mount({ attributes: { ...START, 'guide-id': 'findes-ikke' } });
      await settle(unknown);
      expect(textOf(unknown, '[role="alert"]')).to.contain('"findes-ikke"');

      const missing = document.createElement('samspil-actioncard');
      missing.setAttribute('family-id', 'fam-1');
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"></div>`);
      const errorEvent = new Promise<SamspilErrorEvent>((resolve) => missing.addEventListener('samspil-error', resolve, { once: true }));
      wrapper.append(missing);
      const event = await errorEvent;
      expect(event.detail.issues.map((issue) => [issue.code, issue.path.join('.')])).to.deep.include.members([
        ['required', 'personIds'],
        ['required', 'actorId'],
      ]);
      expect(textOf(missing, '[role="alert"]')).to.contain('This content cannot be shown');
      await expectAccessible(missing);

      const other = { ...sessionAfter([]), guideVersion: 2 };
      const mismatch = await mount({ properties: { session: other } });
      await settle(mismatch);
      expect(textOf(mismatch, '[role="alert"]')).to.contain('samspil.flight-exile-trauma v2');
    });
  });

  describe('conversation', () => {
    it('starts a session from the default guide and moves focus to the first step', async () => {
      const element = await mount({ attributes: START });
      expect(textOf(element, '#title')).to.equal(GUIDE.title.da);
      expect($$(element, '.overview li')).to.have.length(GUIDE.phases.length);
      await expectAccessible(element);
      const changes = collect<SamspilSessionChangeEvent>(element, 'samspil-session-change');
      await start(element);
      expect(changes).to.have.length(1);
      const session = changes[0]?.detail.session;
      expect(session?.status).to.equal('in-progress');
      expect(session?.guideId).to.equal(GUIDE.id);
      expect(session?.startedAt).to.equal('2026-03-02T09:00:00.000Z');
      expect(session?.personIds).to.deep.equal(['p-1', 'p-2']);
      expect(textOf(element, '#step-heading')).to.equal(promptOf('opening.introduction'));
      expect(deepActiveElement()).to.equal($(element, '#step-heading'));
      expect(textOf(element, '.phase--current')).to.contain('Indledning');
      expect($(element, '.phase--current')?.getAttribute('aria-current')).to.equal('step');
      expect(textOf(element, '#progress-label')).to.equal("0 af 38 trin gennemgået");
      // Only the answers the step allows.
      expect($$(element, '.answers button').map((button) => button.getAttribute('data-answer'))).to.deep.equal(['answered', 'not-now']);
    });

    it('walks the steps as answers are recorded, announcing each change and focusing the new heading', async () => {
      const element = await mount({ attributes: START });
      await start(element);
      await answer(element, 'answered');
      expect(textOf(element, '#step-heading')).to.equal(promptOf('opening.purpose'));
      expect(deepActiveElement()).to.equal($(element, '#step-heading'));
      expect(element.session?.answers).to.deep.equal([{ stepId: 'opening.introduction', answer: 'answered', at: '2026-03-02T09:01:00.000Z' }]);
      await aTimeout(80);
      expect(textOf(element, '[part="live-region"]')).to.equal('Registreret: Talt om. Trin 2 af 38.');
      expect(textOf(element, '#progress-label')).to.equal('1 af 38 trin gennemgået');
      expect($<HTMLProgressElement>(element, 'progress')?.value).to.equal(1);
      await expectAccessible(element);
    });

    it('skips the dependents of a declined permission, says why, and shows it in the summary', async () => {
      const element = await mount({ attributes: START });
      await start(element);
      for (let index = 0; index < 5; index += 1) await answer(element, 'answered');
      await answer(element, 'yes');
      expect(textOf(element, '#step-heading')).to.equal(promptOf('life-before.permission'));
      await answer(element, 'declined');
      const notice = textOf(element, '[part="skip-notice"]');
      expect(notice).to.contain(`Svaret på „${promptOf('life-before.permission')}“ var „Vil ikke svare“`);
      expect(notice).to.contain('2 trin over');
      expect($$(element, '[part="skip-notice"] li').map((item) => item.textContent)).to.deep.equal([
        promptOf('life-before.origin'),
        promptOf('life-before.roles'),
      ]);
      expect(textOf(element, '#step-heading')).to.equal(promptOf('resources.permission'));
      await aTimeout(80);
      expect(textOf(element, '[part="live-region"]')).to.contain('springes 2 trin over');

      // Stop, and the summary keeps the reason for each skip.
      $(element, '#stop')?.click();
      await settle(element);
      $(element, '#stop-confirm-button')?.click();
      await settle(element);
      const why = $$(element, '.summary__why').map((item) => item.textContent?.replace(/\s+/g, ' ').trim());
      expect(why).to.deep.equal([
        `Sprunget over, fordi svaret på „${promptOf('life-before.permission')}“ var „Vil ikke svare“.`,
        `Sprunget over, fordi svaret på „${promptOf('life-before.permission')}“ var „Vil ikke svare“.`,
      ]);
    });

    it('defers a step with "not now" and lets it be taken up again', async () => {
      const element = await mount({ attributes: START });
      await start(element);
      await answer(element, 'not-now');
      expect(textOf(element, '#step-heading')).to.equal(promptOf('opening.purpose'));
      expect(textOf(element, '#deferred-heading')).to.equal('Udskudt til senere (1)');
      const takeUp = $(element, '.take-up');
      expect(takeUp?.getAttribute('aria-describedby')).to.equal('deferred-opening.introduction');
      takeUp?.click();
      await settle(element);
      expect(textOf(element, '#step-heading')).to.equal(promptOf('opening.introduction'));
      expect(deepActiveElement()).to.equal($(element, '#step-heading'));
      expect($(element, '#deferred-heading')).to.equal(null);
      await answer(element, 'answered');
      expect(textOf(element, '#step-heading')).to.equal(promptOf('opening.purpose'));
      expect(element.session?.answers.map((record) => record.answer)).to.deep.equal(['not-now', 'answered']);
    });

    it('stores a note with the answer and shows hostile note text only as text', async () => {
      const element = await mount({ attributes: START });
      await start(element);
      await walkToClosing(element);
      expect(textOf(element, '#step-heading')).to.equal(promptOf('closing.anything-else'));
      expect($(element, '#note')).to.not.equal(null);
      const payload = hostilePayloads.slice(0, 11).join(' ');
      setField(element, '#note', payload);
      await answer(element, 'answered');
      expect(element.session?.answers.at(-1)).to.deep.include({ stepId: 'closing.anything-else', note: payload });
      // Info steps without notes get no note field.
      await answer(element, 'answered');
      await answer(element, 'answered');
      expect(textOf(element, '#step-heading')).to.equal(promptOf('closing.next'));
      expect($(element, '#note')).to.equal(null);
      $(element, '#stop')?.click();
      await settle(element);
      $(element, '#stop-confirm-button')?.click();
      await settle(element);
      const notes = $$(element, '.summary__note').map((note) => note.textContent ?? '');
      expect(notes.some((note) => note.includes(payload))).to.equal(true);
      expect(element.shadowRoot?.querySelector(HOSTILE_ELEMENT_SELECTOR)).to.equal(null);
    });

    it('records the closing: follow-up date, referral accepted and to whom, then completes with session-end', async () => {
      const element = await mount({ attributes: START });
      const changes = collect<SamspilSessionChangeEvent>(element, 'samspil-session-change');
      const ends = collect<SamspilSessionEndEvent>(element, 'samspil-session-end');
      await start(element);
      await walkToClosing(element);
      for (let index = 0; index < 4; index += 1) await answer(element, 'answered');
      expect(textOf(element, '#step-heading')).to.equal(promptOf('closing.follow-up'));
      expect($(element, '.phase--current')?.textContent).to.contain('Afrunding');
      setField(element, '#follow-up-date', '2026-03-16');
      await answer(element, 'yes');
      expect(textOf(element, '#step-heading')).to.equal(promptOf('closing.referral'));
      setField(element, '#referral-sector', 'gp', 'change');
      setField(element, '#referral-description', 'Egen læge i Vollsmose');
      await answer(element, 'yes');
      await answer(element, 'answered');
      expect(textOf(element, '#step-heading')).to.equal('Alle trin er gennemgået');
      expect(deepActiveElement()).to.equal($(element, '#step-heading'));
      await expectAccessible(element);
      expect(ends).to.have.length(0);
      $(element, '#complete')?.click();
      await settle(element);
      expect(ends).to.have.length(1);
      expect(ends[0]?.detail.outcome).to.equal('completed');
      expect(ends[0]?.detail.session.status).to.equal('completed');
      expect(ends[0]?.detail.session).to.equal(changes.at(-1)?.detail.session);
      expect(element.session?.closing).to.deep.equal({
        referralOffered: true,
        followUpAgreed: true,
        followUpDate: '2026-03-16',
        referralAccepted: true,
        referralTo: { sector: 'gp', description: 'Egen læge i Vollsmose' },
      });
      expect(textOf(element, '#outcome-heading')).to.equal('Samtalen er afsluttet');
      expect(deepActiveElement()).to.equal($(element, '#outcome-heading'));
      expect(textOf(element, '.closing-follow-up')).to.equal('Opfølgning aftalt den 16. marts 2026.');
      expect(textOf(element, '.closing-referral')).to.equal('Henvisning tilbudt, og familien sagde ja. Til: Praktiserende læge (egen læge), Egen læge i Vollsmose');
      expect(textOf(element, '.summary')).to.contain('Sprunget over (25)');
      expect($(element, '[part="controls"]')).to.equal(null);
      await expectAccessible(element);
      // Every event carried a record core accepts, and the property reads the latest.
      expect(changes.length).to.equal(1 + 6 + 7 + 1);
      for (const change of changes) expect(parseConversationSession(change.detail.session).ok).to.equal(true);
      expect(element.session).to.equal(changes.at(-1)?.detail.session);
    });

    it('shows core refusals with core message, linked to the answers', async () => {
      let calls = 0;
      const element = await mount({ attributes: START });
      element.clock = () => new Date(Date.UTC(2026, 2, 2, 9, calls++ === 0 ? 30 : 0));
      await start(element);
      await answer(element, 'answered');
      const issues = $(element, '#step-issues');
      expect(issues?.getAttribute('role')).to.equal('alert');
      expect(textOf(element, '#step-issues')).to.contain('Tidspunktet ligger før');
      expect($(element, '.answers')?.getAttribute('aria-describedby')).to.equal('step-issues');
      expect(element.session?.answers).to.deep.equal([]);
    });

    it('resumes an existing session from the session property, and shows a paused one as paused', async () => {
      const session = sessionAfter([
        ['opening.introduction', 'answered'],
        ['opening.purpose', 'answered'],
      ]);
      const element = await mount({ properties: { session } });
      expect(element.session).to.deep.equal(session);
      expect(textOf(element, '#step-heading')).to.equal(promptOf('opening.confidentiality'));
      expect(textOf(element, '#progress-label')).to.equal('2 af 38 trin gennemgået');
      const changes = collect<SamspilSessionChangeEvent>(element, 'samspil-session-change');
      // Handing back the record from an event changes nothing.
      await answer(element, 'answered');
      element.session = changes[0]?.detail.session;
      await settle(element);
      expect(textOf(element, '#step-heading')).to.equal(promptOf('opening.interpreter'));

      const paused = pauseSession(session, { now: '2026-03-01T11:00:00.000Z' });
      if (!paused.ok) throw new Error('pause');
      element.session = paused.value;
      await settle(element);
      expect(textOf(element, '#paused-heading')).to.equal('Samtalen holder pause');
      expect(textOf(element, '#pause-toggle')).to.equal('Fortsæt samtalen');
    });

    it('uses a guide a plugin registered through the kit registry', async () => {
      const text = (da: string, en: string) => ({ da, en });
      const guide = {
        id: 'eksempel-kommune-skolestart',
        version: 1,
        title: text('Samtale om skolestart', 'Talking about starting school'),
        description: text('En kort samtale før skolestart.', 'A short talk before school starts.'),
        source: { source: 'samspil', section: 'eksempel' },
        phases: [
          { id: 'aabning', kind: 'opening', title: text('Åbning', 'Opening'), steps: [{ id: 'hilsen', kind: 'info', prompt: text('Fortæl hvem du er.', 'Say who you are.'), answers: ['answered'] }] },
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
      const registered = registerPlugin({ name: 'test-kommune-actioncard', conversationGuides: [guide] });
      expect(registered.ok, JSON.stringify(registered)).to.equal(true);
      try {
        const element = await mount({ attributes: { ...START, 'guide-id': guide.id } });
        expect(textOf(element, '#title')).to.equal('Samtale om skolestart');
        await start(element);
        expect(element.session?.guideId).to.equal(guide.id);
        await answer(element, 'answered');
        await answer(element, 'no');
        expect(textOf(element, '[part="skip-notice"] li')).to.equal('Hvordan går det?');
        expect(textOf(element, '#step-heading')).to.equal('Aftal opfølgning.');
        // The follow-up step only allows "answered", so no date can be recorded there.
        expect($(element, '#follow-up-date')).to.equal(null);
        await answer(element, 'answered');
        await answer(element, 'no');
        $(element, '#complete')?.click();
        await settle(element);
        expect(element.session?.status).to.equal('completed');
        expect(textOf(element, '.closing-referral')).to.equal('Henvisning tilbudt, men ikke ønsket lige nu.');
      } finally {
        pluginRegistry.unregister('test-kommune-actioncard');
      }
    });
  });

  describe('pause and stop', () => {
    it('keeps an element that gets focus from hiding under the sticky pause and stop bar (WCAG 2.4.11)', async () => {
      // A step with long guidance in a short scrolling area (a portal's panel): the bar sticks to its top.
      const guide = JSON.parse(JSON.stringify(GUIDE)) as typeof GUIDE;
      const first = guide.phases[0]?.steps[0] as { guidance?: { da: string; en: string } };
      first.guidance = { da: 'En lang vejledning til samtalen. '.repeat(40), en: 'A long piece of guidance. '.repeat(40) };
      const element = await mount({ attributes: START, properties: { guide }, wrapperAttributes: { style: 'block-size: 200px; overflow: auto' } });
      await start(element);
      const scroller = element.parentElement as HTMLElement;
      const bar = $(element, '.controls') as HTMLElement;
      const heading = $(element, '#step-heading') as HTMLElement;
      // Start moved focus to the heading; go down to the answers first, as a person reading would,
      // then scroll back until the heading sits at the top of the area, under the bar. The browser
      // does not scroll an element that is inside the visible area on focus, covered or not.
      $(element, 'button[data-answer="answered"]')?.focus();
      scroller.scrollTop += heading.getBoundingClientRect().top - scroller.getBoundingClientRect().top;
      const before = heading.getBoundingClientRect();
      expect(before.top < bar.getBoundingClientRect().bottom, 'the heading starts under the bar').to.equal(true);
      heading.focus();
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      expect(element.shadowRoot?.activeElement).to.equal(heading);
      const covered = bar.getBoundingClientRect();
      const box = heading.getBoundingClientRect();
      expect(box.top < covered.bottom && box.bottom > covered.top, 'the focused heading is not under the bar').to.equal(false);
      expect(box.top).to.be.at.least(covered.bottom);
    });

    it('pauses, resumes and stops by keyboard only, from any step', async () => {
      const element = await mount({ attributes: START });
      const ends = collect<SamspilSessionEndEvent>(element, 'samspil-session-end');
      await tabTo($(element, '#start') as HTMLElement);
      await pressKey('Enter');
      await settle(element);
      // Answer two steps by keyboard.
      for (let index = 0; index < 2; index += 1) {
        await tabTo($(element, 'button[data-answer="answered"]') as HTMLElement);
        await pressKey('Enter');
        await settle(element);
      }
      expect(textOf(element, '#step-heading')).to.equal(promptOf('opening.confidentiality'));

      const toggle = $(element, '#pause-toggle') as HTMLElement;
      await tabTo(toggle, { backwards: true });
      await pressKey('Enter');
      await settle(element);
      expect(element.session?.status).to.equal('paused');
      expect(textOf(element, '#paused-heading')).to.equal('Samtalen holder pause');
      expect(deepActiveElement()).to.equal(toggle);
      expect(toggle.textContent?.trim()).to.equal('Fortsæt samtalen');
      expect($(element, '.answers')).to.equal(null);
      await expectAccessible(element);

      await pressKey('Space');
      await settle(element);
      expect(element.session?.status).to.equal('in-progress');
      expect(deepActiveElement()).to.equal($(element, '#step-heading'));
      expect(textOf(element, '#step-heading')).to.equal(promptOf('opening.confidentiality'));

      // Stop: confirmation inline, Escape cancels and gives focus back.
      const stop = $(element, '#stop') as HTMLElement;
      await tabTo(stop, { backwards: true });
      await pressKey('Enter');
      await settle(element);
      expect(stop.getAttribute('aria-expanded')).to.equal('true');
      expect(deepActiveElement()).to.equal($(element, '#stop-heading'));
      await expectAccessible(element);
      await pressKey('Escape');
      await settle(element);
      expect($(element, '#stop-confirm')).to.equal(null);
      expect(deepActiveElement()).to.equal(stop);

      await pressKey('Enter');
      await settle(element);
      await tabTo($(element, '#stop-reason') as HTMLElement);
      await typeText('Træt <b>i dag</b>');
      await tabTo($(element, '#stop-confirm-button') as HTMLElement);
      await pressKey('Enter');
      await settle(element);
      expect(element.session?.status).to.equal('stopped');
      expect(element.session?.stopReason).to.equal('Træt <b>i dag</b>');
      expect(ends.map((event) => event.detail.outcome)).to.deep.equal(['stopped']);
      expect(textOf(element, '#outcome-heading')).to.equal('Samtalen er stoppet');
      expect(textOf(element, '[part="outcome"]')).to.contain('Det er en god afslutning');
      expect(textOf(element, '.stop-reason')).to.contain('Træt <b>i dag</b>');
      expect(deepActiveElement()).to.equal($(element, '#outcome-heading'));
      expect(textOf(element, '.summary')).to.contain('Talt om (2)');
      expect(textOf(element, '.summary')).to.contain('Ikke nået (36)');
      expect($(element, 'b')).to.equal(null);
      await expectAccessible(element);
    });

    it('can stop from a paused conversation and from the last closing step', async () => {
      const paused = await mount({ attributes: START });
      await start(paused);
      $(paused, '#pause-toggle')?.click();
      await settle(paused);
      $(paused, '#stop')?.click();
      await settle(paused);
      $(paused, '#stop-confirm-button')?.click();
      await settle(paused);
      expect(paused.session?.status).to.equal('stopped');
      expect(paused.session?.stopReason).to.equal(undefined);

      const closing = await mount({ attributes: START });
      await start(closing);
      await walkToClosing(closing);
      for (let index = 0; index < 4; index += 1) await answer(closing, 'answered');
      expect($(closing, '#stop')).to.not.equal(null);
      $(closing, '#stop')?.click();
      await settle(closing);
      $(closing, '#stop-confirm-button')?.click();
      await settle(closing);
      expect(closing.session?.status).to.equal('stopped');
    });
  });

  describe('language, direction, read-only', () => {
    it('follows lang="en" and switches language at runtime', async () => {
      const element = await mount({ attributes: { ...START, lang: 'en' } });
      expect(textOf(element, '#title')).to.equal(GUIDE.title.en);
      expect(textOf(element, '#start')).to.equal('Start the conversation');
      await expectAccessible(element);
      await start(element);
      expect(textOf(element, '#step-heading')).to.equal(promptOf('opening.introduction', 'en'));
      expect(textOf(element, 'button[data-answer="not-now"]')).to.equal('Not now');
      element.setAttribute('lang', 'da');
      await settle(element);
      expect(textOf(element, '#step-heading')).to.equal(promptOf('opening.introduction'));
      expect(textOf(element, 'button[data-answer="not-now"]')).to.equal('Ikke nu');
      expect(textOf(element, '#pause-toggle')).to.equal('Hold pause');
      document.documentElement.setAttribute('lang', 'en');
      element.removeAttribute('lang');
      await settle(element);
      expect(textOf(element, '#pause-toggle')).to.equal('Take a break');
      await expectAccessible(element);
    });

    it('mirrors under dir="rtl"', async () => {
      const element = await mount({ attributes: START, wrapperAttributes: { dir: 'rtl' } });
      await start(element);
      const guidance = $(element, '.guidance') as HTMLElement;
      const style = getComputedStyle(guidance);
      expect(style.direction).to.equal('rtl');
      expect(style.borderRightWidth).to.equal('6px');
      expect(style.borderLeftWidth).to.equal('1px');
      await expectAccessible(element);
    });

    it('shows a session read-only, without any control that changes it', async () => {
      const session = sessionAfter([
        ['opening.introduction', 'answered'],
        ['opening.purpose', 'not-now'],
      ]);
      const element = await mount({ attributes: { 'read-only': '' }, properties: { session } });
      expect(element.readOnly).to.equal(true);
      expect(textOf(element, '.notice')).to.equal('Kun visning: samtalen kan ikke ændres her.');
      expect($$(element, 'button, textarea, input, select')).to.have.length(0);
      expect(textOf(element, '.summary')).to.contain('Talt om (1)');
      expect(textOf(element, '.summary')).to.contain('Udskudt (1)');
      await expectAccessible(element);

      const fresh = await mount({ attributes: { ...START, 'read-only': '' } });
      expect($(fresh, '#start')).to.equal(null);
    });
  });

  describe('hostile input', () => {
    it('shows hostile configuration values as text in the error state and never runs them', async () => {
      for (const payload of hostilePayloads) {
        const element = await mount({ attributes: { 'family-id': payload, 'person-ids': payload, 'actor-id': 'a-1', 'guide-id': payload } });
        await settle(element);
        expect(element.shadowRoot?.querySelector(HOSTILE_ELEMENT_SELECTOR), payload).to.equal(null);
        if (payload.trim() !== '') expect($(element, '[role="alert"]'), payload).to.not.equal(null);
      }
      const json = await mount({ json: JSON.stringify({ familyId: hostilePayloads[0], personIds: [hostilePayloads[2]], actorId: 'a-1' }) });
      expect($(json, '[role="alert"]')).to.not.equal(null);
      expect(json.shadowRoot?.querySelector(HOSTILE_ELEMENT_SELECTOR)).to.equal(null);
      await expectAccessible(json);
    });

    it('renders hostile guide texts from a property as text', async () => {
      const payload = hostilePayloads[0] as string;
      const guide = structuredClone(GUIDE) as unknown as { title: { da: string }; phases: { title: { da: string }; steps: { prompt: { da: string }; guidance?: { da: string } }[] }[] };
      guide.title.da = payload;
      const first = guide.phases[0];
      if (first === undefined || first.steps[0] === undefined) throw new Error('guide');
      first.title.da = hostilePayloads[1] as string;
      first.steps[0].prompt.da = hostilePayloads[2] as string;
      first.steps[0].guidance = { ...(first.steps[0].guidance ?? { da: '' }), da: hostilePayloads[3] as string };
      const element = await mount({ attributes: START, properties: { guide } });
      expect(textOf(element, '#title')).to.equal(payload);
      await start(element);
      expect(textOf(element, '#step-heading')).to.equal(hostilePayloads[2]);
      expect(textOf(element, '.guidance')).to.contain(hostilePayloads[3]);
      expect(element.shadowRoot?.querySelector(HOSTILE_ELEMENT_SELECTOR)).to.equal(null);
    });
  });

  describe('heading level', () => {
    const tagOf = (element: SamspilActioncard, selector: string) => $(element, selector)?.tagName;

    it('puts the guide title at h2 and the step at h3 by default', async () => {
      const element = await mount({ attributes: START });
      expect(tagOf(element, '#title')).to.equal('H2');
      expect([...new Set($$(element, '.subheading').map((node) => node.tagName))]).to.deep.equal(['H3']);
      await start(element);
      expect(tagOf(element, '#step-heading')).to.equal('H3');
    });

    it('follows heading-level at runtime, keeps focus on the step heading, and passes axe', async () => {
      const element = await mount({ attributes: { ...START, 'heading-level': '4' } });
      expect(tagOf(element, '#title')).to.equal('H4');
      await start(element);
      expect(tagOf(element, '#step-heading')).to.equal('H5');
      expect(deepActiveElement()).to.equal($(element, '#step-heading'));
      await expectAccessible(element);
      element.headingLevel = 6;
      await settle(element);
      expect(tagOf(element, '#title')).to.equal('H6');
      expect(tagOf(element, '#step-heading')).to.equal('H6');
      element.setAttribute('heading-level', 'seks');
      await settle(element);
      expect(tagOf(element, '#title')).to.equal('H2');
    });
  });
});

