// Eksempel Kommune's own page code: what a portal does around the Samspil widgets. It keeps the
// family in the browser's encrypted store (seeded on the first visit), hands the widgets their
// data and the store, saves what the checklist reports, shows every event a widget fires, and
// purges the device at logout. All text from data goes in with textContent.
import { purgeLocalDrafts } from '/samspil/samspil.js';
import { createIndexedDbStore } from '/samspil/storage.js';

const seed = JSON.parse(document.getElementById('portal-seed').textContent);
const created = createIndexedDbStore();
if (!created.ok) throw new Error(created.issues.map((issue) => issue.message).join(' '));
const store = created.value;

/** The stored record, or the seed put in its place on the first visit. */
async function storedOrSeeded(collection, record) {
  const found = await store.get(collection, record.id);
  if (found.ok && found.value !== null) return { value: found.value.value, version: found.value.version, seeded: false };
  const put = await store.put(collection, record, { expectedVersion: 0 });
  if (!put.ok) throw new Error(put.issues.map((issue) => issue.message).join(' '));
  return { value: record, version: put.value.record.version, seeded: true };
}

const family = await storedOrSeeded('families', seed.family);
const network = await storedOrSeeded('networks', { id: seed.family.id, actors: seed.actors });
const checklist = await storedOrSeeded('checklists', seed.checklist);
const actors = network.value.actors;

function cell(row, text) {
  const td = document.createElement('td');
  td.textContent = text;
  row.append(td);
}

const members = document.querySelector('#members tbody');
if (members !== null) {
  const roles = { parent: 'Forælder', child: 'Barn', 'other-relative': 'Anden slægtning' };
  for (const member of family.value.members) {
    const row = document.createElement('tr');
    cell(row, [member.givenName, member.familyName].filter(Boolean).join(' '));
    cell(row, roles[member.role] ?? member.role);
    cell(row, member.birthDate ?? String(member.birthYear ?? ''));
    cell(row, member.languages.join(', '));
    members.append(row);
  }
  const network = document.querySelector('#actors tbody');
  for (const actor of actors) {
    const row = document.createElement('tr');
    cell(row, actor.name);
    cell(row, seed.sectorLabels[actor.sector] ?? actor.sector);
    cell(row, actor.authority?.name ?? '');
    network.append(row);
  }
  document.querySelector('#store-state').textContent = family.seeded
    ? 'Første besøg: familien er nu lagt krypteret i browserens lager.'
    : 'Familien er hentet fra browserens krypterede lager.';
}

const form = document.querySelector('samspil-field-visit-form');
if (form !== null) {
  form.store = store;
  form.family = family.value;
  form.actors = actors;
}

const card = document.querySelector('samspil-actioncard');
if (card !== null) card.store = store;

const list = document.querySelector('samspil-coordination-checklist');
if (list !== null) {
  list.today = seed.today;
  list.actors = actors;
  list.instance = checklist.value;
  let version = checklist.version;
  // The portal keeps the instance: every accepted change is saved on top of the version it read.
  list.addEventListener('samspil-checklist-change', async (event) => {
    const saved = await store.put('checklists', event.detail.instance, { expectedVersion: version });
    if (saved.ok) version = saved.value.record.version;
    else log('lager', saved.issues.map((issue) => issue.message).join(' '));
  });
}

// The event log: what an embedder receives, newest first.
const logList = document.querySelector('#event-log');
function log(type, summary) {
  if (logList === null) return;
  const item = document.createElement('li');
  const time = document.createElement('time');
  time.textContent = new Date().toLocaleTimeString('da-DK');
  const name = document.createElement('code');
  name.textContent = type;
  item.append(time, ' ', name, ' ', summary);
  logList.prepend(item);
  while (logList.children.length > 50) logList.lastElementChild?.remove();
}

const summaries = {
  'samspil-visit-submit': (detail) => `besøg ${detail.visit.id} indsendt af ${detail.visit.submittedByActorId ?? '?'}`,
  'samspil-session-change': (detail) => `samtale ${detail.session.id}: ${detail.session.status}, ${detail.session.answers.length} svar`,
  'samspil-session-end': (detail) => `samtale ${detail.session.id} sluttede: ${detail.outcome}`,
  'samspil-checklist-change': (detail) => `punkt ${detail.item.itemId}: ${detail.item.status}${detail.item.ownerActorId ? `, ansvarlig ${detail.item.ownerActorId}` : ''}`,
  'samspil-error': (detail) => `${detail.issues.length} problem(er) i opsætningen`,
};
for (const [type, summarise] of Object.entries(summaries)) {
  document.addEventListener(type, (event) => {
    try {
      log(type, summarise(event.detail));
    } catch {
      log(type, '');
    }
  });
}
document.addEventListener('change', (event) => {
  if (event.target === form) log('change', `værdi på ${form.value.length} tegn (formularfeltet "${form.name}")`);
});

// A submitted visit goes nowhere in this demo: the portal's own <form> would post it.
document.querySelector('#visit-form')?.addEventListener('submit', (event) => event.preventDefault());

document.querySelector('#logout')?.addEventListener('click', async () => {
  const results = await Promise.all([store.purge(), purgeLocalDrafts()]);
  const ok = results.every((result) => result.ok);
  const main = document.querySelector('main');
  const message = document.createElement('p');
  message.setAttribute('role', 'status');
  message.className = 'alert';
  message.textContent = ok ? 'Du er logget ud. Alt, hvad portalen havde gemt på enheden, er slettet.' : 'Logget ud, men noget kunne ikke slettes fra enheden. Luk browseren.';
  main?.prepend(message);
});
