/**
 * APPROXIMATE boundaries of Copenhagen's ten districts for the demo: rough
 * rectangles around each district (WGS84, [longitude, latitude]), good enough
 * to place a point near its centre, not the official lines. A municipality
 * loads its real ones with `npm run districts:load-boundaries -- file.geojson`.
 */
const box = (west: number, south: number, east: number, north: number) => ({
  type: 'Polygon' as const,
  coordinates: [
    [
      [west, south],
      [east, south],
      [east, north],
      [west, north],
      [west, south],
    ],
  ],
});

export const DISTRICT_BOUNDARIES: Readonly<Record<string, ReturnType<typeof box>>> = {
  'indre-by': box(12.555, 55.67, 12.6, 55.692),
  oesterbro: box(12.565, 55.692, 12.61, 55.725),
  noerrebro: box(12.53, 55.685, 12.565, 55.705),
  'vesterbro-kongens-enghave': box(12.52, 55.645, 12.555, 55.685),
  valby: box(12.475, 55.645, 12.52, 55.68),
  vanloese: box(12.47, 55.68, 12.53, 55.7),
  'broenshoej-husum': box(12.46, 55.7, 12.51, 55.725),
  bispebjerg: box(12.51, 55.705, 12.565, 55.73),
  'amager-oest': box(12.6, 55.62, 12.65, 55.67),
  'amager-vest': box(12.555, 55.61, 12.6, 55.67),
};

/** Open311 service attributes: the extra fields a category asks for (GeoReport v2 service definitions). */
export const CATEGORY_OPEN311_ATTRIBUTES: Readonly<Record<string, readonly object[]>> = {
  roads: [
    {
      variable: true,
      code: 'surface',
      datatype: 'singlevaluelist',
      required: true,
      datatype_description: null,
      order: 1,
      description: 'Where is the problem?',
      values: [
        { key: 'road', name: 'Vejbane' },
        { key: 'pavement', name: 'Fortov' },
        { key: 'cycle-path', name: 'Cykelsti' },
      ],
    },
  ],
};
