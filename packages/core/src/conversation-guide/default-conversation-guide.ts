import { deepFreezeData } from '../common/internal/deep-freeze-data.js';
import type { ConversationAnswer, ConversationGuide, ConversationPhase, ConversationStep } from './conversation-guide.schema.js';

// Built from the facts of DIGNITY's actioncard (seed 000, §4.1/§7.3) and its notes on trust and
// the good meeting (§3.6, §7.11); every sentence is the project's own.

const INFO: ConversationAnswer[] = ['answered', 'not-now'];
const OPEN_QUESTION: ConversationAnswer[] = ['answered', 'not-now', 'declined'];
const YES_NO_QUESTION: ConversationAnswer[] = ['yes', 'no', 'not-now', 'declined'];
const PERMISSION: ConversationAnswer[] = ['yes', 'no', 'not-now', 'declined'];

type Text = { da: string; en: string };
const t = (da: string, en: string): Text => ({ da, en });

function step(
  id: string,
  kind: ConversationStep['kind'],
  answers: ConversationAnswer[],
  prompt: Text,
  extra: { guidance?: Text; dependsOn?: string[]; allowNotes?: boolean } = {},
): ConversationStep {
  return { id, kind, prompt, answers, ...extra };
}

/** An exploring topic: a permission step first, then questions that only follow a yes. */
function topic(id: string, title: Text, permission: { prompt: Text; guidance?: Text }, steps: ConversationStep[]): ConversationPhase {
  const permissionId = `${id}.permission`;
  return {
    id,
    kind: 'exploration',
    title,
    steps: [
      step(permissionId, 'permission', PERMISSION, permission.prompt, {
        dependsOn: ['opening.permission'],
        ...(permission.guidance ? { guidance: permission.guidance } : {}),
      }),
      ...steps.map((inner) => ({ ...inner, dependsOn: [permissionId] })),
    ],
  };
}

const guide: ConversationGuide = {
  id: 'samspil.flight-exile-trauma',
  version: 1,
  title: t(
    'Samtale med flygtningeforældre om flugt, eksil og traumer',
    'Talking with refugee parents about flight, exile and trauma',
  ),
  description: t(
    'En rolig, ressourceorienteret guide til en første samtale med en forælder eller en familie, der er flygtet. Den bygger på DIGNITYs actioncard fra sundhedsområdet og har faste trin om fortrolighed, tolk, retten til at sige fra, opfølgning og henvisning. Hvert følsomt emne indledes med et spørgsmål om lov, og et nej betyder, at emnet springes over.',
    'A calm, resource-oriented guide for a first conversation with a parent or family who has fled. It builds on the DIGNITY actioncard from the health sector and has fixed steps on confidentiality, the interpreter, the right to say no, follow-up and referral. Each sensitive topic opens by asking permission, and a no means the topic is left out.',
  ),
  source: { source: 'dignity-2018', section: 'Kap. 05, case 1: actioncard om flygtninge, eksil og traumer' },
  phases: [
    {
      id: 'opening',
      kind: 'opening',
      title: t('Indledning', 'Opening'),
      steps: [
        step(
          'opening.introduction',
          'info',
          INFO,
          t(
            'Fortæl, hvem du er: dit navn, hvor du arbejder, og hvilken rolle du har i forhold til familien.',
            'Say who you are: your name, where you work and what your role is in relation to the family.',
          ),
          {
            guidance: t(
              'Spørg først, om noget kan gøre samtalen lettere – fx hvor I sidder, at døren står åben, eller at I holder pauser. Personen ved ofte selv bedst, hvad der hjælper.',
              'First ask whether anything would make the conversation easier – where you sit, leaving the door open, or taking breaks. The person often knows best what helps.',
            ),
          },
        ),
        step(
          'opening.purpose',
          'info',
          INFO,
          t(
            'Forklar, hvorfor I taler sammen: du vil gerne forstå, hvordan familien har det, og hvad der kan gøre hverdagen lettere. Sig, at familien selv bestemmer, hvad de vil fortælle.',
            'Explain why you are talking: you want to understand how the family is doing and what could make everyday life easier. Make clear the family decides what to share.',
          ),
          {
            guidance: t(
              'Præsentér samtalen som et tilbud, ikke en undersøgelse. Brug hverdagsord frem for faglige begreber og diagnoser.',
              'Present the conversation as an offer, not an assessment. Use everyday words rather than professional terms or diagnoses.',
            ),
          },
        ),
        step(
          'opening.confidentiality',
          'info',
          INFO,
          t(
            'Fortæl, hvad du skriver ned, hvem der kan læse det, og at intet gives videre uden familiens samtykke, medmindre loven forpligter dig. Tilbyd at vise, hvad du har noteret.',
            'Tell the family what you write down, who can read it, and that nothing is passed on without their consent unless the law obliges you to. Offer to show them what you have noted.',
          ),
          {
            guidance: t(
              'Mange flygtninge har grund til at være på vagt over for myndigheder og kan frygte, at det, de fortæller, får følger for opholdet eller børnene. Vær konkret, og lov ikke mere fortrolighed, end du kan holde – nævn også din pligt til at underrette, hvis et barn har brug for særlig støtte.',
              'Many refugees have reason to be wary of authorities and may fear that what they say will affect their residence or their children. Be specific and promise no more confidentiality than you can keep – also mention your duty to notify if a child needs special support.',
            ),
          },
        ),
        step(
          'opening.interpreter',
          'info',
          INFO,
          t(
            'Er der tolk med, så præsentér tolken, og forklar, at tolken oversætter alt, hvad der bliver sagt, er neutral og har tavshedspligt.',
            'If an interpreter takes part, introduce them and explain that they translate everything said, stay neutral and are bound by confidentiality.',
          ),
          {
            guidance: t(
              'Brug en professionel tolk, og lad aldrig børnene tolke for deres forældre. Tal direkte til personen, ikke til tolken. Uden tolk: tjek undervejs, at I forstår hinanden.',
              'Use a professional interpreter and never let the children interpret for their parents. Speak to the person, not to the interpreter. Without an interpreter, check along the way that you understand each other.',
            ),
          },
        ),
        step(
          'opening.rights',
          'info',
          INFO,
          t(
            'Sig tydeligt, at familien når som helst kan sige nej til et spørgsmål, bede om en pause eller stoppe samtalen, og at det ikke får betydning for den hjælp, de får.',
            'Say clearly that the family may at any time say no to a question, ask for a break or end the conversation, and that this does not affect the help they receive.',
          ),
          {
            guidance: t(
              'Aftal gerne et tegn eller et ord, personen kan bruge for at få en pause. Et nej er et fuldgyldigt svar: anerkend det, og gå videre.',
              'Consider agreeing on a sign or word the person can use to ask for a break. A no is a complete answer: acknowledge it and move on.',
            ),
          },
        ),
        step(
          'opening.permission',
          'permission',
          PERMISSION,
          t(
            'Må jeg stille dig nogle spørgsmål om, hvordan du og familien har det?',
            'May I ask you some questions about how you and your family are doing?',
          ),
          {
            guidance: t(
              'Svarer personen nej eller ikke nu, springes de udforskende emner over, og I kan gå direkte til afrundingen.',
              'If the answer is no or not now, the exploring topics are left out and you can go straight to the closing.',
            ),
          },
        ),
      ],
    },
    topic(
      'life-before',
      t('Livet før flugten', 'Life before the flight'),
      {
        prompt: t(
          'Må jeg høre lidt om jeres liv, før I måtte forlade jeres land?',
          'May I hear a little about your life before you had to leave your country?',
        ),
        guidance: t(
          'Begynd med det, der gik godt. Det viser familiens styrker og gør det lettere at nærme sig det svære senere.',
          'Begin with what went well. It shows the family’s strengths and makes the harder topics easier to approach later.',
        ),
      },
      [
        step(
          'life-before.origin',
          'question',
          OPEN_QUESTION,
          t(
            'Hvor kommer du og familien fra, og hvordan var jeres hverdag dér?',
            'Where do you and your family come from, and what was everyday life like there?',
          ),
          { allowNotes: true },
        ),
        step(
          'life-before.roles',
          'question',
          OPEN_QUESTION,
          t(
            'Hvad beskæftigede du dig med dengang – uddannelse, arbejde, opgaver i familien eller i lokalsamfundet?',
            'What did you do back then – education, work, tasks in the family or in the community?',
          ),
          {
            allowNotes: true,
            guidance: t(
              'Lyt efter kompetencer, roller og ting, personen er stolt af. Tabet af status og rolle kan fylde meget i eksil, og det styrker at blive set som den, man var.',
              'Listen for skills, roles and things the person is proud of. Losing status and role can weigh heavily in exile, and being seen as the person one was gives strength.',
            ),
          },
        ),
      ],
    ),
    topic(
      'resources',
      t('Familiens ressourcer', 'The family’s resources'),
      {
        prompt: t(
          'Må jeg spørge til, hvad der giver jer styrke og hjælper jer i hverdagen?',
          'May I ask about what gives you strength and helps you in daily life?',
        ),
      },
      [
        step(
          'resources.strengths',
          'question',
          OPEN_QUESTION,
          t(
            'Hvem eller hvad giver dig og familien kræfter – familie, venner, naboer, tro, fællesskaber eller aktiviteter?',
            'Who or what gives you and your family energy – relatives, friends, neighbours, faith, communities or activities?',
          ),
          {
            allowNotes: true,
            guidance: t(
              'Skriv ressourcerne ned med familiens egne ord. De er udgangspunktet for det, der skal ske bagefter.',
              'Write down the resources in the family’s own words. They are the starting point for what happens next.',
            ),
          },
        ),
        step(
          'resources.coping',
          'question',
          OPEN_QUESTION,
          t('Hvad har hjulpet jer igennem svære perioder, og hvad hjælper nu?', 'What has helped you through hard times, and what helps now?'),
          { allowNotes: true },
        ),
        step(
          'resources.hopes',
          'question',
          OPEN_QUESTION,
          t(
            'Hvad håber du på for dig selv og familien i den kommende tid?',
            'What do you hope for yourself and your family in the time ahead?',
          ),
          { allowNotes: true },
        ),
      ],
    ),
    topic(
      'flight',
      t('Flugten', 'The flight'),
      {
        prompt: t(
          'Må vi tale lidt om, hvordan I flygtede? Du bestemmer selv, hvor meget du vil fortælle.',
          'Could we talk a little about how you fled? You decide how much you want to say.',
        ),
        guidance: t(
          'Du behøver ikke kende detaljerne for at kunne hjælpe. Spørg ikke ind til voldsomme oplevelser, men afbryd heller ikke brat, hvis personen selv fortæller. Hold øje med tegn på uro – fjernt blik, anspændthed, hurtig vejrtrækning, tavshed – og sæt tempoet ned, eller tilbyd en pause.',
          'You do not need the details in order to help. Do not probe for violent experiences, but do not cut the person off abruptly if they choose to tell. Watch for signs of distress – a distant look, tension, fast breathing, falling silent – and slow down or offer a break.',
        ),
      },
      [
        step(
          'flight.journey',
          'question',
          OPEN_QUESTION,
          t(
            'Hvordan kom I til Danmark, og hvem var du sammen med på vejen?',
            'How did you come to Denmark, and who was with you on the way?',
          ),
          { allowNotes: true },
        ),
        step(
          'flight.what-matters',
          'question',
          OPEN_QUESTION,
          t('Er der noget fra rejsen, du gerne vil have, at jeg ved?', 'Is there anything about the journey you would like me to know?'),
          {
            allowNotes: true,
            guidance: t(
              'Anerkend det, personen har klaret, og hvad det har krævet. Tal om overlevelse og handlekraft frem for om skade.',
              'Acknowledge what the person has come through and what it took. Speak of survival and strength rather than of damage.',
            ),
          },
        ),
      ],
    ),
    topic(
      'life-now',
      t('Livet i Danmark nu', 'Life in Denmark now'),
      {
        prompt: t(
          'Må jeg spørge til, hvordan det har været at komme til Danmark, og hvordan I har det nu?',
          'May I ask what it has been like to arrive in Denmark and how things are for you now?',
        ),
      },
      [
        step(
          'life-now.arrival',
          'question',
          OPEN_QUESTION,
          t(
            'Hvordan var den første tid her, og hvad er blevet lettere eller sværere siden?',
            'What was the first period here like, and what has become easier or harder since?',
          ),
          { allowNotes: true },
        ),
        step(
          'life-now.network',
          'question',
          OPEN_QUESTION,
          t(
            'Hvem har I kontakt med i hverdagen – familie, naboer, foreninger, skole eller fagpersoner?',
            'Who are you in touch with day to day – relatives, neighbours, associations, school or professionals?',
          ),
          {
            allowNotes: true,
            guidance: t(
              'Mange familier har kontakt med rigtig mange fagpersoner. Spørg, hvem der hjælper, og hvor det bliver for meget, så I undgår at lægge endnu en kontakt oven i.',
              'Many families deal with a great many professionals. Ask who helps and where it becomes too much, so you avoid adding yet another contact.',
            ),
          },
        ),
      ],
    ),
    topic(
      'children',
      t('Børnene', 'The children'),
      {
        prompt: t('Må vi tale lidt om, hvordan børnene har det?', 'Could we talk a little about how the children are doing?'),
        guidance: t(
          'Børn kan reagere både på det, de selv har oplevet, og på forældrenes belastning. Tal om reaktionerne som forståelige, ikke som forældrenes skyld.',
          'Children may react both to what they went through themselves and to the strain their parents carry. Speak of reactions as understandable, not as the parents’ fault.',
        ),
      },
      [
        step(
          'children.changes',
          'question',
          OPEN_QUESTION,
          t(
            'Har du bemærket forandringer hos børnene – i humør, søvn, leg, appetit, eller i hvordan det går i skole og institution?',
            'Have you noticed changes in the children – in mood, sleep, play, appetite, or in how things go at school or daycare?',
          ),
          {
            allowNotes: true,
            guidance: t(
              'Uro, tristhed, vagtsomhed, koncentrationsbesvær, mavepine, hovedpine eller vrede kan hænge sammen med familiens oplevelser. Notér det som opmærksomhedspunkter, ikke som diagnoser.',
              'Restlessness, sadness, watchfulness, poor concentration, stomach aches, headaches or anger may be linked to what the family has lived through. Record them as attention points, not diagnoses.',
            ),
          },
        ),
        step(
          'children.what-helps',
          'question',
          OPEN_QUESTION,
          t(
            'Hvad gør børnene glade, og hvad hjælper dem, når de har det svært?',
            'What makes the children happy, and what helps them when things are hard?',
          ),
          { allowNotes: true },
        ),
        step(
          'children.bridge',
          'question',
          YES_NO_QUESTION,
          t(
            'Hjælper børnene dig med sproget eller i kontakten med myndigheder, fx ved at oversætte?',
            'Do the children help you with the language or with authorities, for example by translating?',
          ),
          {
            allowNotes: true,
            guidance: t(
              'Børn, der tolker for deres forældre, kan få for meget ansvar og høre ting, de ikke burde. Tilbyd professionel tolk i stedet.',
              'Children who interpret for their parents can take on too much responsibility and hear things they should not. Offer a professional interpreter instead.',
            ),
          },
        ),
      ],
    ),
    topic(
      'body',
      t('Søvn og krop', 'Sleep and body'),
      {
        prompt: t(
          'Må jeg spørge til din søvn og til, hvordan din krop har det?',
          'May I ask about your sleep and how your body is feeling?',
        ),
      },
      [
        step(
          'body.explain',
          'info',
          INFO,
          t(
            'Forklar, at mange, der har oplevet krig og flugt, senere mærker det i kroppen – som smerter, svimmelhed, uro, angst, mareridt eller dårlig søvn – og at det er almindelige reaktioner.',
            'Explain that many people who have lived through war and flight later feel it in their body – as pain, dizziness, restlessness, anxiety, nightmares or poor sleep – and that these are common reactions.',
          ),
          {
            guidance: t(
              'Billedkort med kropslige reaktioner kan gøre det muligt at pege i stedet for at forklare. Brug dem, hvis I har nogle.',
              'Picture cards showing bodily reactions let the person point instead of explain. Use them if you have them.',
            ),
          },
        ),
        step(
          'body.recognise',
          'question',
          YES_NO_QUESTION,
          t(
            'Genkender du noget af det hos dig selv eller hos andre i familien?',
            'Do you recognise any of this in yourself or in others in the family?',
          ),
          { allowNotes: true },
        ),
        step(
          'body.everyday',
          'question',
          OPEN_QUESTION,
          t('Hvordan påvirker det din hverdag og familien?', 'How does it affect your daily life and your family?'),
          { allowNotes: true },
        ),
        step(
          'body.talk',
          'question',
          OPEN_QUESTION,
          t(
            'Er der nogen, du kan dele det med, og er det noget, I taler om i familien?',
            'Is there someone you can share this with, and is it something the family speaks about?',
          ),
          {
            allowNotes: true,
            guidance: t(
              'I nogle familier holder man det svære for sig selv for at skåne de andre. Spørg nysgerrigt, men pres ikke.',
              'In some families people keep hard things to themselves to spare the others. Ask with curiosity, but do not press.',
            ),
          },
        ),
      ],
    ),
    topic(
      'stressors',
      t('Hverdagens bekymringer', 'Everyday worries'),
      {
        prompt: t(
          'Må jeg spørge til de praktiske ting, der fylder for jer lige nu?',
          'May I ask about the practical things weighing on you at the moment?',
        ),
      },
      [
        step(
          'stressors.practical',
          'question',
          OPEN_QUESTION,
          t(
            'Er der noget med bolig, økonomi, arbejde, sprogskole eller skole, der bekymrer jer?',
            'Is anything about housing, money, work, language school or school worrying you?',
          ),
          { allowNotes: true },
        ),
        step(
          'stressors.waiting',
          'question',
          OPEN_QUESTION,
          t(
            'Venter I på noget, der fylder – fx familiesammenføring, en afgørelse om ophold eller et svar fra en myndighed?',
            'Are you waiting for something that weighs on you – such as family reunification, a residence decision or an answer from an authority?',
          ),
          {
            allowNotes: true,
            guidance: t(
              'Uvished og ventetid kan fylde lige så meget som det, familien har været igennem. Sig ærligt, hvad du kan hjælpe med, og hvad du ikke har indflydelse på.',
              'Uncertainty and waiting can weigh as much as what the family has been through. Be honest about what you can help with and what is beyond your influence.',
            ),
          },
        ),
      ],
    ),
    {
      id: 'closing',
      kind: 'closing',
      title: t('Afrunding', 'Closing'),
      steps: [
        step(
          'closing.anything-else',
          'question',
          ['answered', 'no', 'not-now', 'declined'],
          t(
            'Er der noget, vi ikke har talt om, som er vigtigt for, at vi kan støtte jer?',
            'Is there anything we have not talked about that matters for how we can support you?',
          ),
          { allowNotes: true },
        ),
        step(
          'closing.summary',
          'info',
          INFO,
          t(
            'Opsummér kort det vigtigste, du har hørt – så vidt muligt med familiens egne ord – og spørg, om du har forstået det rigtigt.',
            'Briefly sum up the main things you heard – in the family’s own words where you can – and check that you have understood correctly.',
          ),
          { allowNotes: true },
        ),
        step(
          'closing.experience',
          'question',
          OPEN_QUESTION,
          t('Hvordan har du haft det med vores samtale i dag?', 'How did today’s conversation feel for you?'),
          {
            allowNotes: true,
            guidance: t(
              'Tag svaret alvorligt. Har samtalen rørt ved noget svært, så aftal, hvad personen kan gøre, og hvem de kan kontakte, hvis det bliver svært senere i dag.',
              'Take the answer seriously. If the conversation touched something painful, agree what the person can do and whom to contact if it gets hard later today.',
            ),
          },
        ),
        step(
          'closing.next',
          'info',
          INFO,
          t(
            'Fortæl, hvad der sker nu: hvad du vil gøre, hvad der bliver skrevet ned, hvem der eventuelt får besked med familiens samtykke, og hvornår de hører fra dig.',
            'Explain what happens now: what you will do, what gets written down, who may be told with the family’s consent, and when they will hear from you.',
          ),
        ),
        step(
          'closing.follow-up',
          'closing-follow-up',
          ['yes', 'no', 'declined'],
          t(
            'Spørg, om familien ønsker, at I ses igen for at følge op, og aftal i så fald tid og sted.',
            'Ask whether the family would like to meet again to follow up, and if so agree a time and place.',
          ),
          {
            guidance: t(
              'Lad familien vælge tid og sted, hvis det kan lade sig gøre – hjemme, på kontoret eller et uformelt sted.',
              'Let the family choose the time and place where possible – at home, at the office or somewhere informal.',
            ),
          },
        ),
        step(
          'closing.referral',
          'closing-referral',
          ['yes', 'no', 'declined', 'answered'],
          t(
            'Tilbyd, hvis det giver mening, at kontakte familiens egen læge eller at hjælpe med en henvisning til et rehabiliteringscenter for traumatiserede flygtninge.',
            'Where it makes sense, offer to contact the family’s GP or to help with a referral to a rehabilitation centre for traumatised refugees.',
          ),
          {
            guidance: t(
              'Fortæl, hvad tilbuddet går ud på, at det er frivilligt, og at henvisning til rehabilitering normalt går via egen læge. Et nej skal respekteres, og tilbuddet kan gentages senere.',
              'Explain what the service involves, that it is voluntary, and that referral to rehabilitation usually goes through the GP. Respect a no; the offer can be made again later.',
            ),
          },
        ),
        step(
          'closing.thanks',
          'info',
          ['answered'],
          t(
            'Tak for tilliden og for den tid, familien har givet samtalen.',
            'Thank the family for their trust and for the time they gave to the conversation.',
          ),
        ),
      ],
    },
  ],
};

/**
 * The built-in conversation guide, in Danish and English, for a first conversation with a
 * refugee parent or family about flight, exile and trauma. It follows the actioncard's order
 * (opening, sensitive topics, closing) and adds what makes it safe to use: a clear word on
 * confidentiality and the interpreter, the right to say no, pause or stop, a permission before
 * every sensitive topic, resources before problems, and a closing with follow-up and a referral
 * offer. Frozen: copy it to derive a municipality's own version.
 *
 * @example
 * DEFAULT_CONVERSATION_GUIDE.phases.map((phase) => phase.kind)
 * //=> ['opening', 'exploration', 'exploration', 'exploration', 'exploration', 'exploration', 'exploration', 'exploration', 'closing']
 */
export const DEFAULT_CONVERSATION_GUIDE: ConversationGuide = deepFreezeData(guide);
