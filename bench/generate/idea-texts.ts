import { pick, type Random } from './random';
import { DETAILS } from './texts';

// An idea's title and description, composed from parts: what is wished for (by category), where (a street of
// its district and a place nearby), the problem and the wish, each in a few wordings. A duplicate says the same
// thing as its original in other words: the same topic (what and where), another wording of title and text.

/** What an idea is about; a duplicate keeps its original's. */
export interface Topic {
  readonly language: 'da' | 'en';
  readonly category: string;
  /** What is wished for, as a noun phrase. */
  readonly object: string;
  readonly street: string;
  /** A place on the street: a school, a station, a playground. */
  readonly place: string;
}

export interface ComposedText {
  readonly topic: Topic;
  readonly title: string;
  readonly description: string;
  /** Which title wording, so a paraphrase picks another. */
  readonly titleWording: number;
}

/** Streets by district (Copenhagen). */
export const DISTRICT_STREETS: Record<string, readonly string[]> = {
  'indre-by': ['Store Kongensgade', 'Gothersgade', 'Nørre Voldgade', 'Bredgade'],
  oesterbro: ['Østerbrogade', 'Nordre Frihavnsgade', 'Strandboulevarden', 'Classensgade'],
  noerrebro: ['Nørrebrogade', 'Jagtvej', 'Blågårdsgade', 'Tagensvej'],
  'vesterbro-kongens-enghave': ['Istedgade', 'Vesterbrogade', 'Enghavevej', 'Sydhavnsgade'],
  valby: ['Valby Langgade', 'Toftegårds Allé', 'Gammel Køge Landevej', 'Vigerslev Allé'],
  vanloese: ['Jernbane Allé', 'Slotsherrensvej', 'Godthåbsvej', 'Ålekistevej'],
  'broenshoej-husum': ['Frederikssundsvej', 'Husumgade', 'Brønshøjvej', 'Tingbjerggade'],
  bispebjerg: ['Tomsgårdsvej', 'Frederiksborgvej', 'Bispebjerg Bakke', 'Lersø Parkallé'],
  'amager-oest': ['Amagerbrogade', 'Holmbladsgade', 'Øresundsvej', 'Italiensvej'],
  'amager-vest': ['Sundholmsvej', 'Englandsvej', 'Ørestads Boulevard', 'Sundbyvestervej'],
};

/** [Danish, English]. */
const PLACES: readonly (readonly [string, string])[] = [
  ['skolen', 'the school'],
  ['stationen', 'the station'],
  ['legepladsen', 'the playground'],
  ['plejehjemmet', 'the care home'],
  ['biblioteket', 'the library'],
  ['søerne', 'the lakes'],
  ['havnen', 'the harbour'],
  ['torvet', 'the square'],
  ['idrætsanlægget', 'the sports ground'],
  ['børnehaven', 'the kindergarten'],
  ['kirken', 'the church'],
  ['metrostationen', 'the metro station'],
  ['supermarkedet', 'the supermarket'],
  ['parken', 'the park'],
  ['svømmehallen', 'the swimming baths'],
  ['beboerhuset', 'the community centre'],
];

/** What citizens wish for, by category: [Danish], [English]. */
const OBJECTS: Record<string, { readonly da: readonly string[]; readonly en: readonly string[] }> = {
  traffic: {
    da: [
      'et fodgængerfelt',
      'lavere hastighed',
      'vejbump',
      'en sikker cykelsti',
      'flere cykelstativer',
      'et lyskryds',
      'et læskur ved busstoppestedet',
      'chikaner mod gennemkørsel',
    ],
    en: ['a pedestrian crossing', 'a lower speed limit', 'a safer bike lane', 'more bike racks'],
  },
  roads: {
    da: ['reparation af fortovet', 'bedre gadebelysning', 'snerydning på stien', 'ny asfalt', 'sænkede kantsten', 'rensning af kloakristene', 'en ny trappe'],
    en: ['a repaired pavement', 'better street lighting', 'snow clearing on the path', 'lowered kerbs'],
  },
  'parks-nature': {
    da: ['flere bænke', 'vilde blomster', 'en hundeskov', 'nye træer', 'en naturlegeplads', 'insekthoteller', 'en gangsti langs vandet'],
    en: ['more benches', 'wild flowers', 'a dog park', 'new trees'],
  },
  'environment-climate': {
    da: ['måling af luftforurening', 'affaldssortering', 'regnvandsbede', 'grønne tage', 'ladestandere til elbiler', 'støjskærme', 'genbrugscontainere'],
    en: ['air pollution monitoring', 'recycling bins', 'rain gardens', 'electric car chargers'],
  },
  'schools-childcare': {
    da: [
      'længere åbningstid i vuggestuen',
      'en åben skolegård om aftenen',
      'en sikker skolevej',
      'flere pædagoger',
      'en lektiecafé',
      'en ny madordning',
      'overdækket cykelparkering til eleverne',
    ],
    en: ['longer nursery opening hours', 'an open schoolyard in the evening', 'a homework club', 'a safe route to school'],
  },
  'health-elderly': {
    da: ['motionshold for ældre', 'besøgsvenner', 'en hjertestarter', 'gåture for seniorer', 'bedre adgang for kørestole', 'en sansehave'],
    en: ['exercise classes for seniors', 'a defibrillator', 'visiting friends for residents', 'wheelchair access'],
  },
  'culture-leisure': {
    da: ['længere åbningstid på biblioteket', 'udendørs koncerter', 'et kulturhus', 'gadekunst på gavlen', 'sommerbiograf', 'et loppemarked'],
    en: ['longer library opening hours', 'outdoor concerts', 'an open-air cinema', 'a flea market'],
  },
  sports: {
    da: ['en kunstgræsbane med lys', 'udendørs fitness', 'en skaterbane', 'en basketbane', 'en vinterbadeklub', 'en oplyst løbesti'],
    en: ['an artificial pitch with floodlights', 'outdoor gym equipment', 'a skate park', 'a basketball court'],
  },
  social: {
    da: ['en varmestue', 'fællesspisning', 'en gadeplansmedarbejder', 'en ungdomsklub om aftenen', 'et værested', 'flere skurvogne til hjemløse'],
    en: ['a warming room', 'community dinners', 'a youth club', 'a drop-in centre'],
  },
  employment: {
    da: ['en sprogcafé', 'flere praktikpladser', 'en jobmesse', 'mentorer for unge ledige', 'flere fleksjob'],
    en: ['a language café', 'more apprenticeships', 'a job fair', 'mentors for young job seekers'],
  },
  'city-development': {
    da: ['midlertidige boder på den tomme grund', 'borgerbudget', 'en byhave', 'flere almene boliger', 'et nyt bytorv', 'grønnere facader'],
    en: ['market stalls on the empty lot', 'a participatory budget', 'a community garden', 'more affordable housing'],
  },
  'digital-services': {
    da: ['online booking af tid til pas', 'sagsstatus i appen', 'en digital affaldskalender', 'fejlmelding af huller i en app', 'en enklere hjemmeside'],
    en: ['online booking for passports', 'case status in the app', 'a digital waste calendar', 'reporting potholes in an app'],
  },
  other: {
    da: ['offentlige toiletter', 'drikkevandsposter', 'bedre skiltning', 'flere skraldespande', 'gratis wifi', 'lys i tunnellen'],
    en: ['public toilets', 'drinking fountains', 'better signposting', 'more litter bins'],
  },
};

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
type Words = (t: Topic) => string;

const TITLE_WORDINGS: Record<Topic['language'], readonly Words[]> = {
  da: [
    (t) => `${capital(t.object)} ved ${t.place} på ${t.street}`,
    (t) => `${capital(t.object)} på ${t.street}`,
    (t) => `${t.street}: ${t.object} ved ${t.place}`,
    (t) => `Ønske om ${t.object} ved ${t.place}`,
    (t) => `Vi mangler ${t.object} på ${t.street}`,
    (t) => `Kan vi få ${t.object} ved ${t.place}?`,
    (t) => `Forslag: ${t.object} på ${t.street} ved ${t.place}`,
    (t) => `${capital(t.object)} til området ved ${t.place}`,
  ],
  en: [
    (t) => `${capital(t.object)} near ${t.place} on ${t.street}`,
    (t) => `${capital(t.object)} on ${t.street}`,
    (t) => `Please consider ${t.object} by ${t.place}`,
    (t) => `${t.street}: ${t.object} needed`,
    (t) => `We need ${t.object} near ${t.place}`,
  ],
};

const PROBLEMS: Record<Topic['language'], { readonly byCategory: Record<string, readonly Words[]>; readonly any: readonly Words[] }> = {
  da: {
    byCategory: {
      traffic: [
        (t) => `Bilerne kører alt for stærkt på ${t.street} forbi ${t.place}.`,
        (t) => `Det er farligt at krydse ${t.street} ved ${t.place} om morgenen.`,
        (t) => `Der sker mange nærved-ulykker ved ${t.place}, fordi trafikken er tæt.`,
      ],
      roads: [
        (t) => `Ved ${t.place} er der så ujævnt, at man snubler med barnevogn og rollator.`,
        (t) => `Strækningen på ${t.street} er i dårlig stand og bliver ikke vedligeholdt.`,
      ],
      'parks-nature': [(t) => `Området ved ${t.place} er kedeligt og bliver næsten ikke brugt.`, (t) => `Der er for lidt natur langs ${t.street}.`],
      'environment-climate': [
        (t) => `Trafikken på ${t.street} giver støj og dårlig luft ved ${t.place}.`,
        (t) => `Ved skybrud står vandet højt på ${t.street}.`,
      ],
      'schools-childcare': [(t) => `Familierne omkring ${t.place} har svært ved at få hverdagen til at hænge sammen.`],
      'health-elderly': [(t) => `Mange ældre omkring ${t.place} sidder alene og kommer for lidt ud.`],
      social: [(t) => `Om aftenen er der ingen steder at gå hen for dem, der har det svært omkring ${t.place}.`],
    },
    any: [
      (t) => `Jeg bor på ${t.street} og ser problemet hver dag ved ${t.place}.`,
      (t) => `Der mangler noget ved ${t.place}, og det har der gjort længe.`,
      (t) => `Beboerne på ${t.street} har længe ønsket en forbedring.`,
      () => `Det er et problem, som mange i kvarteret taler om.`,
    ],
  },
  en: {
    byCategory: {
      traffic: [(t) => `Cars drive far too fast on ${t.street} past ${t.place}.`],
      roads: [(t) => `The stretch of ${t.street} by ${t.place} is in poor repair.`],
    },
    any: [
      (t) => `I live on ${t.street} and see the problem every day near ${t.place}.`,
      (t) => `Something is missing near ${t.place}, and has been for a long time.`,
      () => `Many people in the neighbourhood talk about this.`,
      (t) => `Getting to ${t.place} by bike or on foot is hard today.`,
      (t) => `We talked about it at a meeting in the library on ${t.street}.`,
    ],
  },
};

const WISHES: Record<Topic['language'], readonly Words[]> = {
  da: [
    (t) => `Jeg foreslår ${t.object} ved ${t.place}.`,
    (t) => `Kommunen bør sørge for ${t.object} på ${t.street}.`,
    (t) => `Det ville hjælpe meget med ${t.object} her.`,
    (t) => `Kan I se på ${t.object} ved ${t.place} på ${t.street}?`,
    (t) => `Vi ønsker os ${t.object} i området omkring ${t.place}.`,
  ],
  en: [
    (t) => `I suggest ${t.object} near ${t.place}.`,
    (t) => `The city should provide ${t.object} on ${t.street}.`,
    (t) => `It would help a lot to have ${t.object} here.`,
  ],
};

/** A new idea's text: a topic of its category and district, in one wording. */
export function composeIdeaText(r: Random, category: string, district: string, language: string): ComposedText {
  const lang = language === 'en' ? 'en' : 'da';
  const objects = OBJECTS[category] ?? OBJECTS.other;
  const place = pick(r, PLACES);
  const topic: Topic = {
    language: lang,
    category,
    object: pick(r, objects[lang]),
    street: pick(r, DISTRICT_STREETS[district] ?? DISTRICT_STREETS['indre-by']),
    place: lang === 'en' ? place[1] : place[0],
  };
  return word(r, topic, Math.floor(r() * TITLE_WORDINGS[lang].length));
}

/** The same topic in other words: another title wording, and the text told over (the problem, the wish, a detail). */
export function paraphraseIdeaText(r: Random, original: ComposedText): ComposedText {
  const count = TITLE_WORDINGS[original.topic.language].length;
  return word(r, original.topic, (original.titleWording + 1 + Math.floor(r() * (count - 1))) % count);
}

function word(r: Random, topic: Topic, titleWording: number): ComposedText {
  const lang = topic.language;
  const problems = [...(PROBLEMS[lang].byCategory[topic.category] ?? []), ...PROBLEMS[lang].any];
  const problem = pick(r, problems)(topic);
  const wish = pick(r, WISHES[lang])(topic);
  // Some put the wish first.
  const text = r() < 0.3 ? `${wish} ${problem}` : `${problem} ${wish}`;
  return { topic, titleWording, title: TITLE_WORDINGS[lang][titleWording](topic), description: lang === 'en' ? text : text + pick(r, DETAILS) };
}
