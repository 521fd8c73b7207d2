/**
 * Generates a realistic event history for the read-side benchmarks (rebuild,
 * queries): ~150k citizen ideas over 24 months, each through its lifecycle
 * as the real domain decides it (`decide` + `evolve` from libs/ideas, so every
 * event is one the service could have written), appended to the PostgreSQL
 * event store in simulated time order so $all interleaves ideas like real
 * traffic.
 *
 * The mix: most ideas routed by a routing rule at submission, the rest by a
 * dispatcher after days; assigned (some handed over); ~20% get a question to
 * the citizen (most answered); diagnosed; ~85% answered within 1–25 working
 * days; ~30% of the accepted ones progress and get implemented; a few
 * withdrawn, marked duplicate or stalled; the newest still open at the end
 * date (so backlog and overdue exist); contact data on most, sealed through
 * the vault as the API seals it (one data key per idea, under PII_MASTER_KEY or
 * the development key), so the events hold none in clear.
 * Deterministic for a given --seed and --events (idea ids, times, texts).
 *
 * Run:   npm run -s bench:generate -- --events 1000000 [--database-url URL] [--reset]
 * Flags: --events N (1000000)  --database-url URL (else DATABASE_URL, else
 *        postgres://postgres@127.0.0.1:5432/civic_bench, created if absent)
 *        --seed N (20261101)  --end YYYY-MM-DD (2026-11-01)  --months N (24)
 *        --writers N (8)  --reset (drop and recreate the database first)
 *        --dry-run (plan only, print the mix)
 * A database that already holds a generated history is reused when it has at
 * least --events events (bench/rebuild relies on that); anything else
 * non-empty is refused unless --reset.
 * Output: one JSON line on stdout; progress on stderr.
 */
import { createHash, createHmac, randomUUID } from 'node:crypto';
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { PostgresEventStore, type EventToAppend } from '../libs/event-store/src/index';
import {
  decide,
  evolve,
  initialIdea,
  matchRoutingRule,
  type Channel,
  type Contact,
  type CostBand,
  type Decision,
  type Feasibility,
  type Idea,
  type IdeaCommand,
  type Language,
  type Location,
  type Recommendation,
  type RoutingInput,
  type RoutingMatch,
  type RoutingRule,
  type SubmitIdea,
  DEFAULT_RESPONSE_WORKING_DAYS,
  ideaStreamId,
} from '../libs/ideas/src/index';
import { applyMigrations, loadConfig, PersonalDataVault, personalDataMasterKey, WorkingDayCalendar } from '../libs/platform/src/index';
import { findNameSpans } from '../libs/projections/src/public-status/public-status.masking';
import { DEPARTMENTS, ROUTING_RULES } from '../apps/api/src/seed/copenhagen.data';
import { seedReferenceData } from '../apps/api/src/seed/seed-reference-data';
import { withClient } from './support/bench-cli';

export const DEFAULT_BENCH_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/civic_bench';
const GENERATOR = 'bench/generate-events';
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export interface GenerateOptions {
  readonly databaseUrl: string;
  readonly events: number;
  readonly seed: number;
  /** Exclusive end of the simulated period, a local (Copenhagen) date. */
  readonly end: string;
  readonly months: number;
  readonly writers: number;
  readonly reset: boolean;
  readonly dryRun?: boolean;
  readonly log?: (message: string) => void;
}

export interface GenerateSummary {
  bench: 'generate-events';
  reused: boolean;
  events: number;
  ideas: number;
  eventsPerIdea: number;
  appends: number;
  seconds: number;
  appendSeconds: number;
  eventsPerSec: number;
  writers: number;
  seed: number;
  from: string;
  to: string;
  openAtEnd: number;
  database: string;
  /** Other work on the machine skews every figure: the 1-minute load average when the bench started. */
  loadAverageAtStart: number;
  node: string;
  postgres: string;
}

// ---------------------------------------------------------------------------
// Deterministic randomness

type Random = () => number;

/** mulberry32: tiny, fast, and the same sequence on every machine for a seed. */
function seededRandom(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const between = (r: Random, lo: number, hi: number) => lo + r() * (hi - lo);
const intBetween = (r: Random, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
const chance = (r: Random, p: number) => r() < p;
const pick = <T>(r: Random, values: readonly T[]): T => values[Math.floor(r() * values.length)];

function weighted<T>(r: Random, entries: readonly (readonly [T, number])[]): T {
  let total = 0;
  for (const [, w] of entries) total += w;
  let x = r() * total;
  for (const [value, w] of entries) if ((x -= w) < 0) return value;
  return entries[entries.length - 1][0];
}

function uuidFrom(r: Random): string {
  const hex = Array.from({ length: 4 }, () => Math.floor(r() * 4_294_967_296).toString(16).padStart(8, '0')).join('');
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

// ---------------------------------------------------------------------------
// Simulated days: which are working days, when they start (local midnight)

class SimulatedDays {
  readonly dates: string[] = [];
  readonly starts: number[] = [];
  readonly working: boolean[] = [];
  /** For each day, the ordinal (in workingDays) of the first working day strictly after it. */
  private readonly nextWorking: number[] = [];
  private readonly workingDays: number[] = [];

  constructor(calendar: WorkingDayCalendar, from: string, days: number) {
    for (let i = 0; i < days; i++) {
      const date = new Date(Date.parse(`${from}T00:00:00Z`) + i * DAY).toISOString().slice(0, 10);
      this.dates.push(date);
      this.starts.push(calendar.startOfLocalDay(date).getTime());
      this.working.push(calendar.isWorkingDay(date));
      if (this.working[i]) this.workingDays.push(i);
    }
    let ordinal = this.workingDays.length;
    for (let i = days - 1; i >= 0; i--) {
      this.nextWorking[i] = ordinal;
      if (this.working[i]) ordinal = this.workingDays.indexOf(i);
    }
  }

  dayOf(instant: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= instant) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /**
   * A moment in office hours (08–16 local) on the nth working day after the
   * day of `after`; n = 0 means later the same day when that is still possible.
   */
  staffTime(r: Random, after: number, n: number): number {
    const day = this.dayOf(after);
    const opens = this.starts[day] + 8 * HOUR;
    const closes = this.starts[day] + 16 * HOUR;
    if (n === 0 && this.working[day] && after < closes - 10 * 60_000) {
      const from = Math.max(after + 60_000, opens);
      return from + r() * (closes - from);
    }
    const ordinal = Math.min(this.nextWorking[day] + Math.max(n, 1) - 1, this.workingDays.length - 1);
    return this.starts[this.workingDays[ordinal]] + between(r, 8, 16) * HOUR;
  }

  /** A citizen's moment (evenings and weekends too) some days after `after`. */
  citizenTime(r: Random, after: number, minDays: number, maxDays: number): number {
    const day = Math.min(this.dayOf(after + between(r, minDays, maxDays) * DAY), this.starts.length - 1);
    const at = this.starts[day] + weighted(r, CITIZEN_HOURS) * HOUR + r() * HOUR;
    return at > after ? at : after + between(r, 5, 120) * 60_000;
  }
}

// ---------------------------------------------------------------------------
// The mix (weights are shares; they need not sum to 1)

const CITIZEN_HOURS: readonly (readonly [number, number])[] = [
  0.2, 0.1, 0.05, 0.05, 0.05, 0.1, 0.3, 0.8, 1.4, 1.6, 1.6, 1.5, 1.4, 1.4, 1.4, 1.3, 1.2, 1.1, 1.1, 1.3, 1.5, 1.4, 1, 0.5,
].map((w, hour) => [hour, w] as const);
/** Fewer ideas in the summer holidays and at Christmas. */
const MONTH_WEIGHT = [1.1, 1.05, 1.1, 1.05, 1, 0.9, 0.65, 0.85, 1.1, 1.1, 1.05, 0.8];

const CATEGORY_WEIGHTS = [
  ['traffic', 18], ['roads', 10], ['parks-nature', 10], ['environment-climate', 8], ['schools-childcare', 8],
  ['health-elderly', 6], ['culture-leisure', 8], ['sports', 5], ['social', 6], ['employment', 3],
  ['city-development', 5], ['digital-services', 5], ['other', 8],
] as const;
const DISTRICTS = [
  ['indre-by', 9, 55.68, 12.58], ['oesterbro', 13, 55.71, 12.58], ['noerrebro', 12, 55.695, 12.55],
  ['vesterbro-kongens-enghave', 12, 55.665, 12.54], ['valby', 9, 55.66, 12.51], ['vanloese', 6, 55.685, 12.49],
  ['broenshoej-husum', 7, 55.705, 12.49], ['bispebjerg', 9, 55.71, 12.53], ['amager-oest', 11, 55.66, 12.61],
  ['amager-vest', 12, 55.65, 12.57],
] as const;
/** Where a dispatcher sends ideas no rule routed. */
const HAND_ROUTING: Record<string, readonly (readonly [string, number])[]> = {
  'digital-services': [['ØKF', 6], ['BUF', 1], ['SUF', 1], ['BIF', 1], ['KFF', 1]],
  other: [['TMF', 4], ['ØKF', 2], ['KFF', 1.5], ['SOF', 1], ['BUF', 1], ['SUF', 1], ['BIF', 0.5]],
};
/** The department that really owns a category, for re-routing a keyword rule's mistake. */
const OWNER: Record<string, string> = {
  traffic: 'TMF', roads: 'TMF', 'parks-nature': 'TMF', 'environment-climate': 'TMF', 'schools-childcare': 'BUF',
  'health-elderly': 'SUF', 'culture-leisure': 'KFF', sports: 'KFF', social: 'SOF', employment: 'BIF',
  'city-development': 'ØKF', 'digital-services': 'ØKF', other: 'TMF',
};
/** Slower or faster answers per department (multiplies the working days to answer). */
const PACE: Record<string, number> = { ØKF: 1.1, BUF: 0.8, SUF: 0.9, KFF: 0.85, SOF: 1, TMF: 1.2, BIF: 0.9 };
const DECISION_WEIGHTS = [['accepted', 32], ['declined', 33], ['already-planned', 20], ['referred-to-council', 15]] as const;

const TITLES: Record<string, readonly (readonly [string, string])[]> = {
  traffic: [
    ['Sikker cykelsti til skolen', 'Børnene cykler til skole på en smal vej med mange lastbiler om morgenen.'],
    ['Lavere hastighed på boligvejen', 'Bilerne kører alt for stærkt forbi legepladsen. Sæt farten ned til 30 km/t.'],
    ['Flere cykelparkeringer ved stationen', 'Cyklerne står overalt på fortovet, fordi der ikke er stativer nok.'],
    ['Fodgængerfelt ved plejehjemmet', 'De ældre har svært ved at krydse vejen sikkert.'],
  ],
  roads: [
    ['Huller i fortovet', 'Fortovet er så ujævnt, at man snubler med barnevogn og rollator.'],
    ['Bedre gadebelysning', 'Stien er helt mørk om vinteren, og mange føler sig utrygge.'],
    ['Snerydning på cykelstien', 'Cykelstien bliver ryddet for sent om morgenen.'],
  ],
  'parks-nature': [
    ['Flere bænke ved søerne', 'Ældre har brug for at hvile sig på turen rundt om søerne.'],
    ['Vilde blomster i parken', 'Lad græsset gro i et hjørne af parken, så bierne får mad.'],
    ['Hundeskov i bydelen', 'Der mangler et indhegnet område, hvor hunde kan løbe frit.'],
  ],
  'environment-climate': [
    ['Mål partikelforurening fra lastbiler', 'Luftforurening fra lastbiler ved byggepladsen bør måles og offentliggøres.'],
    ['Flere skraldespande til sortering', 'Vi vil gerne sortere plast og metal i gården, men der er ingen spande.'],
    ['Regnvandsbede på vejen', 'Vejen oversvømmes ved skybrud; regnvandsbede kunne tage vandet.'],
  ],
  'schools-childcare': [
    ['Længere åbningstid i vuggestuen', 'Forældre med skiftende arbejdstider har brug for åbent til kl. 18.'],
    ['Skolegården som legeplads om aftenen', 'Skolegården står tom efter kl. 16; åbn den for børnene i kvarteret.'],
  ],
  'health-elderly': [
    ['Motionshold for ældre i parken', 'Gratis motion udendørs for seniorer om formiddagen.'],
    ['Besøgsvenner på plejehjemmet', 'Mange beboere får aldrig besøg; frivillige kunne hjælpe.'],
  ],
  'culture-leisure': [
    ['Længere åbningstid på biblioteket', 'Biblioteket lukker for tidligt til studerende, der vil læse om aftenen.'],
    ['Udendørs koncerter om sommeren', 'Små gratis koncerter i parken ville samle kvarteret.'],
  ],
  sports: [
    ['Kunstgræsbane med lys', 'Klubben har ventelister, fordi banen ikke kan bruges om vinteren.'],
    ['Udendørs fitness ved havnen', 'Et par træningsredskaber ved havnen ville blive brugt hver dag.'],
  ],
  social: [
    ['Varmestue om vinteren', 'Et sted at være om natten for hjemløse, når det fryser.'],
    ['Fællesspisning for ensomme', 'Et ugentligt fællesmåltid i beboerhuset mod ensomhed.'],
  ],
  employment: [
    ['Sprogcafé for nye borgere', 'Uformel dansk samtale med frivillige hjælper til arbejde.'],
    ['Praktikpladser i kommunen', 'Kommunen kan selv tilbyde flere praktikpladser til unge.'],
  ],
  'city-development': [
    ['Midlertidige boder på den tomme grund', 'Den tomme grund kunne bruges til marked, indtil den bebygges.'],
    ['Borgerbudget for bydelen', 'Lad borgerne stemme om en del af bydelens budget.'],
  ],
  'digital-services': [
    ['Book tid til pas online', 'Det burde være muligt at se ledige tider og booke uden at ringe.'],
    ['Status på min sag i appen', 'Jeg vil gerne kunne se, hvor langt min sag er, uden at ringe.'],
  ],
  other: [
    ['Offentlige toiletter ved legepladsen', 'Familier må gå hjem, fordi der ikke er et toilet i nærheden.'],
    ['Drikkevandsposter i byen', 'Gratis drikkevand om sommeren ville mindske plastflasker.'],
    ['Bedre skiltning til genbrugsstationen', 'Det er svært at finde vej, og mange kører forkert.'],
  ],
};
const ENGLISH_TITLES: readonly (readonly [string, string])[] = [
  ['Safer bike lane along the harbour', 'Cycling along the harbour at rush hour feels dangerous; please separate cyclists from cars.'],
  ['More benches in the park', 'Older residents need places to rest on their walk.'],
  ['Longer library opening hours', 'The library closes too early for students who work during the day.'],
];
const DETAILS = [
  '', ' Jeg har boet her i tyve år og ser problemet hver dag.', ' Mange naboer er enige; vi har talt om det i gården.',
  ' Det drejer sig især om hverdage mellem kl. 7 og 9.', ' Jeg hjælper gerne, hvis I vil høre mere.',
  ' Se også det lignende forslag fra sidste år.', ' Det ville gøre en stor forskel for børnefamilierne.',
];
const FIRST_NAMES = ['Karen', 'Mette', 'Anne', 'Hanne', 'Susanne', 'Peter', 'Jens', 'Lars', 'Michael', 'Henrik', 'Sofie', 'Emma', 'Noah', 'Ali', 'Fatima', 'Mads'];
const LAST_NAMES = ['Jensen', 'Nielsen', 'Hansen', 'Pedersen', 'Andersen', 'Christensen', 'Larsen', 'Sørensen', 'Rasmussen', 'Ahmed'];
const STREETS = ['Søborg Hovedgade', 'Amagerbrogade', 'Nørrebrogade', 'Valby Langgade', 'Østerbrogade', 'Istedgade', 'Frederikssundsvej', 'Tagensvej'];
const QUESTIONS = ['Hvilken side af vejen tænker du på?', 'Hvornår på dagen oplever du problemet?', 'Kan du sende et billede af stedet?', 'Har du talt med skolebestyrelsen om det?'];
const REPLIES = ['Den nordlige side, ved busstoppestedet.', 'Mest om morgenen mellem 7 og 9.', 'Ja, jeg har sendt billeder til jer på mail.', 'Ja, de støtter forslaget.'];
const PUBLIC_ANSWERS: Record<Decision, readonly string[]> = {
  accepted: ['Tak for idéen! Vi gennemfører den og skriver, når arbejdet går i gang.', 'Godt forslag. Vi har fundet penge til det i årets budget.'],
  declined: ['Tak for idéen. Vi kan desværre ikke gennemføre den, fordi det koster mere, end budgettet tillader.', 'Tak. Vi har undersøgt det, men stedet er ikke egnet.'],
  'already-planned': ['Tak! Det er allerede en del af planen for næste år.', 'Det er vi allerede i gang med; se lokalplanen.'],
  'referred-to-council': ['Idéen kræver en politisk beslutning; vi har sendt den videre til udvalget.'],
};
const RECOMMENDATION_FOR: Record<Decision, Recommendation> = {
  accepted: 'accept',
  declined: 'decline',
  'already-planned': 'already-planned',
  'referred-to-council': 'refer-to-council',
};

// ---------------------------------------------------------------------------
// One idea's plan: its commands with the simulated moment each happens

interface Step {
  readonly at: number;
  /** Who gave the command (the event's metadata.actor). */
  readonly actor: string;
  readonly command: IdeaCommand;
}

interface IdeaPlan {
  readonly id: string;
  readonly submittedAt: number;
  readonly category: string;
  readonly district: string;
  readonly steps: Step[];
  readonly duplicate: boolean;
  /** In clear until the append, which seals it through the vault as the submit handler does. */
  readonly contact: Contact | null;
}

interface World {
  readonly days: SimulatedDays;
  readonly calendar: WorkingDayCalendar;
  readonly rules: readonly RoutingRule[];
  readonly departments: readonly string[];
  readonly trackingSecret: string;
  readonly routes: Map<string, RoutingMatch | null>;
}

function handler(r: Random, department: string): string {
  const code = department.normalize('NFD').replace(/[^A-Za-z]/g, '').toLowerCase() || 'oekf';
  return `${code}-sagsbehandler-${intBetween(r, 1, 8)}`;
}

function trackingTokenHash(secret: string, ideaId: string): string {
  // As apps/api/src/ideas/tracking-tokens.ts derives it, so GET /track/:token works on this data with the same secret.
  const id = Buffer.from(ideaId.replace(/-/g, ''), 'hex');
  const mac = createHmac('sha256', secret).update(`tracking:${ideaId}`).digest().subarray(0, 24);
  return createHash('sha256').update(Buffer.concat([id, mac]).toString('base64url')).digest('hex');
}

function submitCommand(r: Random, world: World, ideaId: string, at: number): { command: SubmitIdea; contact: Contact | null } {
  const category = weighted(r, CATEGORY_WEIGHTS);
  const [district, , lat, lon] = weighted(r, DISTRICTS.map((d) => [d, d[1]] as const));
  const language = weighted<Language>(r, [['da', 92], ['en', 6], ['sv', 2]]);
  const [title, description] = language === 'da' || language === 'sv' ? pick(r, TITLES[category]) : pick(r, ENGLISH_TITLES);
  const first = pick(r, FIRST_NAMES);
  const last = pick(r, LAST_NAMES);
  const contact: Contact | null = chance(r, 0.82)
    ? {
        name: `${first} ${last}`,
        ...(chance(r, 0.9) ? { email: `${first}.${last}${intBetween(r, 1, 999)}@example.dk`.toLowerCase() } : {}),
        ...(chance(r, 0.3) ? { phone: `+45 ${intBetween(r, 20, 99)} ${intBetween(r, 10, 99)} ${intBetween(r, 10, 99)} ${intBetween(r, 10, 99)}` } : {}),
      }
    : null;
  const location: Location | null = chance(r, 0.55)
    ? {
        lat: Number((lat + between(r, -0.01, 0.01)).toFixed(5)),
        lon: Number((lon + between(r, -0.015, 0.015)).toFixed(5)),
        ...(chance(r, 0.5) ? { address: `${pick(r, STREETS)} ${intBetween(r, 1, 180)}` } : {}),
      }
    : null;
  const input = { category, district, title, description: language === 'en' ? description : description + pick(r, DETAILS) };
  const command: SubmitIdea = {
    type: 'SubmitIdea',
    ideaId,
    at: new Date(at).toISOString(),
    publicCode: '', // numbered in submission order once every idea is planned
    trackingTokenHash: trackingTokenHash(world.trackingSecret, ideaId),
    ...input,
    location,
    contact: null, // sealed at the append
    submitterNameSpans: { title: findNameSpans(input.title, [contact?.name]), description: findNameSpans(input.description, [contact?.name]) },
    language,
    channel: weighted<Channel>(r, [['web', 85], ['email', 8], ['phone', 5], ['meeting', 2]]),
    autoRoute: autoRoute(world, input, at),
  };
  return { command, contact };
}

/** The seeded departments all promise the default. */
const RESPONSE_WORKING_DAYS = DEFAULT_RESPONSE_WORKING_DAYS;

function responseDeadline(world: World, at: number) {
  return { respondBy: world.calendar.addWorkingDays(new Date(at), RESPONSE_WORKING_DAYS).toISOString(), workingDays: RESPONSE_WORKING_DAYS };
}

function autoRoute(world: World, input: RoutingInput, at: number) {
  const match = routeByRule(world, input);
  return match && { ...match, responseDeadline: responseDeadline(world, at) };
}

/** matchRoutingRule compiles a pattern per keyword; the texts come from a few templates, so remember each answer. */
function routeByRule(world: World, input: RoutingInput): RoutingMatch | null {
  const key = `${input.category}\n${input.district}\n${input.title}\n${input.description}`;
  if (!world.routes.has(key)) world.routes.set(key, matchRoutingRule(world.rules, input));
  return world.routes.get(key) ?? null;
}

/** Plans one idea's life from its submission; steps after the simulated end are cut later. */
function planIdea(r: Random, world: World, submittedAt: number): IdeaPlan {
  const { days } = world;
  const ideaId = uuidFrom(r);
  const steps: Step[] = [];
  const add = (at: number, actor: string, command: Record<string, unknown> & { type: IdeaCommand['type'] }) =>
    steps.push({ at, actor, command: { ...command, ideaId, at: new Date(at).toISOString() } as IdeaCommand });

  const { command: submit, contact } = submitCommand(r, world, ideaId, submittedAt);
  steps.push({ at: submittedAt, actor: 'citizen', command: submit });
  let t = submittedAt;
  let department = submit.autoRoute?.department ?? null;
  const dispatcher = `triage-${intBetween(r, 1, 3)}`;
  const route = (to: string, reason: string) =>
    add((t = days.staffTime(r, t, intBetween(r, 0, 4))), dispatcher, { type: 'RouteIdea', department: to, knownDepartments: world.departments, routedBy: 'hand', ruleId: null, reason, responseDeadline: responseDeadline(world, t) });

  if (department === null) route((department = weighted(r, HAND_ROUTING[submit.category] ?? HAND_ROUTING.other)), 'Triage: ingen regel passede');
  const routedAt = t;
  const owner = OWNER[submit.category];
  // A keyword rule can send an idea to the wrong place; sometimes a department just hands it on.
  const misrouted = submit.autoRoute !== null && department !== owner;
  if ((misrouted && chance(r, 0.6)) || chance(r, 0.08)) {
    const current = department;
    const to = misrouted ? owner : pick(r, world.departments.filter((d) => d !== current));
    route((department = to), `Hører under ${to}`);
  }

  let assignee = handler(r, department);
  add((t = days.staffTime(r, t, intBetween(r, 0, 1))), assignee, { type: 'AssignIdea', assignee });
  // Handed over: holidays, workload, a colleague who knows the area.
  if (chance(r, 0.25)) {
    const next = handler(r, department);
    if (next !== assignee) add((t = days.staffTime(r, t, intBetween(r, 1, 5))), (assignee = next), { type: 'AssignIdea', assignee });
  }

  const decision = weighted<Decision>(r, DECISION_WEIGHTS);
  const diagnose = () => {
    const good = decision === 'accepted' || decision === 'already-planned';
    add((t = days.staffTime(r, t, intBetween(r, 1, 4))), assignee, {
      type: 'DiagnoseIdea',
      feasibility: good ? weighted<Feasibility>(r, [['feasible', 3], ['partly-feasible', 1]]) : weighted<Feasibility>(r, [['not-feasible', 2], ['unclear', 1], ['partly-feasible', 1]]),
      costBand: decision === 'referred-to-council' ? weighted<CostBand>(r, [['high', 2], ['very-high', 1]]) : weighted<CostBand>(r, [['none', 1], ['low', 3], ['medium', 3], ['high', 1]]),
      recommendation: RECOMMENDATION_FOR[decision],
      notes: 'Vurderet ud fra budget, lovgivning og igangværende planer.',
    });
  };
  let questions = 0;
  if (chance(r, 0.2)) {
    do {
      const questionId = `q-${++questions}`;
      add((t = days.staffTime(r, t, intBetween(r, 1, 4))), assignee, { type: 'AskCitizen', questionId, question: pick(r, QUESTIONS) });
      if (!chance(r, 0.88)) break;
      add((t = days.citizenTime(r, t, 0.2, 6)), 'citizen', { type: 'ProvideCitizenInformation', questionId, answer: pick(r, REPLIES) });
    } while (questions < 3 && chance(r, 0.2));
  }
  const diagnosed = chance(r, 0.92);
  if (diagnosed) diagnose();
  // Revised after the citizen's reply or another office's opinion.
  if (diagnosed && chance(r, questions > 0 ? 0.4 : 0.2)) diagnose();

  // Working days from submission to the answer: 85% within 1–25, most within the 10-day target.
  const fast = chance(r, 0.85);
  const target = fast ? 1 + Math.floor(24 * r() ** 1.6) : intBetween(r, 26, 70);
  const workingDays = Math.max(1, Math.round(target * (fast ? Math.min(PACE[department] ?? 1, 25 / target) : PACE[department] ?? 1)));
  let answerAt = days.staffTime(r, submittedAt, workingDays);
  if (answerAt <= t) answerAt = days.staffTime(r, t, intBetween(r, 0, 2));
  const answerIndex = steps.length;
  add((t = answerAt), assignee, { type: 'AnswerIdea', decision, publicAnswer: pick(r, PUBLIC_ANSWERS[decision]) });

  if (decision === 'accepted' && chance(r, 0.33)) {
    let percent = 0;
    const updates = intBetween(r, 2, 12);
    for (let i = 0; i < updates && percent < 95; i++) {
      percent = Math.min(95, percent + intBetween(r, 5, 30));
      add((t = days.staffTime(r, t, intBetween(r, 8, 30))), assignee, { type: 'RecordImplementationProgress', note: 'Arbejdet skrider frem.', percentComplete: percent });
    }
    if (chance(r, 0.85)) add((t = days.staffTime(r, t, intBetween(r, 5, 40))), assignee, { type: 'CompleteImplementation', note: 'Færdigt og taget i brug.' });
  }

  // Fates that end the case work early.
  const fate = weighted(r, [['normal', 90.5], ['withdrawn', 3], ['duplicate', 2.5], ['stalled', 4]] as const);
  if (fate === 'stalled') steps.length = answerIndex;
  if (fate === 'withdrawn') {
    const at = between(r, submittedAt + HOUR, answerAt);
    cutFrom(steps, at);
    add(at, 'citizen', { type: 'WithdrawIdea', reason: chance(r, 0.5) ? 'Problemet er løst af sig selv.' : null });
  }
  if (fate === 'duplicate') {
    const at = Math.min(days.staffTime(r, routedAt, intBetween(r, 1, 5)), answerAt - 60_000);
    cutFrom(steps, Math.max(at, routedAt + 60_000));
    add(Math.max(at, routedAt + 60_000), dispatcher, { type: 'MarkDuplicate', duplicateOf: '', duplicateOfExists: true });
  }
  return { id: ideaId, submittedAt, category: submit.category, district: submit.district, steps, duplicate: fate === 'duplicate', contact };
}

function cutFrom(steps: Step[], at: number): void {
  let keep = 1; // never the submission
  while (keep < steps.length && steps[keep].at < at) keep++;
  steps.length = keep;
}

const eventsOf = (step: Step) => (step.command.type === 'SubmitIdea' && step.command.autoRoute ? 2 : 1);

// ---------------------------------------------------------------------------
// The whole history

interface History {
  readonly ideas: IdeaPlan[];
  /** Steps in simulated time order, cut at --events: [idea index, step index]. */
  readonly order: { idea: Int32Array; step: Int32Array };
  readonly events: number;
}

function planHistory(world: World, options: GenerateOptions, firstDay: number, lastDay: number): History {
  const r = seededRandom(options.seed);
  const { days } = world;
  const endAt = days.starts[lastDay];
  // Submissions per day: weekdays busier, summer and Christmas quieter, a slow growth over the period.
  const cumulative: number[] = [];
  let total = 0;
  for (let d = firstDay; d < lastDay; d++) {
    const month = Number(days.dates[d].slice(5, 7)) - 1;
    const weekday = new Date(`${days.dates[d]}T00:00:00Z`).getUTCDay();
    const dayWeight = days.working[d] ? 1 : weekday === 0 || weekday === 6 ? 0.45 : 0.6;
    total += dayWeight * MONTH_WEIGHT[month] * (1 + (0.25 * (d - firstDay)) / (lastDay - firstDay));
    cumulative.push(total);
  }
  const submissionTime = () => {
    const x = r() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] > x) hi = mid;
      else lo = mid + 1;
    }
    return days.starts[firstDay + lo] + weighted(r, CITIZEN_HOURS) * HOUR + r() * HOUR;
  };

  const ideas: IdeaPlan[] = [];
  let planned = 0;
  let batch = Math.ceil((options.events / 6.7) * 0.97);
  while (planned < options.events) {
    for (let i = 0; i < batch; i++) {
      const idea = planIdea(r, world, submissionTime());
      ideas.push(idea);
      for (const step of idea.steps) if (step.at < endAt) planned += eventsOf(step);
    }
    // Top up with the mix's measured events per idea until --events is reached.
    batch = Math.max(1, Math.ceil(((options.events - planned) / (planned / ideas.length)) * 1.02));
  }
  ideas.sort((a, b) => a.submittedAt - b.submittedAt);

  // Public codes in submission order, duplicates pointing at an earlier idea of the same kind.
  const lastOfKind = new Map<string, string>();
  ideas.forEach((idea, index) => {
    const submit = idea.steps[0].command as SubmitIdea;
    submit.publicCode = `K-${new Date(idea.submittedAt).getUTCFullYear()}-${String(index + 1).padStart(6, '0')}`;
    const kind = `${idea.category}/${idea.district}`;
    const last = idea.steps[idea.steps.length - 1].command;
    if (idea.duplicate && last.type === 'MarkDuplicate') {
      const original = lastOfKind.get(kind) ?? lastOfKind.get(idea.category) ?? (index > 0 ? ideas[index - 1].id : null);
      if (original) last.duplicateOf = original;
      else idea.steps.pop();
    }
    lastOfKind.set(kind, idea.id);
    lastOfKind.set(idea.category, idea.id);
  });

  // Every step before the end, in time order; ties keep an idea's own order.
  const stepIdea: number[] = [];
  const stepIndex: number[] = [];
  const stepAt: number[] = [];
  ideas.forEach((idea, i) =>
    idea.steps.forEach((step, s) => {
      if (step.at >= endAt) return;
      stepIdea.push(i);
      stepIndex.push(s);
      stepAt.push(step.at);
    }),
  );
  const sorted = Uint32Array.from(stepAt.keys()).sort((a, b) => stepAt[a] - stepAt[b] || stepIdea[a] - stepIdea[b] || stepIndex[a] - stepIndex[b]);
  let events = 0;
  let count = 0;
  while (count < sorted.length && events < options.events) events += eventsOf(ideas[stepIdea[sorted[count]]].steps[stepIndex[sorted[count++]]]);
  const idea = new Int32Array(count);
  const step = new Int32Array(count);
  for (let i = 0; i < count; i++) {
    idea[i] = stepIdea[sorted[i]];
    step[i] = stepIndex[sorted[i]];
  }
  return { ideas, order: { idea, step }, events };
}

// ---------------------------------------------------------------------------
// Appending: decide + evolve per idea, several writers, per-idea order kept

interface Appended {
  appends: number;
  events: number;
  ideas: number;
  openAtEnd: number;
}

async function appendHistory(pool: pg.Pool, vault: PersonalDataVault, history: History, options: GenerateOptions, log: (m: string) => void): Promise<Appended> {
  const store = new PostgresEventStore(pool);
  const states = new Map<number, { state: Idea; revision: number }>();
  const tails = new Map<number, Promise<void>>();
  let inFlight = 0;
  let wakeDispatcher: (() => void) | null = null;
  let failure: unknown = null;
  let appended = 0;
  let appends = 0;
  const started = performance.now();
  let lastReport = started;

  const appendGroup = async (ideaIndex: number, stepIndexes: number[]) => {
    const idea = history.ideas[ideaIndex];
    const entry = states.get(ideaIndex) ?? { state: initialIdea(), revision: -1 };
    let state = entry.state;
    const events: EventToAppend[] = [];
    for (const s of stepIndexes) {
      const { actor } = idea.steps[s];
      let { command } = idea.steps[s];
      if (command.type === 'SubmitIdea' && idea.contact) command = { ...command, contact: await vault.seal(idea.id, idea.contact) };
      for (const event of decide(command, state)) {
        state = evolve(state, event);
        events.push({
          type: event.type,
          data: event.data,
          metadata: { correlationId: randomUUID(), causationId: null, actor, occurredAt: command.at, schemaVersion: 1 },
        });
      }
    }
    const result = await store.appendToStream(ideaStreamId(idea.id), events, { expectedRevision: entry.revision < 0 ? 'no_stream' : entry.revision });
    states.set(ideaIndex, { state, revision: result.nextExpectedRevision });
    appended += events.length;
    appends += 1;
  };

  const { idea: orderIdea, step: orderStep } = history.order;
  for (let i = 0; i < orderIdea.length && failure === null; ) {
    // Consecutive steps of one idea (nothing else happened in between) go in one append.
    const ideaIndex = orderIdea[i];
    const group = [orderStep[i++]];
    while (i < orderIdea.length && orderIdea[i] === ideaIndex && group.length < 20) group.push(orderStep[i++]);

    while (inFlight >= options.writers) await new Promise<void>((resolve) => (wakeDispatcher = resolve));
    inFlight++;
    // Another writer may still be appending this idea's previous step: chain behind it.
    const previous = tails.get(ideaIndex);
    const run = (previous ?? Promise.resolve())
      .then(() => (failure === null ? appendGroup(ideaIndex, group) : undefined))
      .catch((error: unknown) => void (failure ??= error))
      .finally(() => {
        inFlight--;
        if (tails.get(ideaIndex) === run) tails.delete(ideaIndex);
        const wake = wakeDispatcher;
        wakeDispatcher = null;
        wake?.();
      });
    tails.set(ideaIndex, run);

    const now = performance.now();
    if (now - lastReport > 2000) {
      lastReport = now;
      const rate = appended / ((now - started) / 1000);
      log(`${appended.toLocaleString('en')} / ${history.events.toLocaleString('en')} events, ${Math.round(rate)} events/s, ETA ${Math.round((history.events - appended) / rate)} s`);
    }
  }
  await Promise.all(tails.values());
  if (failure !== null) throw failure;
  let openAtEnd = 0;
  for (const { state } of states.values()) if (!['answered', 'in_implementation', 'implemented', 'withdrawn', 'duplicate'].includes(state.status)) openAtEnd++;
  return { appends, events: appended, ideas: states.size, openAtEnd };
}

// ---------------------------------------------------------------------------
// Database

interface Stamp {
  generator: string;
  seed: number;
  events: number;
  ideas: number;
  from: string;
  to: string;
}

function serverUrl(databaseUrl: string): { admin: string; name: string } {
  const url = new URL(databaseUrl);
  const name = decodeURIComponent(url.pathname.slice(1));
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`Use a plain lower-case database name for the bench, got "${name}"`);
  url.pathname = '/postgres';
  return { admin: url.toString(), name };
}


export async function postgresVersion(url: string): Promise<string> {
  return withClient(url, async (c) => (await c.query<{ server_version: string }>('SHOW server_version')).rows[0].server_version.split(' ')[0]);
}

/** Creates the database if absent (dropping it first with reset); returns what a previous run stamped on it. */
async function prepareDatabase(databaseUrl: string, reset: boolean): Promise<Stamp | null> {
  const { admin, name } = serverUrl(databaseUrl);
  return withClient(admin, async (client) => {
    if (reset) await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    const { rows } = await client.query<{ stamp: string | null }>(`SELECT shobj_description(oid, 'pg_database') AS stamp FROM pg_database WHERE datname = $1`, [name]);
    if (rows.length === 0) {
      await client.query(`CREATE DATABASE ${name}`);
      return null;
    }
    try {
      const stamp = JSON.parse(rows[0].stamp ?? 'null') as Stamp | null;
      return stamp?.generator === GENERATOR ? stamp : null;
    } catch {
      return null;
    }
  });
}

/** Describes the generated history on the database itself (COMMENT ON DATABASE), so later benches can reuse it. */
async function generatedHistory(databaseUrl: string): Promise<Stamp | null> {
  const { admin, name } = serverUrl(databaseUrl);
  return withClient(admin, async (client) => {
    const { rows } = await client.query<{ stamp: string | null }>(`SELECT shobj_description(oid, 'pg_database') AS stamp FROM pg_database WHERE datname = $1`, [name]);
    try {
      const stamp = JSON.parse(rows[0]?.stamp ?? 'null') as Stamp | null;
      return stamp?.generator === GENERATOR ? stamp : null;
    } catch {
      return null;
    }
  });
}

async function eventCount(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
  } catch {
    return 0; // no database yet: the generator creates it
  }
  try {
    // Two statements: PostgreSQL plans a subquery on a missing table even where a CASE would skip it.
    const { rows } = await client.query<{ exists: boolean }>("SELECT to_regclass('events') IS NOT NULL AS exists");
    if (!rows[0].exists) return 0;
    return Number((await client.query<{ n: string }>('SELECT count(*) AS n FROM events')).rows[0].n);
  } finally {
    await client.end();
  }
}

/**
 * For the benches that read a generated history (rebuild, queries): reuses
 * the database when it holds at least options.events events, else generates
 * them, but only into an empty database or one this generator filled.
 */
export async function ensureGeneratedHistory(options: GenerateOptions, log: (message: string) => void): Promise<{ url: string; events: number; ideas: number | null }> {
  const url = options.databaseUrl;
  const existing = await eventCount(url);
  const stamp = await generatedHistory(url).catch(() => null);
  if (existing >= options.events) {
    log(`reusing ${serverUrl(url).name}: ${existing} events${stamp ? ` (generated, seed ${stamp.seed})` : ''}`);
    return { url, events: existing, ideas: stamp?.ideas ?? null };
  }
  if (existing > 0 && !stamp) throw new Error(`${serverUrl(url).name} holds ${existing} events not made by the generator, fewer than --events ${options.events}; point --database-url elsewhere`);
  log(`generating ${options.events} events first (bench/generate-events.ts)`);
  const generated = await generateEvents({ ...options, reset: existing > 0 });
  return { url, events: generated.events, ideas: generated.ideas };
}

// ---------------------------------------------------------------------------

export async function generateEvents(options: GenerateOptions): Promise<GenerateSummary> {
  const log = options.log ?? ((message: string) => process.stderr.write(`[bench:generate] ${message}\n`));
  const startedAt = performance.now();
  const loadAverageAtStart = Number(loadavg()[0].toFixed(2));
  const { name } = serverUrl(options.databaseUrl);
  const postgres = await postgresVersion(serverUrl(options.databaseUrl).admin);
  const calendar = new WorkingDayCalendar({ country: 'DK', timeZone: 'Europe/Copenhagen' });
  const endDate = new Date(`${options.end}T00:00:00Z`);
  const fromDate = new Date(endDate);
  fromDate.setUTCMonth(fromDate.getUTCMonth() - options.months);
  const from = fromDate.toISOString().slice(0, 10);
  const firstDay = 0;
  const lastDay = Math.round((endDate.getTime() - fromDate.getTime()) / DAY);
  // A year past the end, so a late step of a late idea still finds its working day (it is cut anyway).
  const days = new SimulatedDays(calendar, from, lastDay + 400);
  const summary = (reused: boolean, appended: Appended, appendSeconds: number): GenerateSummary => ({
    bench: 'generate-events',
    reused,
    events: appended.events,
    ideas: appended.ideas,
    eventsPerIdea: Number((appended.events / Math.max(1, appended.ideas)).toFixed(2)),
    appends: appended.appends,
    seconds: Number(((performance.now() - startedAt) / 1000).toFixed(1)),
    appendSeconds: Number(appendSeconds.toFixed(1)),
    eventsPerSec: appendSeconds > 0 ? Math.round(appended.events / appendSeconds) : 0,
    writers: options.writers,
    seed: options.seed,
    from,
    to: options.end,
    openAtEnd: appended.openAtEnd,
    database: name,
    loadAverageAtStart,
    node: process.version,
    postgres,
  });

  if (!options.dryRun) {
    const stamp = await prepareDatabase(options.databaseUrl, options.reset);
    if (stamp && stamp.events >= options.events) {
      log(`reusing ${name}: it holds ${stamp.events} generated events (seed ${stamp.seed}); --reset to generate again`);
      return { ...summary(true, { events: stamp.events, ideas: stamp.ideas, appends: 0, openAtEnd: -1 }, 0), seed: stamp.seed, from: stamp.from, to: stamp.to };
    }
  }

  const rulesPool = options.dryRun ? null : new pg.Pool({ connectionString: options.databaseUrl, max: 2 });
  let rules: RoutingRule[];
  let departments: string[];
  if (rulesPool) {
    rulesPool.on('error', (error) => log(`pool: ${error.message}`));
    try {
      await applyMigrations(options.databaseUrl);
      const { rows: [{ n }] } = await rulesPool.query<{ n: number }>('SELECT count(*)::int AS n FROM events');
      if (n > 0) throw new Error(`${name} already holds ${n} events that this generator did not stamp; pass --reset to drop and recreate it`);
      await seedReferenceData(rulesPool);
      rules = (await rulesPool.query<RoutingRule>('SELECT id, department, category, district, keywords, priority FROM routing_rules')).rows;
      departments = (await rulesPool.query<{ code: string }>('SELECT code FROM departments')).rows.map((row) => row.code).sort();
    } finally {
      await rulesPool.end();
    }
  } else {
    rules = ROUTING_RULES.map((rule) => ({ ...rule, keywords: [...rule.keywords] }));
    departments = DEPARTMENTS.map((d) => d.code).sort();
  }

  const trackingSecret = loadConfig({ TRACKING_TOKEN_SECRET: process.env.TRACKING_TOKEN_SECRET }).trackingTokenSecret;
  const planStarted = performance.now();
  const history = planHistory({ days, calendar, rules, departments, trackingSecret, routes: new Map() }, options, firstDay, lastDay);
  log(`planned ${history.ideas.length.toLocaleString('en')} ideas, ${history.events.toLocaleString('en')} events from ${from} to ${options.end} in ${((performance.now() - planStarted) / 1000).toFixed(1)} s`);
  if (options.dryRun) return summary(false, dryRun(history), 0);

  // Loading data, not measuring appends: an unsynced commit is safe here (a crash loses the last few ms, and we start over).
  const pool = new pg.Pool({ connectionString: options.databaseUrl, max: options.writers, options: '-c synchronous_commit=off' });
  pool.on('error', (error) => log(`pool: ${error.message}`));
  try {
    const appendStarted = performance.now();
    const vault = new PersonalDataVault(pool, await personalDataMasterKey(loadConfig({ PII_MASTER_KEY: process.env.PII_MASTER_KEY, DEVELOPMENT_SECRETS_DIR: process.env.DEVELOPMENT_SECRETS_DIR })));
    const appended = await appendHistory(pool, vault, history, options, log);
    const appendSeconds = (performance.now() - appendStarted) / 1000;
    log(`appended ${appended.events} events in ${appended.appends} appends in ${appendSeconds.toFixed(1)} s; vacuum + analyze`);
    await pool.query(`SELECT setval('idea_public_code_seq', $1)`, [history.ideas.length]);
    await pool.query('VACUUM (ANALYZE) events');
    await pool.query('VACUUM (ANALYZE) event_streams');
    const stamp: Stamp = { generator: GENERATOR, seed: options.seed, events: appended.events, ideas: appended.ideas, from, to: options.end };
    await pool.query(`COMMENT ON DATABASE ${name} IS '${JSON.stringify(stamp).replace(/'/g, "''")}'`);
    return summary(false, appended, appendSeconds);
  } finally {
    await pool.end();
  }
}

/** Plays the history through decide/evolve without a database: checks it and counts the mix. */
function dryRun(history: History): Appended {
  const states = new Map<number, Idea>();
  let events = 0;
  const types = new Map<string, number>();
  for (let i = 0; i < history.order.idea.length; i++) {
    const idea = history.order.idea[i];
    const { command } = history.ideas[idea].steps[history.order.step[i]];
    let state = states.get(idea) ?? initialIdea();
    for (const event of decide(command, state)) {
      state = evolve(state, event);
      events++;
      types.set(event.type, (types.get(event.type) ?? 0) + 1);
    }
    states.set(idea, state);
  }
  const statuses = new Map<string, number>();
  for (const state of states.values()) statuses.set(state.status, (statuses.get(state.status) ?? 0) + 1);
  process.stderr.write(`[bench:generate] event types ${JSON.stringify(Object.fromEntries(types))}\n`);
  process.stderr.write(`[bench:generate] statuses at the end ${JSON.stringify(Object.fromEntries(statuses))}\n`);
  let openAtEnd = 0;
  for (const state of states.values()) if (!['answered', 'in_implementation', 'implemented', 'withdrawn', 'duplicate'].includes(state.status)) openAtEnd++;
  return { appends: 0, events, ideas: states.size, openAtEnd };
}

// ---------------------------------------------------------------------------
// Command line

function flag(args: string[], name: string): string | undefined {
  const index = args.indexOf(`--${name}`);
  if (index >= 0) return args[index + 1];
  return args.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
}

function positive(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed <= 0) throw new Error(`--${name} must be a positive whole number, got "${value}"`);
  return parsed;
}

export function optionsFromArgs(args: string[]): GenerateOptions {
  const end = flag(args, 'end') ?? '2026-11-01';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(end)) throw new Error(`--end must be YYYY-MM-DD, got "${end}"`);
  return {
    databaseUrl: flag(args, 'database-url') ?? process.env.DATABASE_URL ?? DEFAULT_BENCH_DATABASE_URL,
    events: positive(flag(args, 'events'), 1_000_000, 'events'),
    seed: positive(flag(args, 'seed'), 20_261_101, 'seed'),
    end,
    months: positive(flag(args, 'months'), 24, 'months'),
    writers: positive(flag(args, 'writers'), 8, 'writers'),
    reset: args.includes('--reset'),
    dryRun: args.includes('--dry-run'),
  };
}

if (require.main === module) {
  generateEvents(optionsFromArgs(process.argv.slice(2)))
    .then((summary) => process.stdout.write(`${JSON.stringify(summary)}\n`))
    .catch((error: unknown) => {
      process.stderr.write(`[bench:generate] failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = 1;
    });
}
