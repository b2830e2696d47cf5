// The portal's pages as HTML strings: DKFDS page chrome around Samspil's widgets. Everything a
// page shows from data is set by portal.js as text, or sits in JSON blocks that cannot close
// their own <script> element.

/** JSON for a `<script type="application/json">` block: `<` is escaped so no data can end the block. */
export const jsonBlock = (value, id) =>
  `<script type="application/json"${id === undefined ? '' : ` id="${id}"`}>${JSON.stringify(value).replace(/</g, '\\u003c')}</script>`;

const NAV = [
  ['/', 'Familien og netværket'],
  ['/hjemmebesoeg', 'Hjemmebesøg'],
  ['/samtale', 'Samtale (actioncard)'],
  ['/tjekliste', 'Koordineringstjekliste'],
  ['/cms', 'CMS-side (kun script-tag)'],
];

function layout({ path, title, intro, body, seed }) {
  const nav = NAV.map(
    ([href, label]) => `<li${href === path ? ' class="active current"' : ''}><a href="${href}"${href === path ? ' aria-current="page"' : ''}>${label}</a></li>`,
  ).join('\n          ');
  return `<!doctype html>
<html lang="da">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${title} · Eksempel Kommune</title>
  <link rel="stylesheet" href="/dkfds/css/dkfds.min.css">
  <link rel="stylesheet" href="/assets/portal.css">
  <script type="module" src="/samspil/samspil.js"></script>
  ${seed === undefined ? '' : '<script type="module" src="/assets/portal.js"></script>'}
</head>
<body>
  <a class="skipnav" href="#main-content">Gå til sidens indhold</a>
  <header class="header">
    <div class="portal-header">
      <div class="container portal-header-inner">
        <a href="/" class="portal-name">Eksempel Kommune</a>
        <p class="portal-info"><span class="weight-semibold">Sara Holm</span> · Børn og Familie</p>
        <button type="button" class="button button-secondary" id="logout">Log ud</button>
      </div>
    </div>
    <div class="solution-header">
      <div class="container">
        <p class="solution-heading">Samspil · fælles overblik over familien (opdigtet eksempel)</p>
      </div>
    </div>
  </header>
  <div class="container">
    <div class="row">
      <nav class="col-12 col-lg-3 sidebar-col" aria-label="Sider">
        <ul class="sidenav-list">
          ${nav}
        </ul>
      </nav>
      <main class="col-12 col-lg-9" id="main-content">
        <h1>${title}</h1>
        <p class="font-lead">${intro}</p>
        ${body}
      </main>
    </div>
  </div>
  ${seed === undefined ? '' : jsonBlock(seed, 'portal-seed')}
</body>
</html>`;
}

const eventLog = `<section class="event-log" aria-labelledby="event-log-title">
          <h2 id="event-log-title" class="h4">Hændelser fra widget'en</h2>
          <p class="form-hint">Det en portal modtager: typen og de vigtigste felter. Nyeste øverst.</p>
          <ol class="event-log__list" id="event-log" aria-live="off"></ol>
        </section>`;

/** Every page of the portal, by path. */
export function portalPages(seed) {
  return {
    '/': layout({
      path: '/',
      title: 'Familien Darwish',
      intro: 'Familien og de fagfolk, der er omkring den. Data ligger krypteret i browserens lager og blev lagt der ved første besøg.',
      seed,
      body: `<section aria-labelledby="members-title">
          <h2 id="members-title">Familiens medlemmer</h2>
          <table class="table table--compact" id="members"><thead><tr><th scope="col">Navn</th><th scope="col">Rolle</th><th scope="col">Født</th><th scope="col">Sprog</th></tr></thead><tbody></tbody></table>
        </section>
        <section aria-labelledby="actors-title">
          <h2 id="actors-title">Netværket omkring familien</h2>
          <table class="table table--compact" id="actors"><thead><tr><th scope="col">Navn</th><th scope="col">Sektor</th><th scope="col">Myndighed eller organisation</th></tr></thead><tbody></tbody></table>
        </section>
        <p class="form-hint" id="store-state" role="status"></p>`,
    }),
    '/hjemmebesoeg': layout({
      path: '/hjemmebesoeg',
      title: 'Hjemmebesøg',
      intro: 'Besøgsnotatet gemmes som kladde, mens du skriver (krypteret på enheden), og hentes frem igen, hvis du lukker siden.',
      seed,
      body: `<form id="visit-form" action="#" method="post" novalidate>
          <samspil-field-visit-form name="visit" visit-id="visit-darwish-1" family-id="family-darwish" actor-id="sara-caseworker" autosave></samspil-field-visit-form>
        </form>
        ${eventLog}`,
    }),
    '/samtale': layout({
      path: '/samtale',
      title: 'Samtale om flugt og eksil',
      intro: 'Samtaleguiden trin for trin. Familien bestemmer tempoet: pause og stop er altid til rådighed.',
      seed,
      body: `<samspil-actioncard session-id="samtale-darwish-1" family-id="family-darwish" person-ids="huda,karim" actor-id="sara-caseworker" autosave></samspil-actioncard>
        ${eventLog}`,
    }),
    '/tjekliste': layout({
      path: '/tjekliste',
      title: 'Modtagelse: koordineringstjekliste',
      intro: 'Opgaverne fra opholdstilladelse til egen bolig, med ansvarlige, frister og hvad der venter på hvad.',
      seed,
      body: `<samspil-coordination-checklist current-actor-id="sara-caseworker"></samspil-coordination-checklist>
        ${eventLog}`,
    }),
    '/cms': layout({
      path: '/cms',
      title: 'Sådan ser det ud fra et CMS',
      intro: 'Denne side har kun et script-tag og opmærkning med indlejret JSON, som en redaktør kan skrive den. Ingen bundler, ingen anden kode.',
      body: `<samspil-field-visit-form visit-id="visit-cms-example" family-id="family-darwish" actor-id="sara-caseworker">
          ${jsonBlock({ family: seed.family, actors: seed.actors.slice(0, 4) })}
        </samspil-field-visit-form>
        <samspil-coordination-checklist current-actor-id="sara-caseworker" today="${seed.today}">
          ${jsonBlock({ instance: seed.checklist, actors: seed.actors })}
        </samspil-coordination-checklist>`,
    }),
  };
}
