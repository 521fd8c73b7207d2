import { randomUUID } from 'node:crypto';
import type { EventStore } from '@civic/event-store';
import { decide, foldIdea, type IdeaCommand, type IdeaEvent, ideaStreamId, isIdeaEvent } from '@civic/ideas';

/** Runs commands through the domain and appends what it decides, as the API's handlers do. */
export async function recordCommands(store: EventStore, ideaId: string, commands: readonly IdeaCommand[], actor = 'test'): Promise<void> {
  const stream = ideaStreamId(ideaId);
  const history: IdeaEvent[] = (await store.readStream(stream)).filter(isIdeaEvent);
  for (const command of commands) {
    const events = decide({ ...command, ideaId } as IdeaCommand, foldIdea(history));
    const metadata = { correlationId: randomUUID(), causationId: null, actor, occurredAt: command.at, schemaVersion: 1 };
    await store.appendToStream(
      stream,
      events.map((event) => ({ type: event.type, data: event.data, metadata })),
      {
        expectedRevision: history.length === 0 ? 'no_stream' : history.length - 1,
      },
    );
    history.push(...events);
  }
}
