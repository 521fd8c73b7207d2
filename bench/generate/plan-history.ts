import type { SubmitIdea } from '../../libs/ideas/src/index';
import { CITIZEN_HOURS, MONTH_WEIGHT } from './mix';
import type { GenerateOptions } from './options';
import { eventsOf, planIdea, type IdeaPlan, type World } from './plan-idea';
import { seededRandom, weighted } from './random';
import { HOUR } from './simulated-days';

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
