import type { AttentionCategoryInfo } from './attention-catalogue.schema.js';
import { deepFreezeData } from '../common/internal/deep-freeze-data.js';

/**
 * The catalogue's categories with labels and reading guidance, resource groups first so a portal
 * that lists them in this order shows strengths before worries.
 */
export const ATTENTION_POINT_CATEGORIES: readonly AttentionCategoryInfo[] = deepFreezeData([
  {
    id: 'resource',
    kind: 'resource',
    label: { da: 'Ressourcer', en: 'Resources' },
    guidance: {
      da: 'Styrker, erfaringer og fællesskaber, som familien eller den enkelte har med sig. Ressourcer ses sjældent af sig selv: spørg nysgerrigt ind til livet før Danmark, til hverdagen nu og til ønskerne for fremtiden.',
      en: 'Strengths, experience and communities the family or a member brings. Resources rarely show by themselves: ask with curiosity about life before Denmark, everyday life now and hopes for the future.',
    },
  },
  {
    id: 'protective-factor',
    kind: 'resource',
    label: { da: 'Beskyttelsesfaktorer', en: 'Protective factors' },
    guidance: {
      da: 'Forhold, som forskningen forbinder med bedre trivsel trods belastninger. De vejer lige så tungt som bekymringerne, når det samlede billede skal vurderes.',
      en: 'Conditions that research links to better wellbeing despite strain. They weigh as much as the concerns when the whole picture is assessed.',
    },
  },
  {
    id: 'child-sign',
    kind: 'concern',
    label: { da: 'Tegn hos barnet', en: 'Signs in the child' },
    guidance: {
      da: 'Tegn, der kan hænge sammen med traumer eller belastning, ordnet efter alder. Et tegn er ikke en diagnose, og ingen enkelt adfærd beviser et traume; mistrivsel kan lige så vel have sociale årsager. Brug tegnene som anledning til en samtale og til at se barnet over tid.',
      en: 'Signs that may be linked to trauma or strain, ordered by age. A sign is not a diagnosis and no single behaviour proves trauma; poor wellbeing can just as well have social causes. Use the signs as a reason to talk and to follow the child over time.',
    },
  },
  {
    id: 'adult-trauma-sign',
    kind: 'concern',
    label: { da: 'Tegn hos voksne', en: 'Signs in adults' },
    guidance: {
      da: 'Reaktioner, som ofte ses efter krig, tortur og flugt. De siger noget om belastning, ikke om hvem personen er. Se personen som overlever med ressourcer, og spørg hvad der hjælper.',
      en: 'Reactions often seen after war, torture and flight. They tell of strain, not of who the person is. See the person as a survivor with resources and ask what helps.',
    },
  },
  {
    id: 'post-migration-stressor',
    kind: 'concern',
    label: { da: 'Belastninger efter ankomsten', en: 'Post-migration stressors' },
    guidance: {
      da: 'Forhold i livet i Danmark, der kan udløse eller fastholde traumereaktioner. Mange af dem kan myndighederne selv gøre noget ved, fx ved at koordinere og mindske antallet af kontakter.',
      en: 'Conditions of life in Denmark that can trigger or sustain trauma reactions. Authorities can change many of them themselves, for instance by coordinating and reducing the number of contacts.',
    },
  },
  {
    id: 'school-daycare-sign',
    kind: 'concern',
    label: { da: 'Det skole og dagtilbud ser', en: 'What school and daycare notice' },
    guidance: {
      da: 'Adfærd i skole og dagtilbud kan være en traumereaktion eller et udtryk for forældrenes manglende overskud, ikke trods eller ligegyldighed. Læs tegnene med forståelse og start med en nysgerrig snak med barnet og forældrene.',
      en: 'Behaviour at school or daycare may be a trauma reaction or a sign that parents have little energy to spare, not defiance or indifference. Read the signs with understanding and start with a curious talk with the child and the parents.',
    },
  },
  {
    id: 'parenting-capacity',
    kind: 'both',
    label: { da: 'Forældrenes overskud og kompetencer', en: 'Parenting capacity' },
    guidance: {
      da: 'Hvad der giver og tager forældrenes overskud til børnene. Mange forældre har gode kompetencer trods svære vilkår, og mange lærer hurtigt danske forventninger, når nogen forklarer dem.',
      en: 'What gives and takes parents\u2019 energy for their children. Many parents parent well despite hard conditions, and many learn Danish expectations quickly once someone explains them.',
    },
  },
  {
    id: 'negative-social-control',
    kind: 'concern',
    label: { da: 'Negativ social kontrol og æresrelaterede konflikter', en: 'Negative social control and honour-related conflict' },
    guidance: {
      da: 'Kontrol, der i væsentlig grad begrænser et barns eller en ung persons liv, valg og rettigheder. Både piger og drenge kan være udsat. Oplysningerne er meget følsomme: del dem kun efter en vurdering af den unges sikkerhed, og søg rådgivning ved tvivl.',
      en: 'Control that significantly limits a child\u2019s or young person\u2019s life, choices and rights. Both girls and boys can be exposed. The information is highly sensitive: share it only after weighing the young person\u2019s safety, and seek advice when in doubt.',
    },
  },
  {
    id: 'risk-factor',
    kind: 'concern',
    label: { da: 'Risikofaktorer', en: 'Risk factors' },
    guidance: {
      da: 'Omstændigheder, der øger sandsynligheden for et svært forløb. De er ikke tegn på mistrivsel i sig selv og siger intet om forældrenes omsorg; beskyttelsesfaktorer kan opveje dem.',
      en: 'Circumstances that raise the likelihood of a hard course. They are not signs of poor wellbeing in themselves and say nothing about the parents\u2019 care; protective factors can outweigh them.',
    },
  },
]);
