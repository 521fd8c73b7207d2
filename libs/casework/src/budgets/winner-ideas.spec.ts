import { fundedAnswer, winnerIdeaId } from './winner-ideas';

const ROUND = '11111111-2222-4333-8444-555555555555';

describe('The idea a funded proposal becomes', () => {
  it('has an id derived from the round and the proposal alone: the same every time, another for another winner', () => {
    const id = winnerIdeaId(ROUND, 'p-1');
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(winnerIdeaId(ROUND, 'p-1')).toBe(id);
    expect(winnerIdeaId(ROUND, 'p-2')).not.toBe(id);
    expect(winnerIdeaId('99999999-2222-4333-8444-555555555555', 'p-1')).not.toBe(id);
  });

  it('is answered in the idea’s language, naming the round', () => {
    expect(fundedAnswer('en', 'Green Nørrebro 2027')).toContain('Funded by the participatory budget "Green Nørrebro 2027"');
    expect(fundedAnswer('da', 'Grønt Nørrebro')).toContain('borgerbudgettet "Grønt Nørrebro"');
  });
});
