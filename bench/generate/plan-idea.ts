import {
  matchRoutingRule,
  type Channel,
  type Contact,
  type CostBand,
  type Decision,
  type Feasibility,
  type IdeaCommand,
  type Language,
  type Location,
  type Recommendation,
  type RoutingInput,
  type RoutingMatch,
  type RoutingRule,
  type SubmitIdea,
  DEFAULT_RESPONSE_WORKING_DAYS,
} from '../../libs/ideas/src/index';
import type { WorkingDayCalendar } from '../../libs/platform/src/index';
import { TrackingTokens } from '../../libs/casework/src/index';
import { findNameSpans } from '../../libs/projections/src/public-status/public-status.masking';
import { CATEGORY_WEIGHTS, DECISION_WEIGHTS, DISTRICTS, HAND_ROUTING, OWNER, PACE } from './mix';
import { between, chance, intBetween, pick, uuidFrom, weighted, type Random } from './random';
import { HOUR, type SimulatedDays } from './simulated-days';
import { composeIdeaText, type ComposedText } from './idea-texts';
import { FIRST_NAMES, LAST_NAMES, PUBLIC_ANSWERS, QUESTIONS, REPLIES } from './texts';

// One idea's plan: its commands with the simulated moment each happens.

const RECOMMENDATION_FOR: Record<Decision, Recommendation> = {
  accepted: 'accept',
  declined: 'decline',
  'already-planned': 'already-planned',
  'referred-to-council': 'refer-to-council',
};

export interface Step {
  readonly at: number;
  /** Who gave the command (the event's metadata.actor). */
  readonly actor: string;
  readonly command: IdeaCommand;
}

export interface IdeaPlan {
  readonly id: string;
  readonly submittedAt: number;
  readonly category: string;
  readonly district: string;
  readonly steps: Step[];
  readonly duplicate: boolean;
  /** What its text is about and how it is worded; a duplicate's is reworded from its original's once that is chosen. */
  text: ComposedText;
  /** In clear until the append, which seals it through the vault as the submit handler does. */
  readonly contact: Contact | null;
}

export interface World {
  readonly days: SimulatedDays;
  readonly calendar: WorkingDayCalendar;
  readonly rules: readonly RoutingRule[];
  readonly departments: readonly string[];
  /** As the API issues them, so GET /track/:token works on this data with the same TRACKING_TOKEN_SECRET. */
  readonly trackingTokens: TrackingTokens;
  readonly routes: Map<string, RoutingMatch | null>;
}

function handler(r: Random, department: string): string {
  const code =
    department
      .normalize('NFD')
      .replace(/[^A-Za-z]/g, '')
      .toLowerCase() || 'oekf';
  return `${code}-sagsbehandler-${intBetween(r, 1, 8)}`;
}

function submitCommand(r: Random, world: World, ideaId: string, at: number): { command: SubmitIdea; contact: Contact | null; text: ComposedText } {
  const category = weighted(r, CATEGORY_WEIGHTS);
  const [district, , lat, lon] = weighted(
    r,
    DISTRICTS.map((d) => [d, d[1]] as const),
  );
  const language = weighted<Language>(r, [
    ['da', 92],
    ['en', 6],
    ['sv', 2],
  ]);
  const text = composeIdeaText(r, category, district, language);
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
        ...(chance(r, 0.5) ? { address: `${text.topic.street} ${intBetween(r, 1, 180)}` } : {}),
      }
    : null;
  const input = { category, district, title: text.title, description: text.description };
  const command: SubmitIdea = {
    type: 'SubmitIdea',
    ideaId,
    at: new Date(at).toISOString(),
    publicCode: '', // numbered in submission order once every idea is planned
    trackingTokenHash: TrackingTokens.hash(world.trackingTokens.issue(ideaId)),
    ...input,
    location,
    contact: null, // sealed at the append
    submitterNameSpans: { title: findNameSpans(input.title, [contact?.name]), description: findNameSpans(input.description, [contact?.name]) },
    language,
    channel: weighted<Channel>(r, [
      ['web', 85],
      ['email', 8],
      ['phone', 5],
      ['meeting', 2],
    ]),
    autoRoute: autoRoute(world, input, at),
  };
  return { command, contact, text };
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

/** matchRoutingRule compiles a pattern per keyword; many texts repeat, so remember each answer. */
export function routeByRule(world: World, input: RoutingInput): RoutingMatch | null {
  const key = `${input.category}\n${input.district}\n${input.title}\n${input.description}`;
  if (!world.routes.has(key)) world.routes.set(key, matchRoutingRule(world.rules, input));
  return world.routes.get(key) ?? null;
}

/** Plans one idea's life from its submission; steps after the simulated end are cut later. */
export function planIdea(r: Random, world: World, submittedAt: number): IdeaPlan {
  const { days } = world;
  const ideaId = uuidFrom(r);
  const steps: Step[] = [];
  const add = (at: number, actor: string, command: Record<string, unknown> & { type: IdeaCommand['type'] }) =>
    steps.push({ at, actor, command: { ...command, ideaId, at: new Date(at).toISOString() } as IdeaCommand });

  const { command: submit, contact, text } = submitCommand(r, world, ideaId, submittedAt);
  steps.push({ at: submittedAt, actor: 'citizen', command: submit });
  let t = submittedAt;
  let department = submit.autoRoute?.department ?? null;
  const dispatcher = `triage-${intBetween(r, 1, 3)}`;
  const route = (to: string, reason: string) =>
    add((t = days.staffTime(r, t, intBetween(r, 0, 4))), dispatcher, {
      type: 'RouteIdea',
      department: to,
      knownDepartments: world.departments,
      routedBy: 'hand',
      ruleId: null,
      reason,
      responseDeadline: responseDeadline(world, t),
    });

  if (department === null) route((department = weighted(r, HAND_ROUTING[submit.category] ?? HAND_ROUTING.other)), 'Triage: ingen regel passede');
  const routedAt = t;
  const owner = OWNER[submit.category];
  // A keyword rule can send an idea to the wrong place; sometimes a department just hands it on.
  const misrouted = submit.autoRoute !== null && department !== owner;
  if ((misrouted && chance(r, 0.6)) || chance(r, 0.08)) {
    const current = department;
    const to = misrouted
      ? owner
      : pick(
          r,
          world.departments.filter((d) => d !== current),
        );
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
      feasibility: good
        ? weighted<Feasibility>(r, [
            ['feasible', 3],
            ['partly-feasible', 1],
          ])
        : weighted<Feasibility>(r, [
            ['not-feasible', 2],
            ['unclear', 1],
            ['partly-feasible', 1],
          ]),
      costBand:
        decision === 'referred-to-council'
          ? weighted<CostBand>(r, [
              ['high', 2],
              ['very-high', 1],
            ])
          : weighted<CostBand>(r, [
              ['none', 1],
              ['low', 3],
              ['medium', 3],
              ['high', 1],
            ]),
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
  const workingDays = Math.max(1, Math.round(target * (fast ? Math.min(PACE[department] ?? 1, 25 / target) : (PACE[department] ?? 1))));
  let answerAt = days.staffTime(r, submittedAt, workingDays);
  if (answerAt <= t) answerAt = days.staffTime(r, t, intBetween(r, 0, 2));
  const answerIndex = steps.length;
  add((t = answerAt), assignee, { type: 'AnswerIdea', decision, publicAnswer: pick(r, PUBLIC_ANSWERS[decision]) });

  if (decision === 'accepted' && chance(r, 0.33)) {
    let percent = 0;
    const updates = intBetween(r, 2, 12);
    for (let i = 0; i < updates && percent < 95; i++) {
      percent = Math.min(95, percent + intBetween(r, 5, 30));
      add((t = days.staffTime(r, t, intBetween(r, 8, 30))), assignee, {
        type: 'RecordImplementationProgress',
        note: 'Arbejdet skrider frem.',
        percentComplete: percent,
      });
    }
    if (chance(r, 0.85)) add((t = days.staffTime(r, t, intBetween(r, 5, 40))), assignee, { type: 'CompleteImplementation', note: 'Færdigt og taget i brug.' });
  }

  // Fates that end the case work early.
  const fate = weighted(r, [
    ['normal', 90.5],
    ['withdrawn', 3],
    ['duplicate', 2.5],
    ['stalled', 4],
  ] as const);
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
  return { id: ideaId, submittedAt, category: submit.category, district: submit.district, steps, duplicate: fate === 'duplicate', text, contact };
}

function cutFrom(steps: Step[], at: number): void {
  let keep = 1; // never the submission
  while (keep < steps.length && steps[keep].at < at) keep++;
  steps.length = keep;
}

export const eventsOf = (step: Step) => (step.command.type === 'SubmitIdea' && step.command.autoRoute ? 2 : 1);
