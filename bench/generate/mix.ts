// The mix (weights are shares; they need not sum to 1)

export const CITIZEN_HOURS: readonly (readonly [number, number])[] = [
  0.2, 0.1, 0.05, 0.05, 0.05, 0.1, 0.3, 0.8, 1.4, 1.6, 1.6, 1.5, 1.4, 1.4, 1.4, 1.3, 1.2, 1.1, 1.1, 1.3, 1.5, 1.4, 1, 0.5,
].map((w, hour) => [hour, w] as const);
/** Fewer ideas in the summer holidays and at Christmas. */
export const MONTH_WEIGHT = [1.1, 1.05, 1.1, 1.05, 1, 0.9, 0.65, 0.85, 1.1, 1.1, 1.05, 0.8];

export const CATEGORY_WEIGHTS = [
  ['traffic', 18],
  ['roads', 10],
  ['parks-nature', 10],
  ['environment-climate', 8],
  ['schools-childcare', 8],
  ['health-elderly', 6],
  ['culture-leisure', 8],
  ['sports', 5],
  ['social', 6],
  ['employment', 3],
  ['city-development', 5],
  ['digital-services', 5],
  ['other', 8],
] as const;
export const DISTRICTS = [
  ['indre-by', 9, 55.68, 12.58],
  ['oesterbro', 13, 55.71, 12.58],
  ['noerrebro', 12, 55.695, 12.55],
  ['vesterbro-kongens-enghave', 12, 55.665, 12.54],
  ['valby', 9, 55.66, 12.51],
  ['vanloese', 6, 55.685, 12.49],
  ['broenshoej-husum', 7, 55.705, 12.49],
  ['bispebjerg', 9, 55.71, 12.53],
  ['amager-oest', 11, 55.66, 12.61],
  ['amager-vest', 12, 55.65, 12.57],
] as const;
/** Where a dispatcher sends ideas no rule routed. */
export const HAND_ROUTING: Record<string, readonly (readonly [string, number])[]> = {
  'digital-services': [
    ['ØKF', 6],
    ['BUF', 1],
    ['SUF', 1],
    ['BIF', 1],
    ['KFF', 1],
  ],
  other: [
    ['TMF', 4],
    ['ØKF', 2],
    ['KFF', 1.5],
    ['SOF', 1],
    ['BUF', 1],
    ['SUF', 1],
    ['BIF', 0.5],
  ],
};
/** The department that really owns a category, for re-routing a keyword rule's mistake. */
export const OWNER: Record<string, string> = {
  traffic: 'TMF',
  roads: 'TMF',
  'parks-nature': 'TMF',
  'environment-climate': 'TMF',
  'schools-childcare': 'BUF',
  'health-elderly': 'SUF',
  'culture-leisure': 'KFF',
  sports: 'KFF',
  social: 'SOF',
  employment: 'BIF',
  'city-development': 'ØKF',
  'digital-services': 'ØKF',
  other: 'TMF',
};
/** Slower or faster answers per department (multiplies the working days to answer). */
export const PACE: Record<string, number> = { ØKF: 1.1, BUF: 0.8, SUF: 0.9, KFF: 0.85, SOF: 1, TMF: 1.2, BIF: 0.9 };
export const DECISION_WEIGHTS = [
  ['accepted', 32],
  ['declined', 33],
  ['already-planned', 20],
  ['referred-to-council', 15],
] as const;
