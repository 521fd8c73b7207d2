/**
 * Routing suggestions on a generated history (bench/generate-events.ts):
 * trains the routing model (the read model's own fold and classifier) on the
 * events before a split instant, and tests it on the ideas submitted after it
 * whose department a person confirmed (routed by hand, re-routed, answered).
 * Reports top-1 and top-2 accuracy beside the keyword rules alone, and for the
 * triage queue (ideas no rule matched) how much the model would take at each
 * confidence threshold and how often it would be wrong there.
 *
 * Run:   node -r @swc-node/register bench/routing-model.ts -- --database-url URL [--split 0.8]
 * Output: one JSON line on stdout; progress on stderr.
 */
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { PostgresEventStore, type StoredEvent } from '../libs/event-store/src/index';
import { ideaIdOfStream, isIdeaEvent, matchRoutingRule, type RoutingRule } from '../libs/ideas/src/index';
import { foldRoutingExample, InMemoryRoutingCounts, type RoutingExample, type StoredIdeaEvent, suggestDepartment } from '../libs/projections/src/index';

const log = (message: string) => process.stderr.write(`[bench:routing-model] ${message}\n`);
const THRESHOLDS = [0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.99];

function flag(name: string, fallback: string): string {
  const args = process.argv.slice(2);
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? args[index + 1] : fallback;
}

interface Seen {
  example: RoutingExample;
  submittedAt: number;
  input: { category: string; district: string; title: string; description: string };
}

async function main(): Promise<void> {
  const url = flag('database-url', process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/civic_bench');
  const splitShare = Number(flag('split', '0.8'));
  const pool = new pg.Pool({ connectionString: url, max: 2 });
  const store = new PostgresEventStore(pool, { pollIntervalMs: 1000 });
  try {
    const { rows: bounds } = await pool.query<{ first: Date; last: Date }>(
      `SELECT min((data->>'at')::timestamptz) AS first, max((data->>'at')::timestamptz) AS last FROM events WHERE type = 'IdeaSubmitted'`,
    );
    const split = bounds[0].first.getTime() + splitShare * (bounds[0].last.getTime() - bounds[0].first.getTime());
    const rules = (await pool.query<RoutingRule>('SELECT id, department, category, district, keywords, priority FROM routing_rules')).rows;

    // One pass over $all: the model as it stood at the split (trained on what was known then), and every idea's final label.
    const started = performance.now();
    const ideas = new Map<string, Seen>();
    const atSplit = new InMemoryRoutingCounts();
    let splitTaken = false;
    let from: StoredEvent['position'] | undefined;
    let events = 0;
    for (;;) {
      const batch = await store.readAll({ fromPosition: from, maxCount: 5000 });
      if (batch.length === 0) break;
      from = batch[batch.length - 1].position;
      for (const event of batch) {
        events++;
        if (!isIdeaEvent(event)) continue;
        const id = ideaIdOfStream(event.streamId);
        if (!id) continue;
        const at = Date.parse(String(event.data.at));
        if (!splitTaken && at >= split) {
          // Events arrive in about simulated time order: from here on, the model is frozen as it stood at the split.
          for (const seen of ideas.values()) if (seen.example.label) atSplit.add(seen.example.label, seen.example.features);
          splitTaken = true;
        }
        const seen = ideas.get(id);
        const next = foldRoutingExample(seen?.example, event as StoredIdeaEvent);
        if (!next) continue;
        if (!seen && event.type === 'IdeaSubmitted') {
          const d = event.data;
          ideas.set(id, { example: next, submittedAt: at, input: { category: d.category, district: d.district, title: d.title, description: d.description } });
        } else if (seen) seen.example = next;
      }
      if (events % 100_000 < 5000) log(`${events} events read`);
    }
    const readSeconds = (performance.now() - started) / 1000;

    const test = [...ideas.values()].filter((seen) => seen.submittedAt >= split && seen.example.label !== null);
    const trainedOn = [...atSplit.departments.values()].reduce((sum, d) => sum + d.examples, 0);
    let top1 = 0;
    let top2 = 0;
    let ruleMatched = 0;
    let ruleRight = 0;
    const triage: { confidence: number; right: boolean }[] = [];
    const t0 = performance.now();
    for (const seen of test) {
      const label = seen.example.label!;
      const suggestion = suggestDepartment(seen.example.features, atSplit);
      const ranked = suggestion?.ranking.map((r) => r.department) ?? [];
      if (ranked[0] === label) top1++;
      if (ranked.slice(0, 2).includes(label)) top2++;
      const rule = matchRoutingRule(rules, seen.input);
      if (rule) {
        ruleMatched++;
        if (rule.department === label) ruleRight++;
      } else if (suggestion) triage.push({ confidence: suggestion.confidence, right: suggestion.department === label });
    }
    const classifyMs = (performance.now() - t0) / Math.max(1, test.length);
    const round = (x: number) => Math.round(x * 1000) / 1000;
    const atThreshold = THRESHOLDS.map((threshold) => {
      const taken = triage.filter((t) => t.confidence >= threshold);
      const wrong = taken.filter((t) => !t.right).length;
      return { threshold, takes: round(taken.length / Math.max(1, triage.length)), errorRate: round(wrong / Math.max(1, taken.length)) };
    });
    const forError = (target: number) => atThreshold.find((t) => t.errorRate <= target) ?? null;
    process.stdout.write(
      `${JSON.stringify({
        bench: 'routing-model',
        events,
        ideas: ideas.size,
        split: new Date(split).toISOString(),
        trainedOn,
        tested: test.length,
        model: { top1: round(top1 / Math.max(1, test.length)), top2: round(top2 / Math.max(1, test.length)) },
        keywordRulesAlone: {
          matched: round(ruleMatched / Math.max(1, test.length)),
          accuracyWhereMatched: round(ruleRight / Math.max(1, ruleMatched)),
          accuracyOverall: round(ruleRight / Math.max(1, test.length)),
        },
        triageQueue: { ideas: triage.length, modelTop1: round(triage.filter((t) => t.right).length / Math.max(1, triage.length)), atThreshold },
        thresholdFor5PercentErrors: forError(0.05),
        thresholdFor10PercentErrors: forError(0.1),
        readSeconds: round(readSeconds),
        classifyMsPerIdea: round(classifyMs),
      })}\n`,
    );
  } finally {
    await store.close();
    await pool.end();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`[bench:routing-model] failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
