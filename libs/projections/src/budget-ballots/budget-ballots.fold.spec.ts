import type { StoredEvent } from '@civic/event-store';
import { foldBallotRow } from './budget-ballots.fold';

const stored = (type: string, revision: number, data: Record<string, unknown>, streamId = 'budget-ballot-r1.v1'): StoredEvent =>
  ({ id: `e${revision}`, type, data, streamId, streamRevision: revision, metadata: {} }) as unknown as StoredEvent;
const cast = stored('BallotCast', 0, {
  roundId: 'r1',
  ballotId: 'v1',
  at: '2027-05-02T10:00:00.000Z',
  choices: ['a', 'b'],
  channel: 'online',
  votingPlace: null,
});
const changed = stored('BallotChanged', 1, { roundId: 'r1', ballotId: 'v1', at: '2027-05-03T10:00:00.000Z', choices: ['c'] });

describe('foldBallotRow', () => {
  it('keeps a ballot’s latest choices', () => {
    expect(foldBallotRow(foldBallotRow(null, cast), changed)).toEqual({
      round_id: 'r1',
      ballot_id: 'v1',
      choices: ['c'],
      channel: 'online',
      voting_place: null,
      cast_at: '2027-05-02T10:00:00.000Z',
      changed_at: '2027-05-03T10:00:00.000Z',
      age_check: null,
      stream_revision: 1,
    });
  });
  it('keeps how the voter’s age was known', () => {
    const verified = stored('BallotCast', 0, { ...(cast.data as Record<string, unknown>), ageCheck: 'identity-provider' });
    expect(foldBallotRow(null, verified)).toMatchObject({ age_check: 'identity-provider' });
    expect(foldBallotRow(foldBallotRow(null, verified), changed)).toMatchObject({ choices: ['c'], age_check: 'identity-provider' });
  });
  it('changes nothing for an event it has already applied', () => {
    const row = foldBallotRow(foldBallotRow(null, cast), changed);
    expect(foldBallotRow(row, cast)).toBe(row);
    expect(foldBallotRow(row, changed)).toBe(row);
  });
  it('ignores other streams and events', () => {
    expect(foldBallotRow(null, stored('BallotCast', 0, {}, 'idea-1'))).toBeNull();
    expect(foldBallotRow(null, stored('IdeaSubmitted', 0, {}))).toBeNull();
  });
  it('counts an online ballot only once confirmed, and a later confirmed ballot replaces it', () => {
    const requested = (revision: number, choices: string[]) =>
      stored('BallotRequested', revision, {
        roundId: 'r1',
        ballotId: 'v1',
        at: '2027-05-02T09:00:00.000Z',
        choices,
        method: 'email',
        voter: {},
        language: 'da',
      });
    expect(foldBallotRow(null, requested(0, ['a']))).toBeNull();
    const confirmed = foldBallotRow(null, { ...cast, streamRevision: 1 } as StoredEvent);
    expect(foldBallotRow(confirmed, requested(2, ['c']))).toBe(confirmed);
    const replaced = foldBallotRow(foldBallotRow(confirmed, requested(2, ['c'])), { ...changed, streamRevision: 3 } as StoredEvent);
    expect(replaced).toMatchObject({ choices: ['c'], stream_revision: 3 });
    expect(foldBallotRow(replaced, stored('VoterDataErased', 4, { roundId: 'r1', ballotId: 'v1', at: '2027-06-01T00:00:00.000Z', by: 's' }))).toBe(replaced);
  });
});
