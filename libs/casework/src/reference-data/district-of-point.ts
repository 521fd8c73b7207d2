import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';

/** A district's boundary as reference data keeps it: a GeoJSON geometry in WGS84, [longitude, latitude]. */
export interface DistrictBoundary {
  readonly code: string;
  readonly boundary: { type: 'Polygon' | 'MultiPolygon'; coordinates: unknown };
}

/** The first district whose boundary holds the point (edges count as inside), or null when none does. */
export function districtOfPoint(districts: readonly DistrictBoundary[], lat: number, lon: number): string | null {
  const point: [number, number] = [lon, lat];
  // The geometry's types are checked when boundaries are loaded; turf's own types want its GeoJSON classes.
  const found = districts.find(({ boundary }) => booleanPointInPolygon(point, boundary as Parameters<typeof booleanPointInPolygon>[1]));
  return found?.code ?? null;
}

/** Whether a value is a GeoJSON Polygon or MultiPolygon with closed rings of [lon, lat] pairs: what loading boundaries accepts. */
export function isDistrictBoundary(value: unknown): value is DistrictBoundary['boundary'] {
  if (typeof value !== 'object' || value === null) return false;
  const { type, coordinates } = value as { type?: unknown; coordinates?: unknown };
  const position = (p: unknown) => Array.isArray(p) && p.length >= 2 && p.every((n) => typeof n === 'number' && Number.isFinite(n));
  const ring = (r: unknown) => Array.isArray(r) && r.length >= 4 && r.every(position) && r[0][0] === r[r.length - 1][0] && r[0][1] === r[r.length - 1][1];
  const polygon = (p: unknown) => Array.isArray(p) && p.length >= 1 && p.every(ring);
  if (type === 'Polygon') return polygon(coordinates);
  if (type === 'MultiPolygon') return Array.isArray(coordinates) && coordinates.length >= 1 && coordinates.every(polygon);
  return false;
}
