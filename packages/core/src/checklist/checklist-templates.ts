import type { ChecklistDeadline, ChecklistOffset, ChecklistTemplate } from './checklist.schema.js';
import type { SourceReference } from '../common/source-reference.js';

// Shipped checklist templates. Facts, figures and order come from the sources cited on each
// template and item (KL 2016, LG Insight 2018, DIGNITY 2018, CUF 2022/23 and the law); every
// sentence is written for Samspil. Where a source gives no deadline, the item has none, or the
// deadline cites `samspil` as a planning choice a kommune can change in its own version.

const kl = (section: string): SourceReference => ({ source: 'kl-2016', section });
const lg = (section: string): SourceReference => ({ source: 'lg-insight-2018', section });
const dignity = (section: string): SourceReference => ({ source: 'dignity-2018', section });
const cuf = (section: string): SourceReference => ({ source: 'cuf-2022', section });
const law = (section: string): SourceReference => ({ source: 'law', section });
const samspil = (section: string): SourceReference => ({ source: 'samspil', section });
const after = (anchor: string, offset: ChecklistOffset): ChecklistDeadline => ({ anchor, offset, direction: 'after' });
const before = (anchor: string, offset: ChecklistOffset): ChecklistDeadline => ({ anchor, offset, direction: 'before' });

const PLANNING_CHOICE = samspil('Frist valgt af Samspil som planlægningsforslag; ret den i kommunens egen version');

const ANCHOR_PERMIT = {
  id: 'residence-permit-granted',
  label: { da: 'Opholdstilladelse givet', en: 'Residence permit granted' },
};
const ANCHOR_ARRIVAL = {
  id: 'arrival-in-municipality',
  label: { da: 'Ankomst til kommunen', en: 'Arrival in the municipality' },
};
const ANCHOR_RESPONSIBILITY = {
  id: 'integration-responsibility-start',
  label: { da: 'Kommunen overtager integrationsansvaret', en: 'Municipality takes over integration responsibility' },
  description: {
    da: 'Datoen hvor kommunen formelt får ansvaret for borgerens integration. Se datoen i sagen; den ligger tæt på ankomsten, men er ikke altid samme dag.',
    en: 'The date the kommune formally becomes responsible for the newcomer’s integration. Take it from the case; it is close to arrival but not always the same day.',
  },
};

/** (a) From residence permit at the asylum centre to a home, registration, benefits and Danish classes. */
const RECEPTION: ChecklistTemplate = {
  id: 'reception-asylum-to-housing',
  version: 1,
  title: { da: 'Modtagelse: fra asylcenter til egen bolig', en: 'Reception: from asylum centre to a home of their own' },
  description: {
    da: 'Kommunens opgaver fra opholdstilladelsen, til familien bor i kommunen, er registreret, har en indtægt og er i gang med program og dansk. Planen følger målet om, at det praktiske er klaret i første uge, så borgeren kan være jobaktiv fra uge to.',
    en: 'The kommune’s tasks from the residence permit until the family lives in the municipality, is registered, has an income and has started its programme and Danish classes. It aims to settle practical matters in the first week so the newcomer can be active towards work from week two.',
  },
  sources: [
    kl('Kap. 01 Overgang, L192–203'),
    kl('Kap. 02 Modtagelse, L506–763'),
    kl('Kap. 03 Boligplacering, L1014–1229'),
    law('Integrationsloven (kommunens ansvar for modtagelse)'),
  ],
  anchors: [
    ANCHOR_PERMIT,
    ANCHOR_ARRIVAL,
    {
      id: 'housing-placement',
      label: { da: 'Indflytning i boligen', en: 'Moving into the home' },
      description: {
        da: 'Dagen familien flytter ind i den bolig, boligtjeklisten gælder for (midlertidig eller permanent).',
        en: 'The day the family moves into the home the housing checklist is about (temporary or permanent).',
      },
    },
    ANCHOR_RESPONSIBILITY,
  ],
  phases: [
    {
      id: 'before-arrival',
      title: { da: 'Før ankomst', en: 'Before arrival' },
      items: [
        {
          id: 'allocation-received',
          title: { da: 'Visitering modtaget fra Udlændingestyrelsen', en: 'Allocation notice received from the Immigration Service' },
          guidance: {
            da: 'Når opholdstilladelsen er givet, beslutter Udlændingestyrelsen, hvilken kommune borgeren skal bo i. Notér hvem der kommer, familiens sammensætning og forventet flyttedato.',
            en: 'Once the permit is granted, the Immigration Service decides which municipality the newcomer will live in. Note who is coming, who belongs to the family and the expected moving date.',
          },
          ownerRole: { sector: 'integration-team', role: 'coordinator' },
          sources: [kl('Kap. 01 Overgang, L196–198')],
        },
        {
          id: 'children-services-notified',
          title: { da: 'Børne- og ungeområdet orienteret om børn på vej', en: 'Children’s services told that children are coming' },
          guidance: {
            da: 'Har familien børn, giver integrationsområdet straks besked, så de to områder kan planlægge modtagelsen sammen.',
            en: 'If the family has children, the integration side tells children’s services at once so the two can plan the reception together.',
          },
          ownerRole: { sector: 'integration-team' },
          dependsOn: ['allocation-received'],
          sources: [kl('Kap. 02, Vordingborgs køreplan, L555–560')],
        },
        {
          id: 'asylum-centre-handover-consent',
          title: { da: 'Forældrenes samtykke til overlevering fra asylcentret', en: 'Parents’ consent to a handover from the asylum centre' },
          guidance: {
            da: 'Asylcentrets viden om bekymringer for et barn må kun gå videre til kommunen, når forældremyndighedsindehaverne har sagt ja. Spørg med tolk, og forklar hvad der sendes, til hvem og hvorfor.',
            en: 'What asylum-centre staff know about concerns for a child may reach the kommune only once the custody holders have agreed. Ask with an interpreter and explain what is sent, to whom and why.',
          },
          ownerRole: { sector: 'asylum-centre-operator' },
          dependsOn: ['allocation-received'],
          sources: [lg('Kap. 5, overlevering fra asylcenter, L677–681'), law('Forvaltningsloven § 28')],
        },
        {
          id: 'asylum-centre-information',
          title: { da: 'Oplysninger indhentet fra asylcentret', en: 'Information gathered from the asylum centre' },
          guidance: {
            da: 'Aftal med centeroperatøren (fx Røde Kors), hvad der indhentes: skolegang, kurser fra asylfasen som fx Fast Track og hensyn familien selv har nævnt. Oplysninger om bekymringer kun med samtykke.',
            en: 'Agree with the centre operator (for example the Red Cross) what to gather: schooling, courses taken during the asylum phase such as Fast Track, and considerations the family has raised itself. Concerns only with consent.',
          },
          ownerRole: { sector: 'integration-team', role: 'caseworker' },
          dependsOn: ['asylum-centre-handover-consent'],
          sources: [kl('Kap. 07, Rudersdals tjekliste, L3755–3756'), kl('Kap. 01, Fast Track, L368–391'), lg('Kap. 5, L677–681')],
        },
        {
          id: 'language-and-interpreter-need',
          title: { da: 'Sprog og tolkebehov afklaret', en: 'Languages and interpreter need clarified' },
          guidance: {
            da: 'Notér sprog og dialekt for hver voksen, og om tolkning bedst sker ved fremmøde, over telefon eller på video. Børn skal ikke tolke for deres forældre.',
            en: 'Note the language and dialect of each adult, and whether interpreting works best in person, by phone or by video. Children should not interpret for their parents.',
          },
          ownerRole: { sector: 'integration-team' },
          sources: [kl('Kap. 02, videotolkning, L901–909'), dignity('Børn som tolke, L2384–2398')],
        },
        {
          id: 'pre-arrival-meeting',
          title: { da: 'Formøde med den nye borger før ankomst', en: 'Pre-meeting with the newcomer before arrival' },
          guidance: {
            da: 'På asylcentret eller over video. Fortæl om boligen og kommunen, og giv en mappe med opgaver: find papirer om uddannelse og arbejde, og udfyld en CV-skabelon til den første samtale.',
            en: 'At the asylum centre or by video. Tell them about the home and the municipality and hand over a folder of tasks: find papers on education and work and fill in a CV template for the first interview.',
          },
          ownerRole: { sector: 'integration-team' },
          deadline: before('arrival-in-municipality', { weeks: 3 }),
          dependsOn: ['language-and-interpreter-need'],
          sources: [kl('Kap. 02, Aarhus formøde, L784–798'), kl('Kap. 02, video til formøder, L989–996')],
        },
        {
          id: 'screening-meeting',
          title: { da: 'Screeningsmøde: plan klar før familien kommer', en: 'Screening meeting: a plan ready before the family arrives' },
          guidance: {
            da: 'Integrationsområdet og børne- og ungeområdet mødes og lægger en foreløbig plan, som justeres sammen med familien efter ankomsten.',
            en: 'The integration side and children’s services meet and draft a plan, to be adjusted with the family after arrival.',
          },
          ownerRole: { role: 'coordinator' },
          deadline: before('arrival-in-municipality', { days: 0 }),
          dependsOn: ['children-services-notified'],
          sources: [kl('Kap. 02, Vordingborgs køreplan, L566–569')],
        },
        {
          id: 'housing-ready',
          title: { da: 'Bolig klar til ankomst (midlertidig eller permanent)', en: 'Home ready for arrival (temporary or permanent)' },
          guidance: {
            da: 'Kommunen skal tilbyde et midlertidigt opholdssted, indtil der er en permanent bolig. Notér boligformen.',
            en: 'The kommune must offer temporary accommodation until a permanent home is found. Note which kind of home it is.',
          },
          ownerRole: { sector: 'integration-team' },
          deadline: before('arrival-in-municipality', { days: 0 }),
          sources: [kl('Kap. 03 Boligplacering, L1014–1016')],
        },
      ],
    },
    {
      id: 'move-and-arrival',
      title: { da: 'Flytning og ankomst', en: 'Move and arrival' },
      items: [
        {
          id: 'move-to-municipality',
          title: { da: 'Familien er flyttet til kommunen', en: 'The family has moved to the municipality' },
          guidance: {
            da: 'Typisk går der fire til otte uger fra opholdstilladelsen, til borgeren flytter til bopælskommunen. Fristen her er den øvre grænse; følg op med asylcentret, hvis flytningen trækker ud.',
            en: 'Usually four to eight weeks pass between the permit and the move to the home municipality. The deadline here is the upper end; follow up with the asylum centre if the move is delayed.',
          },
          ownerRole: { sector: 'integration-team', role: 'coordinator' },
          deadline: after('residence-permit-granted', { weeks: 8 }),
          dependsOn: ['housing-ready'],
          sources: [kl('Kap. 01 Overgang, L196–200')],
        },
        {
          id: 'met-on-arrival',
          title: { da: 'Modtaget på ankomstdagen af en fast kontaktperson', en: 'Met on the day of arrival by a named contact person' },
          guidance: {
            da: 'Giv borgeren én gennemgående kontaktperson fra første dag og højst to kontaktpersoner i kommunen i alt. I nogle kommuner møder beskæftigelsesrådgiveren borgeren allerede ved ankomsten.',
            en: 'Give the newcomer one continuous contact person from day one and no more than two contacts in the kommune in all. In some municipalities the employment adviser already meets them on arrival.',
          },
          ownerRole: { sector: 'job-centre', role: 'key-person' },
          deadline: after('arrival-in-municipality', { days: 0 }),
          dependsOn: ['move-to-municipality'],
          sources: [kl('Kap. 02, Viborg, L605–606'), kl('Kap. 02, råd, L637–639'), kl('Kap. 02, Ringkøbing-Skjern, L705–718')],
        },
        {
          id: 'start-meeting',
          title: { da: 'Startmøde med forældrene i ankomstugen', en: 'Start meeting with the parents in the week of arrival' },
          guidance: {
            da: 'Integrations- og børneområdet deltager begge. Skriv familiens egne ønsker, erfaringer og ressourcer ned, før I taler om udfordringer.',
            en: 'Both the integration side and children’s services take part. Write down the family’s own wishes, experience and strengths before turning to difficulties.',
          },
          ownerRole: { role: 'coordinator' },
          deadline: after('arrival-in-municipality', { days: 7 }),
          dependsOn: ['screening-meeting', 'move-to-municipality'],
          sources: [kl('Kap. 02, Vordingborgs køreplan, L566–571'), dignity('Ressourcer først, L1161–1167')],
        },
        {
          id: 'welcome-meeting',
          title: { da: 'Velkomstmøde om kommunens rammer', en: 'Welcome meeting on how the municipality works' },
          guidance: {
            da: 'Fortæl hvad borgeren kan forvente, og hvordan kommunen arbejder, med materiale på borgerens sprog og god tid til spørgsmål. Uden den viden falder motivationen markant i løbet af de første tre måneder.',
            en: 'Explain what the newcomer can expect and how the kommune works, with material in their language and plenty of time for questions. Without this, motivation drops sharply during the first three months.',
          },
          ownerRole: { sector: 'integration-team' },
          deadline: after('arrival-in-municipality', { days: 14 }),
          dependsOn: ['move-to-municipality'],
          sources: [kl('Kap. 02, Aarhus velkomstmøder, L800–813'), kl('Kap. 02, Aarhus interviewundersøgelse, L775–782')],
        },
      ],
    },
    {
      id: 'housing',
      title: { da: 'Bolig', en: 'Housing' },
      items: [
        {
          id: 'lease-signed',
          title: { da: 'Lejekontrakt og husleje på plads', en: 'Lease and rent in place' },
          guidance: {
            da: 'Der må ikke være tvivl om husleje, indskud og betaling; usikker økonomi bremser resten af forløbet.',
            en: 'Rent, deposit and payment must be clear; uncertain finances hold back everything else.',
          },
          ownerRole: { sector: 'integration-team' },
          deadline: after('housing-placement', { days: 0 }),
          sources: [kl('Kap. 02, Ringkøbing-Skjern, L691–693, L745–763')],
        },
        {
          id: 'move-in-inspection',
          title: { da: 'Indflytningssyn og introduktion til bolig og område (tjekliste del 1)', en: 'Move-in inspection and introduction to home and area (checklist part 1)' },
          guidance: {
            da: 'Kommunens mentorer eller familiekonsulenter og boligorganisationen viser køkken, stue og bad, området, indkøb og bybus. Den ansvarlige skriver sine initialer på tjeklisten.',
            en: 'The kommune’s mentors or family consultants and the housing organisation show kitchen, living room and bathroom, the neighbourhood, shops and the city bus. Whoever is responsible initials the checklist.',
          },
          ownerRole: { sector: 'housing-organisation' },
          deadline: after('housing-placement', { days: 14 }),
          dependsOn: ['lease-signed'],
          sources: [kl('Kap. 03, Haderslev, L1194–1213')],
        },
        {
          id: 'welcome-folder',
          title: { da: 'Velkomstmappe udleveret med boligpjecer', en: 'Welcome folder handed over with housing leaflets' },
          guidance: {
            da: 'Mappen samler boligtjeklisten og pjecer om almene boliger, ind- og fraflytning og boligstøtte.',
            en: 'The folder holds the housing checklist and leaflets on social housing, moving in and out, and housing benefit.',
          },
          ownerRole: { sector: 'integration-team' },
          deadline: after('arrival-in-municipality', { days: 0 }),
          sources: [kl('Kap. 03, Haderslev, L1208–1218')],
        },
        {
          id: 'second-housing-visit',
          title: { da: 'Opfølgende boligbesøg (tjekliste del 2)', en: 'Follow-up housing visit (checklist part 2)' },
          guidance: {
            da: 'Boligorganisationen kommer igen cirka to uger efter indflytningen, uddyber punkterne fra første besøg, ser at inventaret bruges som aftalt, og giver lejlighed til at hilse på naboerne.',
            en: 'The housing organisation returns about two weeks after the move, goes deeper into the points of the first visit, checks that fittings are used as agreed and makes room to greet the neighbours.',
          },
          ownerRole: { sector: 'housing-organisation' },
          deadline: after('housing-placement', { days: 14 }),
          dependsOn: ['move-in-inspection'],
          sources: [kl('Kap. 03, Haderslev, L1220–1229')],
        },
        {
          id: 'establishment-and-furniture',
          title: { da: 'Etablering: møbler og nødvendigt indbo', en: 'Setting up: furniture and household basics' },
          guidance: {
            da: 'Afklar hjælp til etableringsudgifter, så familien har det nødvendige fra start.',
            en: 'Sort out help with setting-up costs so the family has the basics from the start.',
          },
          ownerRole: { sector: 'integration-team' },
          sources: [kl('Kap. 02, Ringkøbing-Skjern, L649–650, L691–693')],
        },
        {
          id: 'housing-benefit',
          title: { da: 'Boligstøtte søgt', en: 'Housing benefit applied for' },
          ownerRole: { sector: 'integration-team' },
          dependsOn: ['lease-signed', 'cpr-registration'],
          sources: [kl('Kap. 03, Haderslev, pjecen om boligstøtte, L1217–1218')],
        },
        {
          id: 'permanent-housing',
          title: { da: 'Permanent bolig anvist', en: 'Permanent home allocated' },
          guidance: {
            da: 'Gælder familier, der starter i et midlertidigt opholdssted. Se på økonomi, nabolag, boligens størrelse og familiens situation, og sigt efter en varig løsning.',
            en: 'For families who start in temporary accommodation. Weigh finances, neighbourhood, size of the home and the family’s situation, and aim for a lasting solution.',
          },
          ownerRole: { sector: 'integration-team' },
          sources: [kl('Kap. 03, L1014–1016'), kl('Kap. 03, Odense, L1356–1365')],
        },
      ],
    },
    {
      id: 'registration-and-income',
      title: { da: 'Registrering og indtægt', en: 'Registration and income' },
      description: {
        da: 'Det praktiske skal være klaret inden for første uge, så økonomien ikke står i vejen for job og dansk.',
        en: 'Practical matters should be settled within the first week so money worries do not get in the way of work and Danish.',
      },
      items: [
        {
          id: 'cpr-registration',
          title: { da: 'CPR-nummer og folkeregisteradresse', en: 'CPR number and registered address' },
          ownerRole: { sector: 'integration-team' },
          deadline: after('arrival-in-municipality', { days: 7 }),
          dependsOn: ['move-to-municipality'],
          sources: [kl('Kap. 02, Ringkøbing-Skjern, L649–650, L678–681')],
        },
        {
          id: 'bank-account',
          title: { da: 'Bankkonto og NemKonto oprettet', en: 'Bank account and NemKonto set up' },
          ownerRole: { sector: 'integration-team' },
          deadline: after('arrival-in-municipality', { days: 7 }),
          dependsOn: ['cpr-registration'],
          sources: [kl('Kap. 02, Ringkøbing-Skjern, L649–650, L678–681')],
        },
        {
          id: 'forms-review',
          title: { da: 'Blanketter og breve gennemgået med borgeren', en: 'Forms and letters gone through with the newcomer' },
          guidance: {
            da: 'Gå de vigtigste blanketter igennem med tolk, og vis hvor breve fra det offentlige kommer frem.',
            en: 'Go through the main forms with an interpreter and show where letters from public authorities arrive.',
          },
          ownerRole: { sector: 'integration-team' },
          deadline: after('arrival-in-municipality', { days: 7 }),
          dependsOn: ['cpr-registration'],
          sources: [kl('Kap. 02, Ringkøbing-Skjern, L649–650')],
        },
        {
          id: 'health-insurance-card-and-gp',
          title: { da: 'Sundhedskort og praktiserende læge', en: 'Health insurance card and GP' },
          guidance: {
            da: 'Er praksis lukket for nye patienter, kan kommunen have en aftale med lægelauget om at fordele nye borgere på skift og efter afstand.',
            en: 'Where practices are closed to new patients, the kommune may have an agreement with the local GP guild to share newcomers out in turn and by distance.',
          },
          ownerRole: { sector: 'integration-team' },
          dependsOn: ['cpr-registration'],
          sources: [kl('Kap. 08, Halsnæs, L3945–3993')],
        },
        {
          id: 'introductory-benefit',
          title: { da: 'Ydelse bevilget og første udbetaling sikret', en: 'Benefit granted and first payment secured' },
          guidance: {
            da: 'Afklar hvilken ydelse borgeren har ret til, og at første udbetaling når frem til tiden. Mangler pengene, kan hele forløbet gå i stå.',
            en: 'Work out which benefit the newcomer is entitled to and make sure the first payment arrives on time. Without money the whole course can stall.',
          },
          ownerRole: { sector: 'job-centre', role: 'caseworker' },
          deadline: after('arrival-in-municipality', { days: 7 }),
          dependsOn: ['bank-account'],
          sources: [kl('Kap. 02, Ringkøbing-Skjern, L745–763'), kl('Kap. 06, integrationsydelse, L3121–3122'), law('Lov om aktiv socialpolitik (ydelse til nyankomne; tjek gældende betegnelse)')],
        },
      ],
    },
    {
      id: 'programme-and-danish',
      title: { da: 'Program og dansk', en: 'Programme and Danish' },
      items: [
        {
          id: 'first-interview',
          title: { da: 'Førstegangssamtale med tolk', en: 'First interview with an interpreter' },
          guidance: {
            da: 'Brug CV og papirer fra formødet. Spørg til uddannelse, arbejde, tidligere egen virksomhed og hvad borgeren selv vil.',
            en: 'Use the CV and papers from the pre-meeting. Ask about education, work, any earlier business of their own and what the newcomer wants.',
          },
          ownerRole: { sector: 'job-centre', role: 'caseworker' },
          deadline: after('arrival-in-municipality', { days: 7 }),
          dependsOn: ['move-to-municipality'],
          sources: [kl('Kap. 02, Aarhus, L790–798'), kl('Kap. 02, jobaktiv fra uge to, L678–681'), kl('Kap. 05, Vejle, L2360–2365')],
        },
        {
          id: 'integration-contract',
          title: { da: 'Kontrakt og program aftalt med borgeren', en: 'Contract and programme agreed with the newcomer' },
          guidance: {
            da: 'Aftal et program med mål for job eller uddannelse og danskundervisning. Loven sætter en frist regnet fra kommunens overtagelse af ansvaret; kontrollér den gældende frist.',
            en: 'Agree a programme with goals for work or education and Danish classes. The law sets a deadline counted from when the kommune took over responsibility; check the current one.',
          },
          ownerRole: { sector: 'job-centre', role: 'caseworker' },
          deadline: after('integration-responsibility-start', { months: 1 }),
          dependsOn: ['first-interview'],
          sources: [law('Integrationsloven § 19 (kontrakt senest 1 måned efter overtagelse af ansvaret; verify)'), kl('Kap. 05, integrationsprogram, L3526–3538')],
        },
        {
          id: 'language-school',
          title: { da: 'Henvist og tilmeldt danskuddannelse', en: 'Referred to and enrolled in Danish classes' },
          guidance: {
            da: 'Tag hensyn til helbred og eventuelle traumer, når hold og tempo vælges. Nogle sprogcentre har forløb med samtaler for traumatiserede kursister.',
            en: 'Take health and any trauma into account when choosing class and pace. Some language centres offer courses with conversations for traumatised learners.',
          },
          ownerRole: { sector: 'integration-team' },
          dependsOn: ['first-interview'],
          sources: [kl('Kap. 08, Randers, L4194–4231'), kl('Kap. 08, Viborg, L3901–3916')],
        },
        {
          id: 'volunteer-contact',
          title: { da: 'Spurgt om kontakt til en frivillig', en: 'Asked about contact with a volunteer' },
          guidance: {
            da: 'Spørg om borgeren vil kontaktes af en frivillig eller en netværksfamilie. Det er et tilbud: registrér svaret, og at et ja kan trækkes tilbage.',
            en: 'Ask whether the newcomer would like to be contacted by a volunteer or a network family. It is an offer: record the answer, and that a yes can be withdrawn.',
          },
          ownerRole: { sector: 'integration-team' },
          sources: [kl('Kap. 04, Aalborg, L1739–1744'), kl('Kap. 04, Assens, L1661–1666')],
        },
        {
          id: 'health-assessment-offered',
          title: { da: 'Helbredsvurdering tilbudt (se egen tjekliste)', en: 'Health assessment offered (see its own checklist)' },
          ownerRole: { sector: 'integration-team', role: 'caseworker' },
          deadline: after('integration-responsibility-start', { months: 3 }),
          dependsOn: ['health-insurance-card-and-gp'],
          sources: [kl('Kap. 08, Halsnæs, L3945–3948')],
        },
      ],
    },
  ],
};

/** (b) The health assessment by a doctor that every newcomer is offered within three months. */
const HEALTH_ASSESSMENT: ChecklistTemplate = {
  id: 'health-assessment',
  version: 1,
  title: { da: 'Helbredsvurdering hos læge for nyankomne', en: 'Health assessment by a doctor for newcomers' },
  description: {
    da: 'Alle nyankomne flygtninge og familiesammenførte har krav på at få tilbudt en lægelig vurdering af deres helbred (en pligt for kommunen fra 1. juli 2013). Vurderingen skal ligge inden for tre måneder fra den dag, kommunen fik integrationsansvaret. Borgeren vælger selv, om tilbuddet tages imod; resultatet bruges til at planlægge forløbet for borgeren og familien.',
    en: 'Since 1 July 2013 the kommune must offer newly arrived refugees and reunified family members a health assessment by a doctor, at the latest three months after taking over integration responsibility. Taking it up is voluntary; the result shapes the plan for the person and the family.',
  },
  sources: [kl('Kap. 08 Sundhed og trivsel, Viborg, L3816–3930'), kl('Kap. 08, Halsnæs, L3931–4009')],
  anchors: [
    ANCHOR_RESPONSIBILITY,
    { id: 'assessment-appointment', label: { da: 'Tid hos lægen', en: 'Appointment with the doctor' } },
  ],
  phases: [
    {
      id: 'offer',
      title: { da: 'Tilbud og forklaring', en: 'Offer and explanation' },
      items: [
        {
          id: 'purpose-explained-at-introduction',
          title: { da: 'Formålet forklaret ved introduktionsmødet', en: 'Purpose explained at the introduction meeting' },
          guidance: {
            da: 'Fortæl med tolk, hvad vurderingen er, hvad borgeren kan få ud af den, og at den kan føre til en henvisning til hospitalet.',
            en: 'With an interpreter, explain what the assessment is, what the newcomer can gain from it, and that it may lead to a hospital referral.',
          },
          ownerRole: { sector: 'integration-team' },
          sources: [kl('Kap. 08, Viborg, L3879–3890')],
        },
        {
          id: 'purpose-followed-up',
          title: { da: 'Formålet uddybet i samtale med sagsbehandleren', en: 'Purpose gone into in a conversation with the caseworker' },
          guidance: {
            da: 'Giv plads til spørgsmål og bekymringer. Når formålet er forstået, siger langt de fleste ja; i én kommune 90–95 %.',
            en: 'Make room for questions and worries. Once the purpose is understood, most people accept; 90–95 % in one municipality.',
          },
          ownerRole: { sector: 'integration-team', role: 'caseworker' },
          dependsOn: ['purpose-explained-at-introduction'],
          sources: [kl('Kap. 08, Viborg, L3883–3890')],
        },
        {
          id: 'answer-recorded',
          title: { da: 'Borgerens svar registreret', en: 'The newcomer’s answer recorded' },
          guidance: {
            da: 'Et nej er et gyldigt svar. Markér så de følgende punkter som ikke relevante, og tilbyd igen senere, hvis borgeren ønsker det.',
            en: 'A no is a valid answer. Then mark the following items as not relevant, and offer again later if the newcomer wishes.',
          },
          ownerRole: { sector: 'integration-team', role: 'caseworker' },
          dependsOn: ['purpose-followed-up'],
          sources: [kl('Kap. 08, L3803–3807'), samspil('Afslag registreres som gyldigt svar')],
        },
        {
          id: 'consent-to-inform-doctor',
          title: { da: 'Samtykke til at sende oplysninger til lægen', en: 'Consent to send information to the doctor' },
          guidance: {
            da: 'Forklar, hvilke oplysninger fra førstegangssamtalen lægen får (fx om flugten og tidligere sygdom), og hvorfor. Send kun det, lægen har brug for.',
            en: 'Explain which details from the first interview the doctor receives (for example about the flight and earlier illness) and why. Send only what the doctor needs.',
          },
          ownerRole: { sector: 'integration-team', role: 'caseworker' },
          dependsOn: ['answer-recorded'],
          sources: [kl('Kap. 08, Viborg, L3865–3871'), law('Forvaltningsloven § 28; GDPR art. 9')],
        },
      ],
    },
    {
      id: 'booking',
      title: { da: 'Læge, tolk og tid', en: 'Doctor, interpreter and appointment' },
      items: [
        {
          id: 'doctor-found',
          title: { da: 'Læge fundet', en: 'Doctor found' },
          guidance: {
            da: 'Borgerens egen læge, eller en fordeling på skift og efter afstand aftalt med lægelauget, hvis praksis er lukket for nye patienter. Spred borgerne fornuftigt mellem lægerne.',
            en: 'The newcomer’s own GP, or a rota by turn and distance agreed with the GP guild where practices are closed to new patients. Spread newcomers sensibly among doctors.',
          },
          ownerRole: { sector: 'integration-team' },
          dependsOn: ['answer-recorded'],
          sources: [kl('Kap. 08, Halsnæs, L3958–3993'), kl('Kap. 08, Viborg, L3855–3863')],
        },
        {
          id: 'appointment-booked',
          title: { da: 'Tid aftalt hos lægen', en: 'Appointment booked with the doctor' },
          guidance: {
            da: 'Sagsbehandleren har direkte kontakt til lægen om de praktiske detaljer. Notér tidspunktet som ankerdato, så påmindelsen kan beregnes.',
            en: 'The caseworker deals directly with the doctor on practical details. Record the date as an anchor so the reminder can be scheduled.',
          },
          ownerRole: { sector: 'integration-team', role: 'caseworker' },
          dependsOn: ['doctor-found'],
          sources: [kl('Kap. 08, Viborg, L3855–3863')],
        },
        {
          id: 'interpreter-booked',
          title: { da: 'Tolk bestilt til konsultationen', en: 'Interpreter booked for the consultation' },
          guidance: {
            da: 'Aftal med lægen, om der tolkes ved fremmøde, over telefon eller på video. Familiemedlemmer, og særligt børn, skal ikke tolke.',
            en: 'Agree with the doctor whether interpreting is in person, by phone or by video. Family members, and children above all, should not interpret.',
          },
          ownerRole: { sector: 'integration-team', role: 'caseworker' },
          deadline: before('assessment-appointment', { days: 1 }),
          dependsOn: ['appointment-booked'],
          sources: [kl('Kap. 08, Viborg, tolkebistand, L3855–3863'), dignity('Børn som tolke, L2384–2398'), PLANNING_CHOICE],
        },
        {
          id: 'request-sent',
          title: { da: 'Anmodning med relevante oplysninger sendt til lægen', en: 'Request with relevant information sent to the doctor' },
          ownerRole: { sector: 'integration-team', role: 'caseworker' },
          deadline: before('assessment-appointment', { days: 1 }),
          dependsOn: ['consent-to-inform-doctor', 'appointment-booked'],
          sources: [kl('Kap. 08, Viborg, L3865–3871'), PLANNING_CHOICE],
        },
        {
          id: 'reminder-call',
          title: { da: 'Borgeren ringet op dagen før', en: 'Newcomer phoned the day before' },
          guidance: {
            da: 'En opringning dagen før hjælper borgeren til at komme. Spørg samtidig, om der er brug for ledsagelse.',
            en: 'A call the day before helps the newcomer attend. Ask at the same time whether they would like someone to go with them.',
          },
          ownerRole: { sector: 'integration-team', role: 'caseworker' },
          deadline: before('assessment-appointment', { days: 1 }),
          dependsOn: ['appointment-booked'],
          sources: [kl('Kap. 08, Viborg, L3872–3877')],
        },
        {
          id: 'escort-arranged',
          title: { da: 'Ledsagelse arrangeret efter behov', en: 'Someone to go along arranged where needed' },
          ownerRole: { sector: 'integration-team' },
          deadline: before('assessment-appointment', { days: 0 }),
          dependsOn: ['reminder-call'],
          sources: [kl('Kap. 08, Viborg, L3872–3877')],
        },
      ],
    },
    {
      id: 'assessment',
      title: { da: 'Vurdering', en: 'Assessment' },
      items: [
        {
          id: 'assessment-held',
          title: { da: 'Helbredsvurdering gennemført', en: 'Health assessment held' },
          guidance: {
            da: 'En samlet vurdering af fysisk og psykisk helbred, ikke kun behandling af det, borgeren kommer med i dag.',
            en: 'An overall look at physical and mental health, not only treatment of what the newcomer mentions that day.',
          },
          ownerRole: { sector: 'gp' },
          deadline: after('integration-responsibility-start', { months: 3 }),
          dependsOn: ['appointment-booked', 'interpreter-booked'],
          sources: [kl('Kap. 08, Viborg, L3834–3853'), kl('Kap. 08, Halsnæs, L3945–3948')],
        },
      ],
    },
    {
      id: 'follow-up',
      title: { da: 'Opfølgning', en: 'Follow-up' },
      items: [
        {
          id: 'result-received',
          title: { da: 'Resultat modtaget fra lægen', en: 'Result received from the doctor' },
          guidance: {
            da: 'Bed kun om det, planlægningen har brug for, og behandl det som helbredsoplysninger.',
            en: 'Ask only for what planning needs, and handle it as health information.',
          },
          ownerRole: { sector: 'integration-team', role: 'caseworker' },
          dependsOn: ['assessment-held'],
          sources: [kl('Kap. 08, Viborg, L3901–3916'), law('GDPR art. 9')],
        },
        {
          id: 'doctor-referrals',
          title: { da: 'Lægens henvisninger fulgt op', en: 'The doctor’s referrals followed up' },
          guidance: {
            da: 'Fx til hospital, psykiatri eller et rehabiliteringscenter for traumatiserede flygtninge.',
            en: 'For example to hospital, psychiatry or a rehabilitation centre for traumatised refugees.',
          },
          ownerRole: { sector: 'gp' },
          dependsOn: ['assessment-held'],
          sources: [kl('Kap. 08, Viborg, L3879–3882'), cuf('Rehabiliteringscentre, L17–19')],
        },
        {
          id: 'joint-follow-up',
          title: { da: 'Tværfaglig opfølgning på resultatet', en: 'Cross-disciplinary follow-up on the result' },
          guidance: {
            da: 'Afklar sammen: skal der mere udredning eller en henvisning til, hvad skal sprogskolen lægge vægt på, kan borgeren følge undervisningen, skal noget andet sættes i gang, og hvordan har børnene det?',
            en: 'Decide together: is more assessment or a referral needed, what should the language school focus on, can the newcomer follow classes, should something else start, and how are the children?',
          },
          ownerRole: { role: 'coordinator' },
          dependsOn: ['result-received'],
          sources: [kl('Kap. 08, Viborg, L3892–3916')],
        },
        {
          id: 'psychosocial-offers',
          title: { da: 'Psykosociale tilbud drøftet med borgeren', en: 'Psychosocial offers discussed with the newcomer' },
          guidance: {
            da: 'Fx samtaleforløb på sprogcentret, en MindSpring-gruppe på eget sprog eller et rehabiliteringsforløb. Deltagelse er frivillig.',
            en: 'For example conversations at the language centre, a MindSpring group in their own language, or a rehabilitation course. Taking part is voluntary.',
          },
          ownerRole: { sector: 'integration-team' },
          dependsOn: ['result-received'],
          sources: [kl('Kap. 08, Randers, L4217–4231'), kl('Kap. 08, Varde, L4277–4350'), kl('Kap. 09, Haderslev, L4592–4599')],
        },
        {
          id: 'plan-adjusted',
          title: { da: 'Forløbet tilpasset resultatet', en: 'Plan adjusted to the result' },
          ownerRole: { sector: 'job-centre', role: 'caseworker' },
          dependsOn: ['joint-follow-up'],
          sources: [kl('Kap. 08, Viborg, L3892–3896, L3927–3930')],
        },
      ],
    },
  ],
};

/** (c) Children starting daycare and school, with the health visitor and leisure. */
const SCHOOL_AND_DAYCARE: ChecklistTemplate = {
  id: 'school-and-daycare-start',
  version: 1,
  title: { da: 'Børnenes start i dagtilbud og skole', en: 'Children starting daycare and school' },
  description: {
    da: 'Fra plan til første uger i dagtilbud og skole for familiens børn. Tag udgangspunkt i børnenes ressourcer; målet er samme muligheder for læring, trivsel og sundhed som jævnaldrende. Markér punkter, der ikke passer til børnenes alder, som ikke relevante.',
    en: 'From planning to the first weeks in daycare and school for the family’s children. Start from the children’s strengths; the aim is the same chances of learning, wellbeing and health as their peers. Mark items that do not fit the children’s ages as not relevant.',
  },
  sources: [kl('Kap. 06 Børn og unge, L2863–3388'), kl('Kap. 02, Aalborg og Vordingborg, L527–584'), lg('Kap. 5, tidlig modtagelse, L1045–1077')],
  anchors: [
    ANCHOR_ARRIVAL,
    { id: 'daycare-start', label: { da: 'Første dag i dagtilbud', en: 'First day in daycare' } },
    { id: 'school-start', label: { da: 'Første skoledag', en: 'First day at school' } },
  ],
  phases: [
    {
      id: 'before-start',
      title: { da: 'Før start', en: 'Before starting' },
      items: [
        {
          id: 'plan-for-child-and-family',
          title: { da: 'Detaljeret plan for barnet og familien', en: 'Detailed plan for the child and the family' },
          guidance: {
            da: 'Lægges på et møde mellem forældrene og børne- og ungeområdet kort efter ankomsten. Tag udgangspunkt i barnets interesser, styrker og tidligere skolegang.',
            en: 'Made at a meeting between the parents and children’s services shortly after arrival. Start from the child’s interests, strengths and earlier schooling.',
          },
          ownerRole: { sector: 'children-family-services', role: 'coordinator' },
          deadline: after('arrival-in-municipality', { days: 14 }),
          sources: [kl('Kap. 02, Vordingborg, L571–575'), kl('Kap. 06, L2864–2868'), PLANNING_CHOICE],
        },
        {
          id: 'parents-informed',
          title: { da: 'Forældre informeret om dagpleje, vuggestue, skole og sundhedspleje', en: 'Parents told about childminding, nursery, school and health visiting' },
          guidance: {
            da: 'Brug pjecer og film på familiens sprog og en tolk. Mange kender ikke danske vaner som forældremøder, fødselsdage og beskeder via skolens intranet.',
            en: 'Use leaflets and films in the family’s language and an interpreter. Many do not know Danish habits such as parents’ evenings, birthday parties and messages through the school’s intranet.',
          },
          ownerRole: { sector: 'integration-team' },
          sources: [kl('Kap. 02, Aalborg, L548–553'), lg('Skole og dagtilbud, L525–529')],
        },
        {
          id: 'health-visitor-contact',
          title: { da: 'Sundhedsplejerske i kontakt med familien', en: 'Health visitor in touch with the family' },
          guidance: {
            da: 'For familier med små børn. Et hjemmebesøg kan føles som en eksamen; forklar formålet og start med forældrenes egne spørgsmål. Nogle kommuner tilbyder ekstra besøg.',
            en: 'For families with young children. A home visit can feel like an exam; explain its purpose and start with the parents’ own questions. Some municipalities offer extra visits.',
          },
          ownerRole: { sector: 'health-visitor' },
          sources: [lg('Sundhedspleje, L1045–1061'), dignity('Hjemmebesøg, L3030–3050')],
        },
        {
          id: 'daycare-place',
          title: { da: 'Plads i dagtilbud anvist', en: 'Daycare place allocated' },
          ownerRole: { sector: 'daycare' },
          sources: [kl('Kap. 02, Aalborg, L527–545')],
        },
        {
          id: 'daycare-start-meeting',
          title: { da: 'Opstartsmøde med familie, dagtilbud og sundhedsplejerske', en: 'Start meeting with family, daycare and health visitor' },
          ownerRole: { sector: 'daycare' },
          deadline: before('daycare-start', { days: 0 }),
          dependsOn: ['daycare-place'],
          sources: [lg('Opstart i dagtilbud, L1076–1077')],
        },
        {
          id: 'school-intake-interview',
          title: { da: 'Visitationssamtale om tidligere skolegang, med tolk', en: 'Intake interview about earlier schooling, with an interpreter' },
          guidance: {
            da: 'Afdæk tidligere skolegang og familiens forhold, så barnet eller den unge får det rigtige tilbud fra start.',
            en: 'Find out about earlier schooling and the family’s circumstances so the child or young person gets the right offer from the start.',
          },
          ownerRole: { sector: 'school' },
          sources: [kl('Kap. 06, Helsingør, L3452–3458'), kl('Kap. 06, Hedensted, L3152–3168')],
        },
        {
          id: 'school-placement',
          title: { da: 'Skoletilbud besluttet', en: 'School offer decided' },
          guidance: {
            da: 'Modtageklasse, modtagehold på den lokale skole eller almindelig klasse med støtte. Sigt mod almindelig klasse, så snart det giver mening.',
            en: 'Reception class, a reception team at the local school, or an ordinary class with support. Aim for an ordinary class as soon as that makes sense.',
          },
          ownerRole: { sector: 'school' },
          dependsOn: ['school-intake-interview'],
          sources: [kl('Kap. 06, Hedensted, L3152–3168'), kl('Kap. 06, Jammerbugt og Gentofte, L3300–3388')],
        },
      ],
    },
    {
      id: 'starting',
      title: { da: 'Opstart', en: 'Starting' },
      items: [
        {
          id: 'daycare-started',
          title: { da: 'Barnet er startet i dagtilbud', en: 'The child has started daycare' },
          ownerRole: { sector: 'daycare' },
          deadline: after('daycare-start', { days: 0 }),
          dependsOn: ['daycare-place'],
          sources: [kl('Kap. 06, Kolding, L2872–2894')],
        },
        {
          id: 'daycare-introduction-period',
          title: { da: 'Introduktionsforløb i de første fire uger', en: 'Introduction period in the first four weeks' },
          guidance: {
            da: 'En fast pædagog er den primære kontakt for barn og forældre. I én kommune får institutionen 40 introduktionstimer pr. barn til brug i de første fire uger.',
            en: 'One pedagogue is the main contact for child and parents. In one municipality the institution gets 40 introduction hours per child to use in the first four weeks.',
          },
          ownerRole: { sector: 'daycare', role: 'key-person' },
          deadline: after('daycare-start', { weeks: 4 }),
          dependsOn: ['daycare-started'],
          sources: [kl('Kap. 06, Kolding, L2938–2950')],
        },
        {
          id: 'school-started',
          title: { da: 'Barnet er startet i skole', en: 'The child has started school' },
          ownerRole: { sector: 'school' },
          deadline: after('school-start', { days: 0 }),
          dependsOn: ['school-placement'],
          sources: [kl('Kap. 06, L2962–3020')],
        },
        {
          id: 'move-to-ordinary-class',
          title: { da: 'Overgang til almindelig klasse planlagt', en: 'Move to an ordinary class planned' },
          guidance: {
            da: 'Fx et prøveforløb på fire uger med start- og evalueringsmøde (den unge, forældre, lærere og UU-vejleder), hvor den unge selv siger, om han eller hun er klar. Andre kommuner bruger op til 12 uger i modtageklasse.',
            en: 'For example a four-week trial with a start and a review meeting (the young person, parents, teachers and youth guidance counsellor), where the young person says whether they feel ready. Other municipalities use up to 12 weeks in a reception class.',
          },
          ownerRole: { sector: 'school' },
          dependsOn: ['school-started'],
          sources: [kl('Kap. 06, Holstebro, L2975–3013'), kl('Kap. 06, Gentofte, L3381–3388')],
        },
        {
          id: 'leisure-activity',
          title: { da: 'Fritidsaktivitet drøftet med barn og forældre', en: 'Leisure activity discussed with child and parents' },
          guidance: {
            da: 'Hjælp med at finde en forening eller klub, og se på fritidspas, kontingent, udstyr og transport.',
            en: 'Help find a club or association, and look at leisure passes, fees, equipment and transport.',
          },
          ownerRole: { sector: 'leisure-culture' },
          sources: [kl('Kap. 06, Ringkøbing-Skjern og Skanderborg, L3031–3124'), lg('Fritidspas, L909–929')],
        },
      ],
    },
    {
      id: 'follow-up',
      title: { da: 'Opfølgning', en: 'Follow-up' },
      items: [
        {
          id: 'wellbeing-follow-up',
          title: { da: 'Opfølgning med forældrene på børnenes trivsel', en: 'Follow-up with the parents on the children’s wellbeing' },
          guidance: {
            da: 'Spørg også til forældrenes egen situation: forældres og børns trivsel påvirker hinanden.',
            en: 'Ask about the parents’ own situation too: parents’ and children’s wellbeing affect each other.',
          },
          ownerRole: { role: 'coordinator' },
          dependsOn: ['plan-for-child-and-family'],
          sources: [kl('Kap. 09, L4421–4427')],
        },
      ],
    },
  ],
};

/** (c) The first steps towards work or education and self-support. */
const EMPLOYMENT: ChecklistTemplate = {
  id: 'employment-start',
  version: 1,
  title: { da: 'Vejen mod job og selvforsørgelse', en: 'The path to work and self-support' },
  description: {
    da: 'Jobcentrets første skridt med en voksen: kontakt ved ankomst, afklaring af erfaring, jobrettet aktivitet fra uge to og hensyn til helbred og eventuel traumebehandling.',
    en: 'The job centre’s first steps with an adult: contact on arrival, mapping experience, work-oriented activity from week two, and room for health and any trauma treatment.',
  },
  sources: [kl('Kap. 05 Beskæftigelse og uddannelse, L1941–2862'), kl('Kap. 02, Ringkøbing-Skjern, L676–718'), cuf('Anbefalinger, L150–180, L292–349')],
  anchors: [
    ANCHOR_ARRIVAL,
    {
      id: 'treatment-start',
      label: { da: 'Start på traumebehandling', en: 'Start of trauma treatment' },
      description: {
        da: 'Sættes kun, hvis borgeren begynder behandling, fx på et rehabiliteringscenter.',
        en: 'Set only if the person starts treatment, for example at a rehabilitation centre.',
      },
    },
  ],
  phases: [
    {
      id: 'first-weeks',
      title: { da: 'De første uger', en: 'The first weeks' },
      items: [
        {
          id: 'adviser-meets-on-arrival',
          title: { da: 'Beskæftigelsesrådgiveren møder borgeren ved ankomsten', en: 'Employment adviser meets the newcomer on arrival' },
          guidance: {
            da: 'Det første møde giver et tidligt indtryk af, hvad borgeren kan og vil, og rådgiveren ejer relationen derfra.',
            en: 'The first meeting gives an early sense of what the person can and wants to do, and the adviser holds the relationship from then on.',
          },
          ownerRole: { sector: 'job-centre', role: 'key-person' },
          deadline: after('arrival-in-municipality', { days: 0 }),
          sources: [kl('Kap. 02, Ringkøbing-Skjern, L705–718')],
        },
        {
          id: 'cv-and-papers',
          title: { da: 'CV og papirer om uddannelse og arbejde samlet', en: 'CV and papers on education and work gathered' },
          ownerRole: { sector: 'job-centre', role: 'caseworker' },
          deadline: after('arrival-in-municipality', { days: 7 }),
          sources: [kl('Kap. 02, Aarhus, L790–795')],
        },
        {
          id: 'experience-mapped',
          title: { da: 'Tidligere arbejde, uddannelse og egen virksomhed afdækket', en: 'Earlier work, education and own business mapped' },
          guidance: {
            da: 'Har borgeren taget kurser i asylfasen, fx Fast Track, kan introduktionskurset måske springes over. Højtuddannede kan få deres uddannelse vurderet.',
            en: 'If the person took courses during the asylum phase, such as Fast Track, the introduction course may be skipped. Highly educated people can have their qualifications assessed.',
          },
          ownerRole: { sector: 'job-centre', role: 'caseworker' },
          dependsOn: ['cv-and-papers'],
          sources: [kl('Kap. 01, Vejle, L384–391'), kl('Kap. 05, Vejle, L2360–2365'), kl('Kap. 05, Køge, L2790–2862')],
        },
        {
          id: 'work-oriented-activity',
          title: { da: 'Jobrettet aktivitet i gang', en: 'Work-oriented activity under way' },
          guidance: {
            da: 'Målet er at være jobaktiv fra uge to, fx i praktik kombineret med dansk. Praktiske forhold må ikke stå i vejen.',
            en: 'The aim is to be active towards work from week two, for example a work placement combined with Danish. Practical matters must not stand in the way.',
          },
          ownerRole: { sector: 'job-centre' },
          deadline: after('arrival-in-municipality', { days: 14 }),
          dependsOn: ['experience-mapped'],
          sources: [kl('Kap. 02, Ringkøbing-Skjern, L676–696'), kl('Kap. 05, L2034–2066')],
        },
      ],
    },
    {
      id: 'health-and-capacity',
      title: { da: 'Helbred og kræfter', en: 'Health and capacity' },
      items: [
        {
          id: 'health-considerations-agreed',
          title: { da: 'Helbredsmæssige hensyn aftalt med borgeren', en: 'Health considerations agreed with the person' },
          guidance: {
            da: 'Med samtykke: afstem aktiviteten efter de kræfter, borgeren har nu. Skriv hensynene ned, så alle kender dem, og vurder om en fritagelse også skal gælde sprogskolen.',
            en: 'With consent: match activity to the strength the person has now. Write the considerations down so everyone knows them, and decide whether an exemption should also cover language school.',
          },
          ownerRole: { sector: 'job-centre', role: 'caseworker' },
          sources: [cuf('Udfordringer, L150–152, L205–219'), law('Forvaltningsloven § 28')],
        },
        {
          id: 'treatment-contact',
          title: { da: 'Kontakt til behandlingsstedet ved behandlingsstart', en: 'Contact with the treatment site when treatment starts' },
          guidance: {
            da: 'For borgere i traumebehandling: dialogen mellem behandler og sagsbehandler bør begynde, når behandlingen starter. Indhent samtykke først.',
            en: 'For people in trauma treatment: therapist and caseworker should start talking when treatment begins. Obtain consent first.',
          },
          ownerRole: { sector: 'job-centre', role: 'caseworker' },
          deadline: after('treatment-start', { weeks: 1 }),
          sources: [cuf('Tidligt samarbejde og samtykke, L292–301'), PLANNING_CHOICE],
        },
        {
          id: 'first-network-meeting',
          title: { da: 'Første netværksmøde med borger, sagsbehandler og behandler', en: 'First network meeting with the person, caseworker and therapist' },
          guidance: {
            da: 'I én model holdes det første af tre møder cirka halvanden måned inde i behandlingen. Brug tjeklisten til forberedelse af netværksmøder.',
            en: 'In one model the first of three meetings is held about six weeks into treatment. Use the network-meeting preparation checklist.',
          },
          ownerRole: { sector: 'job-centre', role: 'coordinator' },
          deadline: after('treatment-start', { weeks: 6 }),
          dependsOn: ['treatment-contact'],
          sources: [cuf('CTP Tværindsats, L342–349')],
        },
      ],
    },
    {
      id: 'towards-self-support',
      title: { da: 'Mod selvforsørgelse', en: 'Towards self-support' },
      items: [
        {
          id: 'course-reviewed',
          title: { da: 'Forløbet gennemgået med borgeren', en: 'Course reviewed with the person' },
          guidance: {
            da: 'Pauser mellem tilbud tager motivationen; se på sammenhængen, og spørg hvad borgeren mangler at vide.',
            en: 'Gaps between offers drain motivation; look at continuity and ask what the person still needs to know.',
          },
          ownerRole: { sector: 'job-centre', role: 'caseworker' },
          deadline: after('arrival-in-municipality', { months: 3 }),
          dependsOn: ['work-oriented-activity'],
          sources: [kl('Kap. 02, Aarhus, L775–782'), kl('Kap. 05, pauser, L2199–2200')],
        },
        {
          id: 'after-treatment-plan',
          title: { da: 'Plan for tiden efter behandlingen', en: 'Plan for the time after treatment' },
          ownerRole: { sector: 'job-centre', role: 'caseworker' },
          dependsOn: ['treatment-contact'],
          sources: [cuf('Sammenhængende indsats, L175–180')],
        },
        {
          id: 'work-or-education',
          title: { da: 'Job eller uddannelse opnået', en: 'Work or education reached' },
          guidance: {
            da: 'Følg op efter ansættelse, fx om medlemskab af en a-kasse. Til sammenligning var 26 % på landsplan i job eller uddannelse efter et år.',
            en: 'Follow up after hiring, for example on joining an unemployment insurance fund. For comparison, 26 % nationally were in work or education after one year.',
          },
          ownerRole: { sector: 'job-centre' },
          dependsOn: ['work-oriented-activity'],
          sources: [kl('Kap. 05, L1979–1981'), kl('Kap. 05, L2269–2275')],
        },
      ],
    },
  ],
};

/** (d) Receiving an unaccompanied minor: custody holder, living arrangement, school and health. */
const UNACCOMPANIED_MINOR: ChecklistTemplate = {
  id: 'unaccompanied-minor-reception',
  version: 1,
  title: { da: 'Modtagelse af uledsaget mindreårig', en: 'Receiving an unaccompanied minor' },
  description: {
    da: 'For børn og unge under 18, der er flygtet uden forældre. En fast voksen, en klar tjekliste og en tydelig arbejdsdeling mellem sagsbehandler og psykolog eller kontaktperson gør modtagelsen tryg, uanset hvem der har sagen.',
    en: 'For children and young people under 18 who fled without their parents. One steady adult, a clear checklist and a plain split of tasks between caseworker and psychologist or contact person make the reception safe, whoever holds the case.',
  },
  sources: [kl('Kap. 07 Uledsagede, L3622–3802'), lg('Uledsagede, L369–413, L1196–1311'), lg('Overlevering, L671–681')],
  anchors: [
    ANCHOR_ARRIVAL,
    ANCHOR_RESPONSIBILITY,
    { id: 'turns-18', label: { da: 'Den unge fylder 18', en: 'The young person turns 18' } },
  ],
  phases: [
    {
      id: 'before-arrival',
      title: { da: 'Før ankomst', en: 'Before arrival' },
      items: [
        {
          id: 'immigration-service-information',
          title: { da: 'Oplysninger fra Udlændingestyrelsen gennemgået', en: 'Information from the Immigration Service reviewed' },
          ownerRole: { sector: 'children-family-services', role: 'caseworker' },
          sources: [kl('Kap. 07, Aarhus, L3682–3685')],
        },
        {
          id: 'temporary-custody-holder',
          title: { da: 'Midlertidig forældremyndighedsindehaver beskikket', en: 'Temporary custody holder appointed' },
          guidance: {
            da: 'Kommunen udpeger en voksen, der varetager den unges interesser indtil 18 år: en slægtning, en anden egnet voksen eller en frivillig fundet sammen med Røde Kors. Personen inddrages i vigtige beslutninger og kan søge aktindsigt og klage.',
            en: 'The kommune appoints an adult to look after the young person’s interests until 18: a relative, another suitable adult, or a volunteer found with the Red Cross. This person takes part in important decisions and may request access to files and appeal.',
          },
          ownerRole: { sector: 'children-family-services', role: 'caseworker' },
          sources: [kl('Kap. 07, Aarhus, L3672–3680'), lg('Midlertidig forældremyndighed, L1206–1221')],
        },
        {
          id: 'handover-consent',
          title: { da: 'Samtykke til at asylcentret giver sin viden videre', en: 'Consent for the asylum centre to pass on what it knows' },
          guidance: {
            da: 'Bekymringer, som asylcentret kender til, gives kun videre med samtykke fra den, der har forældremyndigheden. Unge over 15 år, der forstår hvad det betyder, kan ofte selv give samtykke; kontrollér reglerne.',
            en: 'Concerns the asylum centre knows of are passed on only with consent from whoever holds custody. Young people over 15 who understand what it means can often consent themselves; check the rules.',
          },
          ownerRole: { sector: 'asylum-centre-operator' },
          dependsOn: ['temporary-custody-holder'],
          sources: [lg('Overlevering med samtykke, L677–681'), lg('Forældremyndighedsindehaverens rolle, L1214–1221'), law('Forvaltningsloven § 28; samtykke fra 15 år (verify)')],
        },
        {
          id: 'asylum-centre-information',
          title: { da: 'Oplysninger indhentet fra asylcentret efter fast liste', en: 'Information gathered from the asylum centre using a fixed list' },
          ownerRole: { sector: 'children-family-services', role: 'caseworker' },
          dependsOn: ['handover-consent'],
          sources: [kl('Kap. 07, Rudersdal, L3750–3756'), lg('Rudersdal, L1300–1301')],
        },
        {
          id: 'handover-meeting',
          title: { da: 'Overdragelsesmøde på asylcentret med den unge', en: 'Handover meeting with the young person at the asylum centre' },
          guidance: {
            da: 'Den kommende kontaktperson og en kommunal rådgiver møder den unge og centrets personale. Mødet skaber den første relation og viser, om den påtænkte boform passer.',
            en: 'The future contact person and a municipal adviser meet the young person and centre staff. It builds the first relationship and shows whether the planned living arrangement fits.',
          },
          ownerRole: { sector: 'children-family-services' },
          deadline: before('arrival-in-municipality', { days: 0 }),
          dependsOn: ['immigration-service-information'],
          sources: [lg('Skanderborg, L671–675'), kl('Kap. 07, Aarhus, L3690–3696')],
        },
        {
          id: 'living-arrangement-decided',
          title: { da: 'Boform besluttet', en: 'Living arrangement decided' },
          guidance: {
            da: 'Fx kollegielignende opholdssted, bofællesskab med personale, plejefamilie (oftest for de yngste) eller døgninstitution. Vurder betydningen af sprog, kultur og religion for netop dette barn.',
            en: 'For example a dorm-like residential unit, shared housing with staff, a foster family (mostly for the youngest) or a residential institution. Weigh what language, culture and religion mean for this particular child.',
          },
          ownerRole: { sector: 'children-family-services', role: 'caseworker' },
          dependsOn: ['handover-meeting'],
          sources: [kl('Kap. 07, Aarhus, L3648–3669'), lg('Boformer, L1223–1266'), law('Barnets Lov (anbringelse; tidligere serviceloven)')],
        },
        {
          id: 'contact-person',
          title: { da: 'Fast kontaktperson udpeget, gerne på den unges modersmål', en: 'Named contact person appointed, ideally speaking the young person’s language' },
          guidance: {
            da: 'Kontaktpersonen går på tværs af afdelinger og kan nås døgnet rundt, fx på telefon.',
            en: 'The contact person works across departments and can be reached around the clock, for example by phone.',
          },
          ownerRole: { sector: 'children-family-services' },
          sources: [kl('Kap. 07, Aarhus, L3680–3705'), kl('Kap. 07, Rudersdal, L3733–3735, L3783–3790')],
        },
        {
          id: 'internal-notification',
          title: { da: 'Interne samarbejdspartnere orienteret om ankomsten i fast rækkefølge', en: 'Internal partners told of the arrival in a fixed order' },
          ownerRole: { sector: 'children-family-services', role: 'coordinator' },
          deadline: before('arrival-in-municipality', { days: 0 }),
          sources: [kl('Kap. 07, Rudersdal, L3757–3760'), lg('Rudersdal, L1301–1303')],
        },
      ],
    },
    {
      id: 'arrival',
      title: { da: 'Ankomst', en: 'Arrival' },
      items: [
        {
          id: 'received',
          title: { da: 'Den unge taget imod af kontaktperson og sagsbehandler', en: 'Young person welcomed by contact person and caseworker' },
          ownerRole: { sector: 'children-family-services', role: 'caseworker' },
          deadline: after('arrival-in-municipality', { days: 0 }),
          dependsOn: ['contact-person', 'living-arrangement-decided'],
          sources: [kl('Kap. 07, Rudersdal, L3749–3750')],
        },
        {
          id: 'action-plan',
          title: { da: 'Handleplan lagt med den unge og forældremyndighedsindehaveren', en: 'Action plan made with the young person and the custody holder' },
          ownerRole: { sector: 'children-family-services', role: 'caseworker' },
          dependsOn: ['received'],
          sources: [kl('Kap. 07, Rudersdal, L3761'), law('Barnets Lov (handleplan; verify paragraph)')],
        },
      ],
    },
    {
      id: 'school-and-health',
      title: { da: 'Skole og helbred', en: 'School and health' },
      items: [
        {
          id: 'school-or-language-classes',
          title: { da: 'Skole eller sprogundervisning startet', en: 'School or language classes started' },
          guidance: {
            da: 'Modtageklasse, ungdomsskolens sprogforløb, internationale ungdomsklasser eller sprogcenter, alt efter alder og tidligere skolegang.',
            en: 'Reception class, a youth-school language course, international youth classes or a language centre, depending on age and earlier schooling.',
          },
          ownerRole: { sector: 'school' },
          dependsOn: ['received'],
          sources: [lg('Uddannelse, L1246–1257'), kl('Kap. 06, Helsingør, L3416–3467')],
        },
        {
          id: 'health-assessment',
          title: { da: 'Helbredsvurdering tilbudt', en: 'Health assessment offered' },
          ownerRole: { sector: 'children-family-services', role: 'caseworker' },
          deadline: after('integration-responsibility-start', { months: 3 }),
          dependsOn: ['received'],
          sources: [kl('Kap. 08, Halsnæs, L3945–3948')],
        },
        {
          id: 'psychological-screening',
          title: { da: 'Psykologisk screening tilbudt', en: 'Psychological screening offered' },
          guidance: {
            da: 'Mange uledsagede unge sover dårligt, har svært ved at koncentrere sig eller har smerter uden fundet årsag. Screening og behandlingsnotater bliver hos psykologen.',
            en: 'Many unaccompanied young people sleep badly, struggle to concentrate or have pain with no cause found. Screening and treatment notes stay with the psychologist.',
          },
          ownerRole: { sector: 'children-family-services', role: 'professional' },
          dependsOn: ['received'],
          sources: [kl('Kap. 07, Rudersdal, L3763–3766'), lg('Symptomer, L381–385')],
        },
        {
          id: 'wellbeing-review',
          title: { da: 'Trivsel gennemgået et halvt år efter ankomsten', en: 'Wellbeing reviewed six months after arrival' },
          guidance: {
            da: 'Problemer viser sig ofte først 6–12 måneder efter ankomsten; tag en ny snak igen ved 12 måneder.',
            en: 'Difficulties often show only 6–12 months after arrival; talk again at 12 months.',
          },
          ownerRole: { sector: 'children-family-services', role: 'caseworker' },
          deadline: after('arrival-in-municipality', { months: 6 }),
          dependsOn: ['received'],
          sources: [lg('Uledsagede, L392–393')],
        },
        {
          id: 'leisure-and-network',
          title: { da: 'Fritid og netværk: forening, netværksfamilie eller mentor', en: 'Leisure and network: club, network family or mentor' },
          ownerRole: { sector: 'civil-society' },
          dependsOn: ['received'],
          sources: [kl('Kap. 07, Rudersdal, L3798–3802'), kl('Kap. 04, Assens, L1661–1666')],
        },
      ],
    },
    {
      id: 'towards-18',
      title: { da: 'Frem mod 18 år', en: 'Towards 18' },
      items: [
        {
          id: 'custody-holder-involved',
          title: { da: 'Forældremyndighedsindehaveren inddraget i skole, bolig og fritid', en: 'Custody holder involved in school, housing and leisure' },
          ownerRole: { sector: 'children-family-services', role: 'caseworker' },
          dependsOn: ['temporary-custody-holder'],
          sources: [lg('Forældremyndighedsindehaverens rolle, L1212–1221')],
        },
        {
          id: 'aftercare-assessed',
          title: { da: 'Efterværn vurderet inden 18 år', en: 'Aftercare assessed before 18' },
          guidance: {
            da: 'Fx kan den unge overtage lejemålet med en støttekontaktperson, indtil han eller hun er klar til egen bolig. Begynd i god tid før fødselsdagen.',
            en: 'For example the young person can take over the lease with a support contact person until ready for a home of their own. Start well before the birthday.',
          },
          ownerRole: { sector: 'children-family-services', role: 'caseworker' },
          deadline: before('turns-18', { days: 0 }),
          dependsOn: ['action-plan'],
          sources: [kl('Kap. 07, Aarhus, L3707–3712')],
        },
      ],
    },
  ],
};

/** (e) Preparing, holding and following up a network meeting in a standard format. */
const NETWORK_MEETING: ChecklistTemplate = {
  id: 'network-meeting-preparation',
  version: 1,
  title: { da: 'Forberedelse af netværksmøde', en: 'Preparing a network meeting' },
  description: {
    da: 'Et fast format for netværksmøder med familien: tidspunkt, planlægning, formål, dagsorden og roller, en forberedende samtale, et samtykketjek og et aftaleskema bagefter. Fristerne før mødet er forslag.',
    en: 'A standard format for network meetings with the family: timing, planning, purpose, agenda and roles, a preparation conversation, a consent check, and an agreement form afterwards. Deadlines before the meeting are suggestions.',
  },
  sources: [cuf('Netværksmøder, L303–322'), cuf('CTP Tværindsats, L336–359'), dignity('Netværksmøder, L887–931'), dignity('Det gode møde, L1348–1356, L4092–4098')],
  anchors: [{ id: 'meeting-date', label: { da: 'Mødedato', en: 'Meeting date' } }],
  phases: [
    {
      id: 'planning',
      title: { da: 'Planlægning', en: 'Planning' },
      items: [
        {
          id: 'purpose-and-agenda',
          title: { da: 'Formål og dagsorden aftalt', en: 'Purpose and agenda agreed' },
          guidance: {
            da: 'Er mødet til problemløsning eller til at dele erfaringer? Skriv formålet i én sætning, som familien kan genkende.',
            en: 'Is the meeting for solving a problem or for sharing experience? Put the purpose in one sentence the family would recognise.',
          },
          ownerRole: { role: 'coordinator' },
          deadline: before('meeting-date', { days: 14 }),
          sources: [cuf('Standardformat, L313–316'), dignity('Typer af netværksmøder, L887–897'), PLANNING_CHOICE],
        },
        {
          id: 'participants-invited',
          title: { da: 'Familien og de relevante fagpersoner inviteret', en: 'Family and relevant professionals invited' },
          guidance: {
            da: 'Familien er med fra start. Overvej pårørende, egen læge (som evt. kan bidrage skriftligt) og nøglepersoner fra hver sektor.',
            en: 'The family takes part from the start. Consider relatives, the GP (who may contribute in writing) and key persons from each sector.',
          },
          ownerRole: { role: 'coordinator' },
          deadline: before('meeting-date', { days: 14 }),
          dependsOn: ['purpose-and-agenda'],
          sources: [cuf('Deltagere, L319–320'), cuf('Praktiserende læger, L249–259'), cuf('Nøglepersoner, L324–329'), PLANNING_CHOICE],
        },
        {
          id: 'preparation-conversation',
          title: { da: 'Forberedende samtale med familien', en: 'Preparation conversation with the family' },
          guidance: {
            da: 'Hvad vil familien have ud af mødet, og hvad fylder i hverdagen lige nu? Spørg om særlige hensyn, og gennemgå hvem der kommer og hvorfor.',
            en: 'What does the family want from the meeting, and what weighs on everyday life right now? Ask about any special considerations and go through who is coming and why.',
          },
          ownerRole: { role: 'key-person' },
          deadline: before('meeting-date', { days: 7 }),
          dependsOn: ['participants-invited'],
          sources: [cuf('Forberedende samtale, L345–347'), dignity('Særlige hensyn, L1348'), PLANNING_CHOICE],
        },
        {
          id: 'consent-checked',
          title: { da: 'Samtykke tjekket: hvad må hver deltager høre', en: 'Consent checked: what each participant may hear' },
          guidance: {
            da: 'Gå samtykkerne igennem deltager for deltager. Mangler der samtykke, så spørg familien, eller lad emnet ligge på mødet.',
            en: 'Go through the consents participant by participant. Where consent is missing, ask the family or leave the topic out of the meeting.',
          },
          ownerRole: { role: 'coordinator' },
          deadline: before('meeting-date', { days: 7 }),
          dependsOn: ['preparation-conversation'],
          sources: [cuf('Samtykke, L298–301'), law('Forvaltningsloven § 28'), PLANNING_CHOICE],
        },
        {
          id: 'interpreter-booked',
          title: { da: 'Professionel tolk bestilt', en: 'Professional interpreter booked' },
          guidance: {
            da: 'Aftal sprog og form: fremmøde, telefon eller video (video egner sig til højst fem deltagere). Børn skal ikke tolke.',
            en: 'Agree language and form: in person, phone or video (video suits at most five participants). Children should not interpret.',
          },
          ownerRole: { role: 'coordinator' },
          deadline: before('meeting-date', { days: 7 }),
          sources: [dignity('Tolk, L2744–2754'), dignity('Børn som tolke, L2384–2398'), kl('Kap. 02, videotolkning, L960–964'), PLANNING_CHOICE],
        },
        {
          id: 'place-and-setting',
          title: { da: 'Sted og rammer valgt', en: 'Place and setting chosen' },
          guidance: {
            da: 'Kontor, et uformelt sted eller hjemme hos familien. Tænk på, hvor folk sidder, og lad døren stå åben, så ingen føler sig lukket inde.',
            en: 'An office, an informal place or the family’s home. Think about where people sit, and leave the door open so no one feels shut in.',
          },
          ownerRole: { role: 'coordinator' },
          deadline: before('meeting-date', { days: 7 }),
          sources: [dignity('Det gode møde, L1352–1356, L4092–4098'), PLANNING_CHOICE],
        },
        {
          id: 'agenda-sent',
          title: { da: 'Dagsorden sendt til deltagerne', en: 'Agenda sent to the participants' },
          guidance: {
            da: 'Skriv kun det, alle deltagere må se. Familien får dagsordenen på sit eget sprog.',
            en: 'Write only what every participant may see. The family gets the agenda in its own language.',
          },
          ownerRole: { role: 'coordinator' },
          deadline: before('meeting-date', { days: 5 }),
          dependsOn: ['purpose-and-agenda', 'consent-checked'],
          sources: [cuf('Standardformat, L313–316'), PLANNING_CHOICE],
        },
        {
          id: 'roles-assigned',
          title: { da: 'Roller fordelt: mødeleder, referent og tidtager', en: 'Roles assigned: chair, note-taker and timekeeper' },
          ownerRole: { role: 'coordinator' },
          deadline: before('meeting-date', { days: 3 }),
          sources: [cuf('Roller, L313–316'), PLANNING_CHOICE],
        },
        {
          id: 'reminder-sent',
          title: { da: 'Påmindelse til familien dagen før', en: 'Reminder to the family the day before' },
          guidance: {
            da: 'Fx en sms eller en kort hilsen på familiens sprog.',
            en: 'For example a text message or a short greeting in the family’s language.',
          },
          ownerRole: { role: 'key-person' },
          deadline: before('meeting-date', { days: 1 }),
          sources: [dignity('Påmindelser, L3909–3935'), kl('Kap. 08, Viborg, L3872–3877')],
        },
      ],
    },
    {
      id: 'meeting',
      title: { da: 'Mødet', en: 'The meeting' },
      items: [
        {
          id: 'meeting-held',
          title: { da: 'Mødet holdt', en: 'Meeting held' },
          guidance: {
            da: 'Begynd med familiens ressourcer og egne ord, og spørg åbent og nysgerrigt.',
            en: 'Begin with the family’s strengths and own words, and ask open, curious questions.',
          },
          ownerRole: { role: 'coordinator' },
          deadline: after('meeting-date', { days: 0 }),
          dependsOn: ['participants-invited', 'agenda-sent', 'roles-assigned'],
          sources: [dignity('Spørgestil, L3119–3125'), cuf('Netværksmøder, L307–308')],
        },
      ],
    },
    {
      id: 'after-the-meeting',
      title: { da: 'Efter mødet', en: 'After the meeting' },
      items: [
        {
          id: 'minutes-sent',
          title: { da: 'Referat sendt til deltagerne', en: 'Minutes sent to the participants' },
          ownerRole: { role: 'note-taker' },
          deadline: after('meeting-date', { days: 3 }),
          dependsOn: ['meeting-held'],
          sources: [cuf('Netværksmøder, L307–308'), PLANNING_CHOICE],
        },
        {
          id: 'agreement-form-sent',
          title: { da: 'Aftaleskema sendt: udfordringer, mål og handlinger', en: 'Agreement form sent: challenges, goals and actions' },
          guidance: {
            da: 'Hver handling har en ansvarlig og en dato. Familien får skemaet på sit eget sprog.',
            en: 'Each action has someone responsible and a date. The family gets the form in its own language.',
          },
          ownerRole: { role: 'coordinator' },
          deadline: after('meeting-date', { days: 3 }),
          dependsOn: ['meeting-held'],
          sources: [cuf('Aftaleskema, L347–349'), PLANNING_CHOICE],
        },
        {
          id: 'next-meeting-planned',
          title: { da: 'Næste møde planlagt', en: 'Next meeting planned' },
          guidance: {
            da: 'Fx som en serie på tre møder, hvor det midterste kan holdes på video.',
            en: 'For example as a series of three meetings, the middle one possibly by video.',
          },
          ownerRole: { role: 'coordinator' },
          deadline: after('meeting-date', { days: 7 }),
          dependsOn: ['meeting-held'],
          sources: [cuf('CTP Tværindsats, L342–345'), PLANNING_CHOICE],
        },
      ],
    },
  ],
};

/** (f) Asking for consent early, in the family's language, and recording it per custody holder. */
const CONSENT_COLLECTION: ChecklistTemplate = {
  id: 'consent-collection',
  version: 1,
  title: { da: 'Indhentning af samtykke', en: 'Collecting consent' },
  description: {
    da: 'Samtykke tidligt i samarbejdet, forklaret på familiens sprog: hvem får hvad og hvorfor, hvad et nej betyder, og at et ja kan trækkes tilbage. Beslutninger registreres for hver forældremyndighedsindehaver, og samarbejdspartnerne får besked.',
    en: 'Consent early in the collaboration, explained in the family’s language: who gets what and why, what a no means, and that a yes can be withdrawn. Decisions are recorded per custody holder, and partners are told.',
  },
  sources: [cuf('Samtykke, L292–301'), law('Forvaltningsloven §§ 27–28; Retssikkerhedsloven § 11 a; GDPR art. 7 og 9')],
  anchors: [
    {
      id: 'collaboration-start',
      label: { da: 'Samarbejdet om familien begynder', en: 'Collaboration around the family begins' },
      description: {
        da: 'Fx når en behandling starter, eller når flere fagpersoner begynder at arbejde med familien.',
        en: 'For example when treatment starts or when several professionals begin working with the family.',
      },
    },
    { id: 'consent-conversation', label: { da: 'Samtykkesamtale', en: 'Consent conversation' } },
  ],
  phases: [
    {
      id: 'preparation',
      title: { da: 'Forberedelse', en: 'Preparation' },
      items: [
        {
          id: 'who-must-consent',
          title: { da: 'Afklaret hvem der skal give samtykke', en: 'Worked out who must consent' },
          guidance: {
            da: 'For børn under 15 år: alle med forældremyndighed, ved fælles forældremyndighed begge. Unge fra 15 år, der forstår betydningen, kan ofte selv give samtykke. For uledsagede unge er det den midlertidige forældremyndighedsindehaver.',
            en: 'For children under 15: everyone holding custody, both where custody is joint. Young people from 15 who understand what it means can often consent themselves. For unaccompanied minors it is the temporary custody holder.',
          },
          ownerRole: { role: 'caseworker' },
          sources: [law('Forældremyndighed og samtykke (regional vejledning; verify)'), lg('Midlertidig forældremyndighed, L1214–1221')],
        },
        {
          id: 'recipients-described',
          title: { da: 'Hver modtager beskrevet: hvilke oplysninger og hvorfor', en: 'Each recipient described: which information and why' },
          guidance: {
            da: 'Et samtykke skal være konkret: nævn modtager, formål og typer af oplysninger. Ingen generelle samtykker.',
            en: 'Consent must be specific: name the recipient, the purpose and the kinds of information. No blanket consent.',
          },
          ownerRole: { role: 'caseworker' },
          sources: [law('Forvaltningsloven § 28; GDPR art. 7'), cuf('Samtykke, L299–300')],
        },
        {
          id: 'interpreter-booked',
          title: { da: 'Tolk på familiens sprog bestilt', en: 'Interpreter in the family’s language booked' },
          ownerRole: { role: 'caseworker' },
          deadline: before('consent-conversation', { days: 1 }),
          sources: [dignity('Tolk, L2744–2754'), kl('Kap. 02, tolkeformer, L908–909'), PLANNING_CHOICE],
        },
        {
          id: 'material-in-family-language',
          title: { da: 'Skriftligt materiale på familiens sprog', en: 'Written material in the family’s language' },
          ownerRole: { role: 'caseworker' },
          deadline: before('consent-conversation', { days: 0 }),
          sources: [kl('Kap. 02, oversat materiale, L803–805'), kl('Kap. 08, brochurer på arabisk og dansk, L4355–4360')],
        },
      ],
    },
    {
      id: 'conversation',
      title: { da: 'Samtalen', en: 'The conversation' },
      items: [
        {
          id: 'purpose-explained',
          title: { da: 'Forklaret hvad samtykket bruges til, og hvad ikke', en: 'Explained what the consent is for, and what it is not' },
          ownerRole: { role: 'caseworker' },
          deadline: after('consent-conversation', { days: 0 }),
          dependsOn: ['recipients-described', 'interpreter-booked'],
          sources: [cuf('Samtykke, L299–300')],
        },
        {
          id: 'refusal-explained',
          title: { da: 'Forklaret hvad et nej betyder, og at et ja kan trækkes tilbage', en: 'Explained what a no means, and that a yes can be withdrawn' },
          guidance: {
            da: 'Siger familien nej, afgøres sagen på de oplysninger, kommunen allerede har. Et nej er et gyldigt svar, og et ja kan trækkes tilbage når som helst, lige så let som det blev givet.',
            en: 'If the family says no, the case is decided on what the kommune already knows. A no is a valid answer, and a yes can be withdrawn at any time, as easily as it was given.',
          },
          ownerRole: { role: 'caseworker' },
          deadline: after('consent-conversation', { days: 0 }),
          dependsOn: ['purpose-explained'],
          sources: [law('Retssikkerhedsloven § 11 a; GDPR art. 7, stk. 3')],
        },
        {
          id: 'teach-back',
          title: { da: 'Familien har med egne ord sagt, hvad de siger ja og nej til', en: 'The family has said in their own words what they agree and decline' },
          guidance: {
            da: 'Spørg fx: "Hvem får at vide hvad, når I siger ja?" Forklar igen på en anden måde, hvis svaret ikke passer.',
            en: 'Ask for example: "Who will learn what if you say yes?" Explain again another way if the answer does not fit.',
          },
          ownerRole: { role: 'caseworker' },
          deadline: after('consent-conversation', { days: 0 }),
          dependsOn: ['refusal-explained'],
          sources: [samspil('Teach-back: forståelse tjekkes med familiens egne ord')],
        },
        {
          id: 'decisions-recorded',
          title: { da: 'Beslutning registreret for hver forældremyndighedsindehaver og modtager', en: 'Decision recorded for each custody holder and recipient' },
          guidance: {
            da: 'Registrér ja, nej og undtagelser, datoen, hvem der spurgte, og at der var tolk med.',
            en: 'Record yes, no and exceptions, the date, who asked, and that an interpreter took part.',
          },
          ownerRole: { role: 'caseworker' },
          deadline: after('collaboration-start', { days: 14 }),
          dependsOn: ['teach-back', 'who-must-consent'],
          sources: [cuf('Samtykke så tidligt som muligt, L292–299'), law('Forvaltningsloven § 28; GDPR art. 7, stk. 1'), PLANNING_CHOICE],
        },
        {
          id: 'receipt-given',
          title: { da: 'Familien har fået en kvittering, de kan læse', en: 'The family has a receipt they can read' },
          ownerRole: { role: 'caseworker' },
          dependsOn: ['decisions-recorded'],
          sources: [law('GDPR art. 7 og 12')],
        },
      ],
    },
    {
      id: 'afterwards',
      title: { da: 'Bagefter', en: 'Afterwards' },
      items: [
        {
          id: 'partners-informed',
          title: { da: 'Samarbejdspartnere orienteret om, at samtykke foreligger', en: 'Partners told that consent is in place' },
          guidance: {
            da: 'Fortæl kun, hvem der har samtykke til hvad; ikke sagens indhold.',
            en: 'Say only who has consent for what; not what the case is about.',
          },
          ownerRole: { role: 'coordinator' },
          deadline: after('consent-conversation', { days: 7 }),
          dependsOn: ['decisions-recorded'],
          sources: [cuf('Partnere informeres, L300–301'), PLANNING_CHOICE],
        },
        {
          id: 'review-date-set',
          title: { da: 'Dato sat for at gennemgå samtykket igen med familien', en: 'Date set to go through the consent with the family again' },
          ownerRole: { role: 'caseworker' },
          dependsOn: ['decisions-recorded'],
          sources: [samspil('Samtykke gennemgås igen med familien'), law('GDPR art. 7, stk. 3')],
        },
      ],
    },
  ],
};

/**
 * The checklist templates core ships, in the order a family usually meets them: reception,
 * health assessment, children's daycare and school, work, unaccompanied minors, network meetings
 * and consent. Add a kommune's own with `mergeChecklistTemplates`.
 */
export const CHECKLIST_TEMPLATES: readonly ChecklistTemplate[] = [
  RECEPTION,
  HEALTH_ASSESSMENT,
  SCHOOL_AND_DAYCARE,
  EMPLOYMENT,
  UNACCOMPANIED_MINOR,
  NETWORK_MEETING,
  CONSENT_COLLECTION,
];
