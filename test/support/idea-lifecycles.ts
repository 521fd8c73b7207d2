import { randomUUID } from 'node:crypto';
import type { EventStore } from '@civic/event-store';
import { type IdeaEvent, ideaStreamId } from '@civic/ideas';
import {
  answered,
  assigned,
  diagnosed,
  implemented,
  informationProvided,
  informationRequested,
  progressed,
  routed,
  submitted,
  withdrawn,
} from '../../libs/ideas/src/testing';

const DEPARTMENTS = ['ØKF', 'BUF', 'SUF', 'KFF', 'SOF', 'TMF', 'BIF'];
const DISTRICTS = ['indre-by', 'oesterbro', 'noerrebro', 'valby', 'amager-oest'];
const CATEGORIES = ['traffic', 'roads', 'parks-nature', 'culture-leisure', 'social'];
const HOUR = 3_600_000;

/** A deterministic pseudo-random sequence, so a failing run can be repeated. */
function sequence(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1_664_525 + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

/**
 * Ideas through varied lifecycles (routed, re-routed, asked, answered,
 * implemented, withdrawn, left open), as domain events with business times.
 */
export function ideaLifecycles(
  count: number,
  seed = 1,
  start = Date.parse('2026-03-02T08:00:00Z'),
  firstNumber = 1,
): Array<{ streamId: string; events: IdeaEvent[] }> {
  const random = sequence(seed);
  const pick = <T>(values: readonly T[]) => values[Math.floor(random() * values.length)];
  return Array.from({ length: count }, (_, i) => {
    const ideaId = randomUUID();
    let time = start + i * 0.5 * HOUR;
    const at = (hours: number) => new Date((time += hours * HOUR)).toISOString();
    const department = pick(DEPARTMENTS);
    const events: IdeaEvent[] = [
      submitted({
        ideaId,
        at: at(0),
        publicCode: `K-2026-${String(firstNumber + i).padStart(6, '0')}`,
        title: `Idé nummer ${firstNumber + i}`,
        category: pick(CATEGORIES),
        district: pick(DISTRICTS),
      }),
    ];
    const fate = random();
    if (fate < 0.05) return { streamId: ideaStreamId(ideaId), events: [...events, withdrawn({ ideaId, at: at(2), reason: null })] };
    events.push(routed({ ideaId, at: at(random() * 48), department, routedBy: 'rule', reason: 'Rule' }));
    if (fate < 0.1)
      events.push(
        routed({
          ideaId,
          at: at(24),
          department: pick(DEPARTMENTS.filter((d) => d !== department)),
          previousDepartment: department,
          routedBy: 'hand',
          reason: 'Wrong department',
        }),
      );
    if (fate < 0.2) return { streamId: ideaStreamId(ideaId), events };
    events.push(assigned({ ideaId, at: at(random() * 72), assignee: pick(['anna', 'bo', 'carl']) }));
    if (random() < 0.3) {
      events.push(informationRequested({ ideaId, at: at(24), questionId: `q-${i}` }));
      events.push(informationProvided({ ideaId, at: at(48), questionId: `q-${i}`, answer: 'Nord-siden.' }));
    }
    events.push(diagnosed({ ideaId, at: at(24 + random() * 100) }));
    if (fate < 0.35) return { streamId: ideaStreamId(ideaId), events };
    const accepted = random() < 0.5;
    events.push(
      answered({
        ideaId,
        at: at(24 + random() * 200),
        decision: accepted ? 'accepted' : 'declined',
        publicAnswer: accepted ? 'Vi gør det.' : 'Det passer ikke i planen.',
      }),
    );
    if (accepted) {
      events.push(progressed({ ideaId, at: at(300), note: 'Arbejdet er i gang.', percentComplete: 50 }));
      if (random() < 0.6) events.push(implemented({ ideaId, at: at(500), note: 'Færdig.' }));
    }
    return { streamId: ideaStreamId(ideaId), events };
  });
}

/** Appends the lifecycles interleaved, one event per append, as live traffic would arrive. */
export async function appendInterleaved(store: EventStore, ideas: ReturnType<typeof ideaLifecycles>, writers = 4): Promise<number> {
  const queue = ideas.map((idea) => ({ ...idea, next: 0 }));
  let appended = 0;
  await Promise.all(
    Array.from({ length: writers }, async (_, w) => {
      for (let round = 0; ; round++) {
        const mine = queue.filter((idea, i) => i % writers === w && idea.next < idea.events.length);
        if (mine.length === 0) return;
        for (const idea of mine) {
          const event = idea.events[idea.next];
          await store.appendToStream(
            idea.streamId,
            [
              {
                type: event.type,
                data: event.data,
                metadata: { correlationId: randomUUID(), causationId: null, actor: 'test', occurredAt: event.data.at, schemaVersion: 1 },
              },
            ],
            {
              expectedRevision: idea.next === 0 ? 'no_stream' : idea.next - 1,
            },
          );
          idea.next++;
          appended++;
        }
      }
    }),
  );
  return appended;
}
