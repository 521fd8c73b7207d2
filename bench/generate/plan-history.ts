import type { SubmitIdea } from '../../libs/ideas/src/index';
import { CITIZEN_HOURS, MONTH_WEIGHT } from './mix';
import type { GenerateOptions } from './options';
import { paraphraseIdeaText } from './idea-texts';
import { eventsOf, planIdea, routeByRule, type IdeaPlan, type World } from './plan-idea';
import { findNameSpans } from '../../libs/projections/src/public-status/public-status.masking';
import { intBetween, seededRandom, weighted, type Random } from './random';
import { DAY, HOUR } from './simulated-days';

// The whole history: every idea planned, then all their steps in simulated time order.

export interface History {
  readonly ideas: IdeaPlan[];
  /** Steps in simulated time order, cut at --events: [idea index, step index]. */
  readonly order: { idea: Int32Array; step: Int32Array };
  readonly events: number;
}

export function planHistory(world: World, options: Pick<GenerateOptions, 'seed' | 'events'>, firstDay: number, lastDay: number): History {
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

  // Public codes in submission order; a duplicate is marked against a random earlier idea of the same kind from the
  // last months, and says what that one says in other words.
  const ofKind = new Map<string, number[]>();
  const rewordings = { reworded: 0, unreworded: 0 };
  ideas.forEach((idea, index) => {
    const submit = idea.steps[0].command as SubmitIdea;
    submit.publicCode = `K-${new Date(idea.submittedAt).getUTCFullYear()}-${String(index + 1).padStart(6, '0')}`;
    const kind = `${idea.category}/${idea.district}`;
    const last = idea.steps[idea.steps.length - 1].command;
    if (idea.duplicate && last.type === 'MarkDuplicate') {
      const earlier = ofKind.get(kind) ?? ofKind.get(idea.category) ?? [];
      let original = pickOriginal(r, ideas, earlier, idea.submittedAt) ?? (index > 0 ? index - 1 : null);
      if (original === null) idea.steps.pop();
      else {
        // An original whose topic routes as the duplicate was routed; a few tries, else the duplicate keeps its own text.
        let reworded = reword(r, world, idea, ideas[original]);
        for (let attempt = 0; !reworded && attempt < 6 && earlier.length > 0; attempt++)
          reworded = reword(r, world, idea, ideas[(original = pickOriginal(r, ideas, earlier, idea.submittedAt) ?? original)]);
        last.duplicateOf = ideas[original].id;
        rewordings[reworded ? 'reworded' : 'unreworded']++;
      }
    }
    for (const key of [kind, idea.category]) {
      const list = ofKind.get(key) ?? [];
      list.push(index);
      ofKind.set(key, list);
    }
  });
  if (rewordings.unreworded > 0) process.stderr.write(`[bench:generate] duplicates reworded from their original ${JSON.stringify(rewordings)}\n`);

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

/** How far back a duplicate's original may lie. */
const ORIGINAL_WITHIN = 120 * DAY;

/** A random idea among `earlier` (indices in submission order) received within ORIGINAL_WITHIN before `at`. */
function pickOriginal(r: Random, ideas: readonly IdeaPlan[], earlier: readonly number[], at: number): number | null {
  if (earlier.length === 0) return null;
  let lo = 0;
  let hi = earlier.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ideas[earlier[mid]].submittedAt >= at - ORIGINAL_WITHIN) hi = mid;
    else lo = mid + 1;
  }
  return earlier[intBetween(r, lo, earlier.length - 1)];
}

/**
 * Rewords the duplicate's text from its original's topic. Its routing was planned from its own text, so the new text
 * must be routed to the same department by a rule if the old one was, and by none if not (the keyword rules read the text); a few tries, else it
 * keeps its own text.
 */
function reword(r: Random, world: World, duplicate: IdeaPlan, original: IdeaPlan): boolean {
  const submit = duplicate.steps[0].command as SubmitIdea;
  const planned = submit.autoRoute;
  for (let attempt = 0; attempt < 3; attempt++) {
    const text = paraphraseIdeaText(r, original.text);
    const match = routeByRule(world, { category: submit.category, district: submit.district, title: text.title, description: text.description });
    // Routed by a rule to the same department, or by none, as planned (that decides the events and the steps after);
    // which rule may change with the words.
    if (planned === null ? match !== null : match?.department !== planned.department) continue;
    duplicate.text = text;
    if (planned !== null && match !== null) Object.assign(submit, { autoRoute: { ...match, responseDeadline: planned.responseDeadline } });
    const name = duplicate.contact?.name;
    Object.assign(submit, {
      title: text.title,
      description: text.description,
      submitterNameSpans: { title: findNameSpans(text.title, [name]), description: findNameSpans(text.description, [name]) },
      language: text.topic.language === 'en' ? 'en' : submit.language === 'en' ? 'da' : submit.language,
      ...(submit.location?.address
        ? { location: { ...submit.location, address: submit.location.address.replace(/^.* (\d+)$/, `${text.topic.street} $1`) } }
        : {}),
    });
    return true;
  }
  return false;
}
