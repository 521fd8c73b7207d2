// Defined once, with the domain: every idea's events are in `idea-<uuid>`.
export { IDEA_STREAM_PREFIX, ideaStreamId } from '@civic/ideas';
