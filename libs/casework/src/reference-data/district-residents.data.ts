/**
 * Residents per district of the demo municipality: approximate figures for
 * Copenhagen's ten districts, rounded to thousands (demo data; a municipality
 * sets its own in the districts table). The base of a citizen initiative's
 * percentage threshold, and the participation report's reference for "the
 * whole city".
 */
export const DISTRICT_RESIDENTS: Readonly<Record<string, number>> = {
  'indre-by': 57_000,
  oesterbro: 84_000,
  noerrebro: 80_000,
  'vesterbro-kongens-enghave': 79_000,
  valby: 64_000,
  vanloese: 41_000,
  'broenshoej-husum': 46_000,
  bispebjerg: 56_000,
  'amager-oest': 63_000,
  'amager-vest': 84_000,
};
