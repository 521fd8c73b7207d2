import { participationFigures } from './participation.figures';
import { CONTRIBUTION_SOURCES, contributionsOf } from './participation.sources';

const district = (code: string, residents: number | null, submitter: number, supporter: number, signer = 0) => ({
  code,
  name: code,
  residents,
  counts: { submitter, supporter, signer },
});

describe('Participation against the residents (worked by hand)', () => {
  // 100,000 residents: 50 % in A, 30 % in B, 20 % in C; 7 participants: 2 in A, 4 in B, 1 in C.
  const figures = participationFigures([district('A', 50_000, 1, 1), district('B', 30_000, 2, 2), district('C', 20_000, 1, 0), district('D', null, 0, 0)]);

  it('gives each district its share of residents and of participants, and their ratio', () => {
    expect(
      figures.map(({ code, residentShare, participants, participantShare, index }) => ({ code, residentShare, participants, participantShare, index })),
    ).toEqual([
      { code: 'A', residentShare: 0.5, participants: 2, participantShare: 0.2857, index: 0.57 },
      { code: 'B', residentShare: 0.3, participants: 4, participantShare: 0.5714, index: 1.9 },
      { code: 'C', residentShare: 0.2, participants: 1, participantShare: 0.1429, index: 0.71 },
      { code: 'D', residentShare: null, participants: 0, participantShare: 0, index: null },
    ]);
  });

  it('names the over- and under-represented districts (at 1.25 and 0.8 times their share)', () => {
    expect(figures.map((d) => [d.code, d.representation])).toEqual([
      ['A', 'under'],
      ['B', 'over'],
      ['C', 'under'],
      ['D', 'unknown'],
    ]);
    expect(participationFigures([district('E', 60, 3, 0), district('F', 40, 2, 0)]).map((d) => d.representation)).toEqual(['fair', 'fair']);
  });

  it('has nothing to weigh before anybody took part', () =>
    expect(participationFigures([district('A', 10, 0, 0)])[0]).toMatchObject({ participantShare: 0, index: null, representation: 'unknown' }));

  it('counts a withdrawn support off the instant it was counted, and an unconfirmed one never', () => {
    const stored = (type: string, data: object) => ({ type, data, streamId: 'support-x' }) as never;
    expect(CONTRIBUTION_SOURCES).toHaveLength(3);
    expect(contributionsOf(stored('SupportRequested', { district: 'A', at: 't0' }))).toEqual([]);
    expect(contributionsOf(stored('SupportConfirmed', { district: 'A', at: 't1' }))).toEqual([{ kind: 'supporter', district: 'A', at: 't1', delta: 1 }]);
    expect(contributionsOf(stored('SupportWithdrawn', { district: 'A', at: 't2', confirmedAt: 't1' }))).toEqual([
      { kind: 'supporter', district: 'A', at: 't1', delta: -1 },
    ]);
    expect(contributionsOf(stored('SupportWithdrawn', { district: 'A', at: 't2', confirmedAt: null }))).toEqual([]);
  });

  it('counts a citizen initiative’s signer once the signature is confirmed, in the district stated', () => {
    const stream = 'signature-3f0c2b1e-7a5d-4c1b-9a43-2d8e6f1a0b7c.signerkey';
    const stored = (type: string, data: object) => ({ type, data, streamId: stream }) as never;
    expect(contributionsOf(stored('SignatureRequested', { district: 'A', at: 't0' }))).toEqual([]);
    expect(contributionsOf(stored('SignatureConfirmed', { district: 'A', at: 't1' }))).toEqual([{ kind: 'signer', district: 'A', at: 't1', delta: 1 }]);
    // Erasing the signer's data erases a person, not the fact that somebody from A signed.
    expect(contributionsOf(stored('SignerDataErased', { at: 't2' }))).toEqual([]);
  });
});
