import type { StoredEvent } from '@civic/event-store';
import { ideaIdOfStream, toIdeaEvent } from '@civic/ideas';
import { isSupportEvent, supportIdOfStream } from '@civic/supports';

/** Who takes part: the report's columns. 'signer' is counted once citizen initiatives add their source below. */
export const PARTICIPANT_KINDS = ['submitter', 'supporter', 'signer'] as const;
export type ParticipantKind = (typeof PARTICIPANT_KINDS)[number];

/** One act of taking part, or its undoing (-1), in a district at an instant: no person, nothing erasure would have to find. */
export interface Contribution {
  readonly kind: ParticipantKind;
  /** null: the citizen did not say. */
  readonly district: string | null;
  /** When it counts (a withdrawn support is taken off the instant it was counted). */
  readonly at: string;
  readonly delta: 1 | -1;
}

export type ContributionSource = (event: StoredEvent) => Contribution[];

const submitters: ContributionSource = (stored) => {
  const event = toIdeaEvent(stored);
  if (!event || event.type !== 'IdeaSubmitted' || ideaIdOfStream(stored.streamId) === null) return [];
  return [{ kind: 'submitter', district: event.data.district, at: event.data.at, delta: 1 }];
};

const supporters: ContributionSource = (stored) => {
  if (!isSupportEvent(stored) || supportIdOfStream(stored.streamId) === null) return [];
  if (stored.type === 'SupportConfirmed') return [{ kind: 'supporter', district: stored.data.district, at: stored.data.at, delta: 1 }];
  if (stored.type === 'SupportWithdrawn' && stored.data.confirmedAt !== null)
    return [{ kind: 'supporter', district: stored.data.district, at: stored.data.confirmedAt, delta: -1 }];
  return [];
};

/**
 * Every kind of event that counts as taking part. The hook for citizen
 * initiatives: add a source that turns a confirmed signature into
 * `{ kind: 'signer', district, at, delta: 1 }` (and a withdrawn one into -1).
 */
export const CONTRIBUTION_SOURCES: readonly ContributionSource[] = [submitters, supporters];

export function contributionsOf(event: StoredEvent, sources: readonly ContributionSource[] = CONTRIBUTION_SOURCES): Contribution[] {
  return sources.flatMap((source) => source(event));
}
