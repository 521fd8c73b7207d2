export const IDEA_STREAM_PREFIX = 'idea-';

export function ideaStreamId(ideaId: string): string {
  return IDEA_STREAM_PREFIX + ideaId;
}
