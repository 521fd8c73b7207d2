import { InMemoryRoutingCounts, suggestDepartment } from './routing-model.classifier';
import { ideaFeatures, textFeatures } from './routing-model.features';

describe('routing features', () => {
  it('folds accents as unaccent does, drops stop words, numbers, short words and masked personal data', () => {
    expect(textFeatures('Bænke ved Søerne og 12 nye træer, ring 12 34 56 78 eller karen@example.dk')).toEqual([
      'baenke',
      'ved',
      'soerne',
      'nye',
      'traeer',
      'ring',
    ]);
    expect(ideaFeatures({ title: 'Cykelsti', description: 'cykelsti', category: 'traffic', district: 'valby' })).toEqual([
      'category:traffic',
      'cykelsti',
      'district:valby',
    ]);
  });
});

describe('naive Bayes routing suggestion', () => {
  const counts = new InMemoryRoutingCounts();
  for (let i = 0; i < 6; i++) counts.add('TMF', ['cykelsti', 'vej', 'category:traffic']);
  for (let i = 0; i < 3; i++) counts.add('KFF', ['bibliotek', 'vej', 'category:culture']);

  it('names the likeliest department, its confidence and the words for it against the runner-up', () => {
    const suggestion = suggestDepartment(['cykelsti', 'vej', 'ukendt'], counts)!;
    expect(suggestion.department).toBe('TMF');
    expect(suggestion.confidence).toBeGreaterThan(0.9);
    // "cykelsti" weighs most; "vej" is about as common in both; "ukendt" was never seen and weighs nothing.
    expect(suggestion.reasons[0].feature).toBe('cykelsti');
    expect(suggestion.reasons[0].weight).toBeGreaterThan(1);
    expect(suggestion.reasons.map((r) => r.feature)).not.toContain('ukendt');
    expect(suggestion.reasons.find((r) => r.feature === 'vej')?.weight ?? 0).toBeLessThan(0.2);
    expect(suggestion.ranking.reduce((sum, r) => sum + r.confidence, 0)).toBeCloseTo(1, 2);
  });

  it('falls back on how often each department is right when no feature is known, and says nothing without examples', () => {
    expect(suggestDepartment(['ukendt'], counts)).toMatchObject({ department: 'TMF', confidence: 0.667, reasons: [] });
    expect(suggestDepartment(['cykelsti'], new InMemoryRoutingCounts())).toBeNull();
  });

  it('unlearns what it is told to take back', () => {
    const c = new InMemoryRoutingCounts();
    c.add('TMF', ['a1']);
    c.add('TMF', ['a1'], -1);
    expect(c.departments.size).toBe(0);
    expect(c.vocabulary).toBe(0);
  });
});
