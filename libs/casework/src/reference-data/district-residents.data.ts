/** Demo reference data: residents of Copenhagen's districts (rounded, 2024), the base of a percentage threshold for initiatives. */
export const DISTRICT_RESIDENTS: Readonly<Record<string, number>> = {
  'indre-by': 57_000,
  oesterbro: 80_000,
  noerrebro: 79_000,
  'vesterbro-kongens-enghave': 80_000,
  valby: 63_000,
  vanloese: 41_000,
  'broenshoej-husum': 45_000,
  bispebjerg: 56_000,
  'amager-oest': 63_000,
  'amager-vest': 86_000,
};
