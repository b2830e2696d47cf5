import type { MeetingSeriesTemplate, MeetingTemplateReminder, MeetingTemplateRole } from './meeting-series-template.schema.js';

const preparationReminder: MeetingTemplateReminder = {
  id: 'preparation-conversation',
  text: {
    da: 'Hold en forberedende samtale med borgeren inden mødet: hvad ønsker borgeren, hvilke sociale belastninger fylder, og er der emner, borgeren ikke vil have taget op?',
    en: 'Talk with the citizen before the meeting: what the citizen hopes for, which social burdens weigh most, and any topics the citizen does not want raised.',
  },
  source: { source: 'cuf-2022', section: '§4 CTP Tværindsats (L345-347)' },
};

const consentReminder: MeetingTemplateReminder = {
  id: 'consent-explained',
  text: {
    da: 'Gennemgå samtykket: hvad må deles med hvem og til hvad, og hvad bruges det ikke til. Fortæl deltagerne, at samtykket findes.',
    en: 'Go through the consent: what may be shared with whom and why, and what it will not be used for. Let the participants know the consent exists.',
  },
  source: { source: 'cuf-2022', section: '§5 Consent (L298-301)' },
};

const interpreterReminder: MeetingTemplateReminder = {
  id: 'professional-interpreter',
  text: {
    da: 'Bestil en professionel tolk i det rigtige sprog. Børn skal ikke tolke for deres forældre. Videotolkning fungerer for højst fem deltagere.',
    en: 'Book a professional interpreter in the right language. Children should not interpret for their parents. Video interpreting works for five participants at most.',
  },
  source: { source: 'kl-2016', section: '§6 Interpreters (L954-967); DIGNITY 2018 §7.4' },
};

const settingReminder: MeetingTemplateReminder = {
  id: 'the-good-meeting',
  text: {
    da: 'Tænk rammerne igennem: mødested, placering ved bordet, en åben dør, og spørg om der er hensyn, I skal tage.',
    en: 'Think through the setting: the venue, where people sit, an open door, and ask whether any special considerations are needed.',
  },
  source: { source: 'dignity-2018', section: '§7.4 Meeting preparation (L1348-1356, L4092-4098)' },
};

const standardRoles: MeetingTemplateRole[] = [
  { role: 'coordinator', required: true, hint: { da: 'Tovholder, leder mødet', en: 'Coordinator, chairs the meeting' } },
  { role: 'note-taker', required: true, hint: { da: 'Skriver referat og aftaleskema', en: 'Writes the minutes and the agreement form' } },
  { role: 'citizen', required: true },
  { role: 'professional', required: true, hint: { da: 'Sagsbehandler', en: 'Caseworker' } },
  { role: 'professional', required: false, hint: { da: 'Behandler', en: 'Therapist' } },
  { role: 'key-person', required: false },
  { role: 'relative', required: false },
  { role: 'interpreter', required: false, hint: { da: 'Ved behov for tolk', en: 'When an interpreter is needed' } },
];

/**
 * The network-meeting series core ships, as data a kommune can copy and adapt:
 * - `ctp-three-meetings`: three meetings around trauma treatment, the first about six weeks after
 *   treatment starts, the middle one possibly by video, the last to close and hand over
 *   (Center for Udsatte Flygtninge 2022/23, the CTP model); the spacing after the first meeting is
 *   Samspil's suggestion, since the source gives none;
 * - `handover-kindergarten-school`: the handover meeting before a child starts school and a
 *   follow-up meeting after the start (DIGNITY 2018);
 * - `single-network-meeting`: one meeting in the standard format.
 */
export const MEETING_SERIES_TEMPLATES: readonly MeetingSeriesTemplate[] = [
  {
    id: 'ctp-three-meetings',
    name: { da: 'Tre netværksmøder under traumebehandling', en: 'Three network meetings during trauma treatment' },
    description: {
      da: 'Borger, kommunal sagsbehandler og behandlere mødes tre gange i løbet af behandlingen og arbejder ud fra et aftaleskema med udfordringer, mål og handlinger.',
      en: 'The citizen, the municipal caseworker and the therapists meet three times during treatment and work from an agreement form of challenges, goals and actions.',
    },
    anchor: { da: 'Behandlingsstart', en: 'Start of treatment' },
    source: { source: 'cuf-2022', section: '§4 CTP Tværindsats (L342-349)' },
    meetings: [
      {
        id: 'first',
        title: { da: 'Første netværksmøde', en: 'First network meeting' },
        purpose: {
          da: 'Lære hinanden at kende, høre borgerens egen fortælling og udfylde aftaleskemaet: udfordringer, mål og de første handlinger.',
          en: "Get to know each other, hear the citizen's own account and fill in the agreement form: challenges, goals and first actions.",
        },
        offset: { from: 'anchor', weeks: 6, days: 0 },
        mode: 'in-person',
        alternativeModes: [],
        durationMinutes: 90,
        agenda: [
          { id: 'welcome', title: { da: 'Velkomst, roller og formål', en: 'Welcome, roles and purpose' }, minutes: 10 },
          { id: 'citizen-view', title: { da: 'Borgerens egne ord og ønsker', en: "The citizen's own words and wishes" }, minutes: 15 },
          { id: 'resources', title: { da: 'Ressourcer og det, der fungerer', en: 'Resources and what works' }, minutes: 10 },
          { id: 'challenges', title: { da: 'Udfordringer', en: 'Challenges' }, minutes: 20 },
          { id: 'goals', title: { da: 'Fælles mål', en: 'Shared goals' }, minutes: 15 },
          { id: 'actions', title: { da: 'Handlinger: hvem gør hvad hvornår', en: 'Actions: who does what by when' }, minutes: 15 },
          { id: 'next', title: { da: 'Næste møde', en: 'Next meeting' }, minutes: 5 },
        ],
        roles: standardRoles,
        reminders: [preparationReminder, consentReminder, interpreterReminder, settingReminder],
        source: { source: 'cuf-2022', section: '§4 CTP Tværindsats (L342-345): first meeting about 1.5 months into treatment, in person' },
      },
      {
        id: 'middle',
        title: { da: 'Midtvejsmøde', en: 'Midway meeting' },
        purpose: {
          da: 'Følge op på aftaleskemaet: hvad er gjort, hvad er ændret, og hvad skal justeres.',
          en: 'Follow up on the agreement form: what has been done, what has changed and what needs adjusting.',
        },
        offset: { from: 'previous', weeks: 8, days: 0 },
        mode: 'video',
        alternativeModes: ['in-person'],
        durationMinutes: 60,
        agenda: [
          { id: 'since-last', title: { da: 'Siden sidst, med borgerens ord', en: "Since last time, in the citizen's words" }, minutes: 10 },
          { id: 'actions-review', title: { da: 'Gennemgang af handlinger', en: 'Review of actions' }, minutes: 20 },
          { id: 'goals-adjust', title: { da: 'Justering af mål', en: 'Adjusting goals' }, minutes: 15 },
          { id: 'new-actions', title: { da: 'Nye handlinger', en: 'New actions' }, minutes: 10 },
          { id: 'next', title: { da: 'Næste møde', en: 'Next meeting' }, minutes: 5 },
        ],
        roles: standardRoles,
        reminders: [preparationReminder, interpreterReminder],
        source: { source: 'cuf-2022', section: '§4 CTP Tværindsats (L344-345): the middle meeting may be by video; spacing suggested by Samspil' },
      },
      {
        id: 'last',
        title: { da: 'Afsluttende netværksmøde', en: 'Closing network meeting' },
        purpose: {
          da: 'Se tilbage på forløbet, afslutte aftaleskemaet og aftale, hvem der tager over, når behandlingen slutter.',
          en: 'Look back on the course, close the agreement form and agree who takes over when treatment ends.',
        },
        offset: { from: 'previous', weeks: 8, days: 0 },
        mode: 'in-person',
        alternativeModes: [],
        durationMinutes: 90,
        agenda: [
          { id: 'look-back', title: { da: 'Tilbageblik med borgeren', en: 'Looking back with the citizen' }, minutes: 15 },
          { id: 'goals-reached', title: { da: 'Hvilke mål er nået', en: 'Which goals were reached' }, minutes: 20 },
          { id: 'after-treatment', title: { da: 'Indsatser efter behandlingen', en: 'Support after treatment' }, minutes: 30 },
          { id: 'handover', title: { da: 'Overlevering: hvem gør hvad', en: 'Handover: who does what' }, minutes: 15 },
          { id: 'closing', title: { da: 'Afrunding', en: 'Closing' }, minutes: 10 },
        ],
        roles: standardRoles,
        reminders: [preparationReminder, interpreterReminder],
        source: { source: 'cuf-2022', section: '§4 CTP Tværindsats (L344-345), potential 5 (L175-177); spacing suggested by Samspil' },
      },
    ],
  },
  {
    id: 'handover-kindergarten-school',
    name: { da: 'Overleveringsmøde fra børnehave til skole', en: 'Handover meeting from kindergarten to school' },
    description: {
      da: 'Forældre, børnehavens pædagog, skolens lærer og pædagog mødes før skolestart og igen nogle uger efter, også når alt går godt.',
      en: "Parents, the kindergarten pedagogue, the school's teacher and pedagogue meet before school starts and again some weeks after, also when all is going well.",
    },
    anchor: { da: 'Skolestart', en: 'School start' },
    source: { source: 'dignity-2018', section: '§3.5 Handover meeting (L3077-3081); recommendations (L3117-3133)' },
    meetings: [
      {
        id: 'handover',
        title: { da: 'Overleveringsmøde', en: 'Handover meeting' },
        purpose: {
          da: 'Give barnets styrker, vaner og behov videre fra børnehave til skole, sammen med forældrene.',
          en: "Pass the child's strengths, habits and needs on from kindergarten to school, together with the parents.",
        },
        offset: { from: 'anchor', weeks: -4, days: 0 },
        mode: 'in-person',
        alternativeModes: [],
        durationMinutes: 60,
        agenda: [
          { id: 'welcome', title: { da: 'Velkomst og hvem er vi', en: 'Welcome and who we are' }, minutes: 5 },
          { id: 'parents-view', title: { da: 'Forældrene fortæller om barnet', en: 'The parents tell about the child' }, minutes: 15 },
          { id: 'kindergarten', title: { da: 'Børnehavens erfaringer', en: "The kindergarten's experience" }, minutes: 10 },
          { id: 'school-start', title: { da: 'Sådan bliver skolestarten', en: 'How school start will go' }, minutes: 10 },
          { id: 'questions', title: { da: 'Forældrenes spørgsmål og forventninger', en: "The parents' questions and expectations" }, minutes: 10 },
          { id: 'agreements', title: { da: 'Aftaler', en: 'Agreements' }, minutes: 10 },
        ],
        roles: [
          { role: 'coordinator', required: true },
          { role: 'note-taker', required: true },
          { role: 'citizen', required: true, hint: { da: 'Forælder', en: 'Parent' } },
          { role: 'relative', required: false, hint: { da: 'Den anden forælder', en: 'The other parent' } },
          { role: 'professional', required: true, hint: { da: 'Pædagog fra børnehaven', en: 'Kindergarten pedagogue' } },
          { role: 'professional', required: true, hint: { da: 'Lærer fra skolen', en: 'School teacher' } },
          { role: 'professional', required: false, hint: { da: 'Pædagog fra skolen', en: 'School pedagogue' } },
          { role: 'interpreter', required: false, hint: { da: 'Ved behov for tolk', en: 'When an interpreter is needed' } },
        ],
        reminders: [
          {
            id: 'open-questions',
            text: {
              da: 'Vær nysgerrig og stil åbne spørgsmål; god kommunikation skaber tillid og forebygger, at forældrene går i forsvar.',
              en: 'Be curious and ask open questions; good communication builds trust and keeps parents from feeling they must defend themselves.',
            },
            source: { source: 'dignity-2018', section: '§4.5 Handover recommendations (L3117-3125)' },
          },
          {
            id: 'cultural-differences',
            text: {
              da: 'Tal om kulturelle forskelle i forventninger til skolen; de er en hyppig kilde til misforståelser.',
              en: 'Talk about cultural differences in what people expect of school; they often cause misunderstandings.',
            },
            source: { source: 'dignity-2018', section: '§4.5 Handover recommendations (L3127-3129)' },
          },
          interpreterReminder,
          settingReminder,
        ],
        source: { source: 'dignity-2018', section: '§3.5 Handover meeting (L3077-3081); timing suggested by Samspil' },
      },
      {
        id: 'check-in',
        title: { da: 'Opfølgning efter skolestart', en: 'Follow-up after school start' },
        purpose: {
          da: 'Mødes igen, også når der ikke er problemer: hvordan går skolestarten set fra barnet, forældrene og skolen?',
          en: 'Meet again, also when there are no problems: how is school going, as the child, the parents and the school see it?',
        },
        offset: { from: 'anchor', weeks: 8, days: 0 },
        mode: 'in-person',
        alternativeModes: ['video'],
        durationMinutes: 45,
        agenda: [
          { id: 'how-it-goes', title: { da: 'Hvordan går det', en: 'How it is going' }, minutes: 15 },
          { id: 'strengths', title: { da: 'Det, der lykkes', en: 'What is going well' }, minutes: 10 },
          { id: 'concerns', title: { da: 'Bekymringer og spørgsmål', en: 'Concerns and questions' }, minutes: 10 },
          { id: 'agreements', title: { da: 'Aftaler og næste møde', en: 'Agreements and next meeting' }, minutes: 10 },
        ],
        roles: [
          { role: 'coordinator', required: true },
          { role: 'note-taker', required: true },
          { role: 'citizen', required: true, hint: { da: 'Forælder', en: 'Parent' } },
          { role: 'professional', required: true, hint: { da: 'Lærer fra skolen', en: 'School teacher' } },
          { role: 'interpreter', required: false, hint: { da: 'Ved behov for tolk', en: 'When an interpreter is needed' } },
        ],
        reminders: [
          {
            id: 'regular-meetings',
            text: {
              da: 'Hold faste møder med forældrene, også når det går godt; så bliver mødet ikke kun en anledning til kritik.',
              en: 'Meet the parents regularly, also when things go well, so a meeting is not only an occasion for criticism.',
            },
            source: { source: 'dignity-2018', section: '§4.5 Handover recommendations (L3131-3133)' },
          },
        ],
        source: { source: 'dignity-2018', section: '§4.5 Handover recommendations (L3131-3133); timing suggested by Samspil' },
      },
    ],
  },
  {
    id: 'single-network-meeting',
    name: { da: 'Netværksmøde i standardformat', en: 'Network meeting in the standard format' },
    description: {
      da: 'Ét møde med fast tidspunkt, planlægning, formål, dagsorden og roller.',
      en: 'One meeting with a set time, planning, purpose, agenda and roles.',
    },
    anchor: { da: 'Mødedato', en: 'Meeting date' },
    source: { source: 'cuf-2022', section: '§4 Recommendation 4: network meetings (L303-322)' },
    meetings: [
      {
        id: 'meeting',
        title: { da: 'Netværksmøde', en: 'Network meeting' },
        purpose: {
          da: 'Samle borger og fagpersoner om én fælles plan, så borgeren ikke selv skal bære beskeder mellem sektorerne.',
          en: 'Bring the citizen and the professionals together on one shared plan, so the citizen does not have to carry messages between sectors.',
        },
        offset: { from: 'anchor', weeks: 0, days: 0 },
        mode: 'in-person',
        alternativeModes: ['video', 'phone'],
        durationMinutes: 90,
        agenda: [
          { id: 'welcome', title: { da: 'Velkomst, roller og formål', en: 'Welcome, roles and purpose' }, minutes: 10 },
          { id: 'citizen-view', title: { da: 'Borgerens egne ord og ønsker', en: "The citizen's own words and wishes" }, minutes: 15 },
          { id: 'resources', title: { da: 'Ressourcer og det, der fungerer', en: 'Resources and what works' }, minutes: 10 },
          { id: 'challenges', title: { da: 'Udfordringer', en: 'Challenges' }, minutes: 20 },
          { id: 'goals', title: { da: 'Fælles mål', en: 'Shared goals' }, minutes: 15 },
          { id: 'actions', title: { da: 'Handlinger: hvem gør hvad hvornår', en: 'Actions: who does what by when' }, minutes: 15 },
          { id: 'next', title: { da: 'Opfølgning og næste møde', en: 'Follow-up and next meeting' }, minutes: 5 },
        ],
        roles: standardRoles,
        reminders: [preparationReminder, consentReminder, interpreterReminder, settingReminder],
        source: { source: 'cuf-2022', section: '§4 Recommendation 4: timing, planning, purpose, agenda, roles (L313-316)' },
      },
    ],
  },
];
