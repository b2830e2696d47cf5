import * as z from '../common/schema/index.js';
import { LocalizedText } from '../common/schemas.js';
import { SourceReference } from '../common/source-reference.js';
import { ActorSector, AuthorityKind } from './actor.schema.js';

/** Broad groups for listing sectors in a picker. */
export const ActorArea = z.enum(['municipal-social', 'municipal-children', 'education', 'health', 'justice-state', 'housing', 'civil-society', 'other']);
export type ActorArea = z.infer<typeof ActorArea>;

/**
 * One sector: its labels, the group it is listed under, whether an actor in it is normally a
 * public authority and of which kind, and the source that names it. Where a sector is run
 * both publicly and privately (rehabilitation centres, language centres), the default is "not a
 * public authority": wrongly assuming a shared authority would widen disclosure, while the
 * opposite error only asks for a consent that was not strictly needed. An actor's own
 * `authority` always wins over this default.
 */
export const ActorSectorInfo = z.strictObject({
  id: ActorSector,
  label: LocalizedText,
  area: ActorArea,
  publicAuthorityByDefault: z.boolean(),
  typicalAuthorityKind: AuthorityKind,
  source: SourceReference,
});
export type ActorSectorInfo = z.infer<typeof ActorSectorInfo>;

const entry = (
  id: ActorSector,
  da: string,
  en: string,
  area: ActorArea,
  typicalAuthorityKind: AuthorityKind,
  source: SourceReference,
): ActorSectorInfo => ({
  id,
  label: { da, en },
  area,
  publicAuthorityByDefault: typicalAuthorityKind === 'municipality' || typicalAuthorityKind === 'region' || typicalAuthorityKind === 'state',
  typicalAuthorityKind,
  source,
});

const dignityFigure: SourceReference = { source: 'dignity-2018', section: 'Actors around the family, figure L358–442 (digest §3.3a)' };

/** Every sector an actor can belong to, from the five source documents; `other` catches the rest. */
export const ACTOR_SECTORS: readonly ActorSectorInfo[] = [
  // Municipal social, employment and integration services
  entry('children-family-services', 'Børne- og familieafdelingen (sagsbehandler for børn og unge)', 'Children and family services (caseworker for children and young people)', 'municipal-social', 'municipality', dignityFigure),
  entry('adult-services', 'Voksenområdet (sagsbehandler for voksne)', 'Adult social services (caseworker for adults)', 'municipal-social', 'municipality', dignityFigure),
  entry('family-treatment', 'Familiebehandling', 'Family therapy and treatment', 'municipal-social', 'municipality', dignityFigure),
  entry('family-consultant', 'Familiekonsulent', 'Family consultant', 'municipal-social', 'municipality', { source: 'kl-2016', section: 'Family consultants, L534, L555–556 (digest §4)' }),
  entry('job-centre', 'Jobcenter', 'Job centre', 'municipal-social', 'municipality', { source: 'dignity-2018', section: 'Job centre, L400 (digest §3.3a, §3.3c)' }),
  entry('integration-team', 'Integrationsteam eller modtageenhed', 'Integration team or reception unit', 'municipal-social', 'municipality', { source: 'cuf-2022', section: 'Integration team in the job centre, L40–41 (digest §2)' }),
  entry('citizen-service', 'Borgerservice', 'Citizen service centre', 'municipal-social', 'municipality', { source: 'cfbu-2014', section: 'Borgerservice, L3653, L3808 (digest §6)' }),
  entry('community-psychiatry', 'Socialpsykiatri', 'Community mental-health services', 'municipal-social', 'municipality', dignityFigure),
  entry('substance-abuse-treatment', 'Misbrugsbehandling', 'Substance-abuse treatment', 'municipal-social', 'municipality', { source: 'cfbu-2014', section: 'Substance-abuse treatment, L4107 (digest §6)' }),
  entry('individual-support', 'Individuel støtte (kontaktperson, mentor, støttekontaktperson)', 'Individual support (contact person, mentor, support worker)', 'municipal-social', 'municipality', { source: 'dignity-2018', section: 'Individual interventions, figure L358–442; contact persons in KL 2016, L3680–3711' }),
  entry('outreach', 'Opsøgende medarbejdere og gadeplansarbejde', 'Outreach and street-level workers', 'municipal-social', 'municipality', dignityFigure),
  entry('ssp', 'SSP (skole, socialforvaltning og politi)', 'SSP (school, social services and police working together)', 'municipal-social', 'municipality', dignityFigure),
  entry('leisure-culture', 'Kultur og fritid (fritidskonsulent, fritidsguide)', 'Municipal culture and leisure (leisure consultant, leisure guide)', 'municipal-social', 'municipality', { source: 'lg-insight-2018', section: 'Leisure consultant and guides, L923, L936 (digest §6); KL 2016, L1723' }),
  entry('library', 'Bibliotek', 'Library', 'municipal-social', 'municipality', { source: 'dignity-2018', section: 'Local institutions in Gellerup-Toveshøj, L1771–1777 (digest §3.3e)' }),
  entry('placement', 'Anbringelsessted (plejefamilie, døgninstitution, bohus)', 'Placement (foster family, residential home, bohus)', 'municipal-social', 'private', { source: 'lg-insight-2018', section: 'Foster families, residential institutions and bohuse, L1224–1227 (digest §6)' }),
  entry('temporary-custody', 'Midlertidig forældremyndighedsindehaver', 'Temporary custody holder', 'municipal-social', 'private', { source: 'lg-insight-2018', section: 'Temporary custody holders for unaccompanied minors, L1206–1221 (digest §6, §9.1)' }),
  // Municipal health, day care and schools
  entry('health-visitor', 'Sundhedsplejen', 'Health visitor service', 'municipal-children', 'municipality', dignityFigure),
  entry('municipal-health', 'Kommunale sundhedstilbud (sundhedshus, forebyggelsescenter)', 'Municipal health services (health house, prevention centre)', 'municipal-children', 'municipality', dignityFigure),
  entry('dental-care', 'Tandpleje', 'Dental care', 'municipal-children', 'municipality', { source: 'law', section: 'Sundhedsloven § 127 (municipal dental care for children and young people)' }),
  entry('daycare', 'Dagtilbud (vuggestue, børnehave, dagpleje)', 'Day care (nursery, kindergarten, childminder)', 'municipal-children', 'municipality', dignityFigure),
  entry('school', 'Skole (folkeskole, friskole, efterskole)', 'School (public, independent or boarding school)', 'municipal-children', 'municipality', dignityFigure),
  entry('sfo-club', 'SFO eller klub', 'After-school care or youth club', 'municipal-children', 'municipality', dignityFigure),
  entry('youth-school', 'Ungdomsskole', 'Youth school', 'municipal-children', 'municipality', { source: 'kl-2016', section: 'Youth schools, L419–420, L473, L3417 (digest §4)' }),
  entry('ppr', 'PPR (pædagogisk-psykologisk rådgivning)', 'Educational psychology service (PPR)', 'municipal-children', 'municipality', dignityFigure),
  entry('youth-guidance', 'Ungdommens Uddannelsesvejledning (UU)', 'Youth education guidance (UU)', 'municipal-children', 'municipality', { source: 'kl-2016', section: 'UU counsellors, L2977, L3000 (digest §4)' }),
  // Education for young people and adults
  entry('language-school', 'Sprogcenter eller sprogskole', 'Danish language centre', 'education', 'private', { source: 'kl-2016', section: 'Language centres, L2205–2207 (digest §4); CUF 2022, L213' }),
  entry('adult-education', 'Voksenuddannelse (VUC, AMU)', 'Adult education (VUC, AMU)', 'education', 'state', { source: 'kl-2016', section: 'VUC and AMU, L2713, L2284 (digest §4)' }),
  entry('vocational-education', 'Erhvervsuddannelse', 'Vocational education', 'education', 'state', dignityFigure),
  entry('upper-secondary-education', 'Gymnasial uddannelse', 'Upper-secondary education', 'education', 'state', dignityFigure),
  entry('folk-high-school', 'Højskole', 'Folk high school', 'education', 'private', { source: 'kl-2016', section: 'Folk high schools, L3606–3607 (digest §4)' }),
  // Health care outside the municipality
  entry('gp', 'Praktiserende læge (egen læge)', 'General practitioner', 'health', 'private', dignityFigure),
  entry('medical-specialist', 'Speciallæge', 'Medical specialist', 'health', 'private', dignityFigure),
  entry('hospital', 'Hospital', 'Hospital', 'health', 'region', { source: 'kl-2016', section: 'Region Syddanmark hospitals, L971–973 (digest §4)' }),
  entry('child-psychiatry', 'Børne- og ungdomspsykiatri', 'Child and adolescent psychiatry', 'health', 'region', dignityFigure),
  entry('adult-psychiatry', 'Voksenpsykiatri', 'Adult psychiatry', 'health', 'region', dignityFigure),
  entry('immigrant-medicine', 'Indvandrermedicinsk klinik eller socialmedicinsk enhed', 'Immigrant-health clinic or social-medicine unit', 'health', 'region', { source: 'cuf-2022', section: 'Immigrant-medicine clinics and social-medicine units, L39 (digest §2)' }),
  entry('rehabilitation-centre', 'Rehabiliteringscenter for traumatiserede flygtninge', 'Rehabilitation centre for refugees with trauma', 'health', 'private', { source: 'cuf-2022', section: 'Regional and private rehabilitation centres, L17–19, L38–39 (digest §2)' }),
  entry('treatment-institution', 'Behandlingsinstitution', 'Treatment institution', 'health', 'private', dignityFigure),
  // Justice and the state
  entry('police', 'Politi', 'Police', 'justice-state', 'state', dignityFigure),
  entry('prison-probation', 'Kriminalforsorgen', 'Prison and Probation Service', 'justice-state', 'state', dignityFigure),
  entry('immigration-service', 'Udlændingestyrelsen eller SIRI', 'Danish Immigration Service or SIRI', 'justice-state', 'state', { source: 'kl-2016', section: 'Udlændingestyrelsen allocates refugees, L196–198 (digest §4)' }),
  entry('asylum-centre-operator', 'Asyloperatør og asylcenter', 'Asylum centre operator', 'justice-state', 'civil-society', { source: 'lg-insight-2018', section: 'Asylum operators and centres, L671–681, L1069 (digest §6)' }),
  // Housing
  entry('housing-social', 'Boligsocial indsats (helhedsplan)', 'Housing-social work (area master plan)', 'housing', 'private', { source: 'cfbu-2014', section: 'Housing-social staff without an authority role (digest §5.1, §6)' }),
  entry('housing-organisation', 'Boligorganisation, udlejer eller ejendomsfunktionær', 'Housing organisation, landlord or caretaker', 'housing', 'private', { source: 'dignity-2018', section: 'Housing organisations, L316, L1801, L1813 (digest §3.3d)' }),
  // Interpreting, civil society and work
  entry('interpreter-service', 'Tolkeservice', 'Interpreting service', 'civil-society', 'private', { source: 'kl-2016', section: 'Interpreting services and video interpreting, L874–952 (digest §6)' }),
  entry('refugee-organisation', 'Flygtningeorganisation (fx Dansk Flygtningehjælp, Røde Kors)', 'Refugee organisation (e.g. Danish Refugee Council, Red Cross)', 'civil-society', 'civil-society', { source: 'lg-insight-2018', section: 'Red Cross and Danish Refugee Council, L935, L1004 (digest §6)' }),
  entry('debt-counselling', 'Gældsrådgivning', 'Debt counselling', 'civil-society', 'civil-society', { source: 'cfbu-2014', section: 'Debt counselling in the estate, L3808 (digest §4.6, §6)' }),
  entry('sports-leisure-association', 'Idræts- og fritidsforening', 'Sports or leisure club', 'civil-society', 'civil-society', { source: 'lg-insight-2018', section: 'Sports and leisure clubs, L957; DIF and DGI, L931 (digest §6)' }),
  entry('faith-community', 'Trossamfund (kirke, moské)', 'Faith community (church, mosque)', 'civil-society', 'civil-society', { source: 'dignity-2018', section: 'A church and a mosque in the area, L1771–1777 (digest §3.3e)' }),
  entry('civil-society', 'Frivillig forening eller netværk (fx bydelsmødre)', 'Voluntary association or network (e.g. neighbourhood mothers)', 'civil-society', 'civil-society', { source: 'dignity-2018', section: 'Voluntary associations and bydelsmødre, L1471, L1769–1775 (digest §3.3e)' }),
  entry('employer', 'Arbejdsplads eller praktiksted', 'Workplace or work placement', 'other', 'private', { source: 'cuf-2022', section: 'Work as a way into society, L10–15 (digest §2, §4)' }),
  entry('other', 'Anden aktør', 'Other actor', 'other', 'private', { source: 'samspil', section: 'Catch-all for actors no listed sector fits' }),
];
