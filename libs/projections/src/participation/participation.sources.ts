import type { StoredEvent } from '@civic/event-store';
import { ideaIdOfStream, toIdeaEvent } from '@civic/ideas';
import { isSignatureEvent, signatureOfStream } from '@civic/initiatives';
import { isSupportEvent, supportIdOfStream } from '@civic/supports';

/** Who takes part: the report's columns. */
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

/**
 * A citizen's idea, also one sent into a budget round as a proposal; not a funded proposal that the system
 * carries on as an idea (kind 'winner', or no kind in events from before proposals could be ideas): nobody
 * submitted that one, and its proposer took part in the round, not by sending in an idea.
 */
const submitters: ContributionSource = (stored) => {
  const event = toIdeaEvent(stored);
  if (!event || event.type !== 'IdeaSubmitted' || ideaIdOfStream(stored.streamId) === null) return [];
  const origin = event.data.budgetRound;
  if (origin && origin.kind !== 'proposal') return [];
  return [{ kind: 'submitter', district: event.data.district, at: event.data.at, delta: 1 }];
};

const supporters: ContributionSource = (stored) => {
  if (!isSupportEvent(stored) || supportIdOfStream(stored.streamId) === null) return [];
  if (stored.type === 'SupportConfirmed') return [{ kind: 'supporter', district: stored.data.district, at: stored.data.at, delta: 1 }];
  if (stored.type === 'SupportWithdrawn' && stored.data.confirmedAt !== null)
    return [{ kind: 'supporter', district: stored.data.district, at: stored.data.confirmedAt, delta: -1 }];
  return [];
};

/** A confirmed signature of a citizen initiative, by e-mail link or verified identity: a signer in the district they stated. */
const signers: ContributionSource = (stored) => {
  if (!isSignatureEvent(stored) || signatureOfStream(stored.streamId) === null || stored.type !== 'SignatureConfirmed') return [];
  return [{ kind: 'signer', district: stored.data.district, at: stored.data.at, delta: 1 }];
};

/** Every kind of event that counts as taking part. */
export const CONTRIBUTION_SOURCES: readonly ContributionSource[] = [submitters, supporters, signers];

export function contributionsOf(event: StoredEvent, sources: readonly ContributionSource[] = CONTRIBUTION_SOURCES): Contribution[] {
  return sources.flatMap((source) => source(event));
}
