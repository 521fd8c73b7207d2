import { DISTRICT_BOUNDARIES } from './copenhagen-boundaries.data';
import { districtOfPoint, isDistrictBoundary } from './district-of-point';

const COPENHAGEN = Object.entries(DISTRICT_BOUNDARIES).map(([code, boundary]) => ({ code, boundary }));

describe('districtOfPoint', () => {
  it.each([
    ['Rådhuspladsen', 55.6761, 12.5683, 'indre-by'],
    ['Amagerbrogade', 55.661, 12.605, 'amager-oest'],
    ['Valby Langgade', 55.662, 12.5, 'valby'],
    ['Fælledparken', 55.7, 12.57, 'oesterbro'],
  ])('places %s in its district', (_, lat, lon, district) => expect(districtOfPoint(COPENHAGEN, lat, lon)).toBe(district));

  it('places a point outside every district nowhere', () => {
    expect(districtOfPoint(COPENHAGEN, 55.4, 12.1)).toBeNull();
    expect(districtOfPoint([], 55.6761, 12.5683)).toBeNull();
  });

  it('reads a MultiPolygon too', () => {
    const square = (x: number, y: number) => [
      [
        [x, y],
        [x + 1, y],
        [x + 1, y + 1],
        [x, y + 1],
        [x, y],
      ],
    ];
    const islands = [{ code: 'islands', boundary: { type: 'MultiPolygon' as const, coordinates: [square(0, 0), square(10, 10)] } }];
    expect(districtOfPoint(islands, 10.5, 10.5)).toBe('islands');
    expect(districtOfPoint(islands, 5, 5)).toBeNull();
  });
});

describe('isDistrictBoundary', () => {
  it('accepts the demo boundaries', () => expect(Object.values(DISTRICT_BOUNDARIES).every(isDistrictBoundary)).toBe(true));

  it.each([
    ['a point', { type: 'Point', coordinates: [12.5, 55.6] }],
    [
      'an open ring',
      {
        type: 'Polygon',
        coordinates: [
          [
            [0, 0],
            [1, 0],
            [1, 1],
            [0, 1],
          ],
        ],
      },
    ],
    [
      'text for a coordinate',
      {
        type: 'Polygon',
        coordinates: [
          [
            ['0', 0],
            [1, 0],
            [1, 1],
            ['0', 0],
          ],
        ],
      },
    ],
    ['nothing', null],
  ])('refuses %s', (_, value) => expect(isDistrictBoundary(value)).toBe(false));
});
