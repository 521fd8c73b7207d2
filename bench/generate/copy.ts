import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import { performance } from 'node:perf_hooks';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { decide, evolve, ideaStreamId, initialIdea, type Idea } from '../../libs/ideas/src/index';
import type { PersonalDataVault } from '../../libs/casework/src/index';
import { isOpen, type Appended } from './append';
import type { History } from './plan-history';

// The bulk path (the default): the same events as the writers' appends, streamed into the tables with COPY.

/** Events per transaction: each its own COPY of events and of the data keys sealed for them. */
const EVENTS_PER_TRANSACTION = 100_000;

/**
 * Folds the history through decide + evolve in simulated time order, as
 * appendHistory does (the same grouping: consecutive steps of one idea, at
 * most 20, count as one append), and writes the rows append_to_stream would
 * have written: events (global order = simulated time order), each idea's
 * data key (sealed as the submit handler does: key made in memory, its row
 * written with the events), and each stream's revision in event_streams once
 * the stream has all its events. One connection, one transaction per EVENTS_PER_TRANSACTION
 * events; PostgreSQL parses the rows while the next ones are folded.
 */
export async function copyHistory(pool: pg.Pool, vault: PersonalDataVault, history: History, log: (m: string) => void): Promise<Appended> {
  const { idea: orderIdea, step: orderStep } = history.order;
  // Steps still to write per idea: an idea's state is kept only until its last one, and its plan is let go then
  // (15M events are ~2.4M ideas: the plans and states of all of them at once would not fit in memory).
  const remaining = new Uint16Array(history.ideas.length);
  for (let i = 0; i < orderIdea.length; i++) remaining[orderIdea[i]]++;
  const states = new Map<number, { state: Idea; revision: number }>();
  let ideas = 0;
  let openAtEnd = 0;
  let appended = 0;
  let appends = 0;
  const started = performance.now();
  let lastReport = started;
  const client = await pool.connect();
  try {
    let i = 0;
    while (i < orderIdea.length) {
      await client.query('BEGIN');
      const events = client.query(copyFrom('COPY events (event_id, stream_id, stream_revision, type, data, metadata) FROM STDIN'));
      const keys: string[] = [];
      // Each stream's revision, as append_to_stream keeps it, written once the stream has all its events.
      const streams: string[] = [];
      let inTransaction = 0;
      let lines = '';
      while (i < orderIdea.length && inTransaction < EVENTS_PER_TRANSACTION) {
        const ideaIndex = orderIdea[i];
        const group = [orderStep[i++]];
        while (i < orderIdea.length && orderIdea[i] === ideaIndex && group.length < 20) group.push(orderStep[i++]);
        const idea = history.ideas[ideaIndex];
        const entry = states.get(ideaIndex) ?? { state: initialIdea(), revision: -1 };
        let { state, revision } = entry;
        const streamId = ideaStreamId(idea.id);
        for (const s of group) {
          const { actor } = idea.steps[s];
          let { command } = idea.steps[s];
          if (command.type === 'SubmitIdea' && idea.contact) {
            const key = vault.newKey(idea.id, { withEvents: true });
            command = { ...command, contact: await key.seal(idea.contact) };
            for (const { values } of key.statements()) keys.push(dataKeyLine(values ?? []));
          }
          for (const event of decide(command, state)) {
            state = evolve(state, event);
            const metadata = { correlationId: randomUUID(), causationId: null, actor, occurredAt: command.at, schemaVersion: 1 };
            lines += `${randomUUID()}\t${streamId}\t${++revision}\t${event.type}\t${copyText(JSON.stringify(event.data))}\t${copyText(JSON.stringify(metadata))}\n`;
            inTransaction++;
          }
        }
        appends++;
        remaining[ideaIndex] -= group.length;
        if (remaining[ideaIndex] > 0) states.set(ideaIndex, { state, revision });
        else {
          states.delete(ideaIndex);
          streams.push(`${streamId}\t${revision}\n`);
          ideas++;
          if (isOpen(state)) openAtEnd++;
          idea.steps.length = 0;
        }
        if (lines.length > 1 << 20) {
          if (!events.write(lines)) await once(events, 'drain');
          lines = '';
        }
      }
      events.end(lines);
      await finished(events);
      await copyRows(client, 'COPY submitter_data_keys (key_id, wrapped_key, master_key_id) FROM STDIN', keys);
      await copyRows(client, 'COPY event_streams (stream_id, revision) FROM STDIN', streams);
      await client.query('COMMIT');
      appended += inTransaction;

      const now = performance.now();
      if (now - lastReport > 2000 || i >= orderIdea.length) {
        lastReport = now;
        const rate = appended / ((now - started) / 1000);
        log(
          `${appended.toLocaleString('en')} / ${history.events.toLocaleString('en')} events, ${Math.round(rate)} events/s, ETA ${Math.round((history.events - appended) / rate)} s`,
        );
      }
    }
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
  return { appends, events: appended, ideas, openAtEnd };
}

async function copyRows(client: pg.PoolClient, statement: string, rows: readonly string[]): Promise<void> {
  if (rows.length === 0) return;
  const stream = client.query(copyFrom(statement));
  stream.end(rows.join(''));
  await finished(stream);
}

/** A value in COPY's text format: JSON has no raw tabs or newlines (it escapes them), so only its backslashes need doubling. */
const copyText = (value: string) => (value.includes('\\') ? value.replace(/\\/g, '\\\\') : value);

/** A submitter_data_keys row from the statement NewDataKey gives for it: key id, wrapped key (bytea, hex), master key id. */
function dataKeyLine(values: readonly unknown[]): string {
  const [keyId, wrapped, masterKeyId] = values as [string, Buffer, string | null];
  return `${copyText(keyId)}\t\\\\x${wrapped.toString('hex')}\t${masterKeyId === null ? '\\N' : copyText(masterKeyId)}\n`;
}
