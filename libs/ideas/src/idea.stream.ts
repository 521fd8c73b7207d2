/** Every idea's events are in a stream of its own: `idea-<uuid>`. */
export const IDEA_STREAM_PREFIX = 'idea-';

export function ideaStreamId(ideaId: string): string {
  return IDEA_STREAM_PREFIX + ideaId;
}

/** The idea whose stream this is, or null for a stream of another kind. */
export function ideaIdOfStream(streamId: string): string | null {
  return streamId.startsWith(IDEA_STREAM_PREFIX) ? streamId.slice(IDEA_STREAM_PREFIX.length) : null;
}
