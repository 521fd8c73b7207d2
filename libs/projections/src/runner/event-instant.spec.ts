import fc from 'fast-check';
import { eventInstant, isCanonicalIso, isoOf } from './event-instant';
import type { StoredEvent } from '@civic/event-store';

const slowIso = (at: string) => new Date(at).toISOString();
const eventAt = (at: unknown) => ({ data: { at }, recordedAt: new Date('2026-01-01T00:00:00.000Z') }) as unknown as StoredEvent;

describe('isoOf and eventInstant', () => {
  it('give what Date gives for any instant written by toISOString', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(0, 0, 1), max: Date.UTC(9999, 11, 31) }), (time) => {
        const at = new Date(time).toISOString();
        expect(isCanonicalIso(at)).toBe(true);
        expect(isoOf(at)).toBe(at);
        expect(eventInstant(eventAt(at))).toBe(at);
      }),
    );
  });

  it('leave to Date what is not its own ISO form: other forms, days a month lacks, 24:00, leap days of common years', () => {
    const others = [
      '2026-03-04T10:00:00Z',
      '2026-03-04T11:00:00.000+01:00',
      '2026-03-04',
      '2025-02-29T10:00:00.000Z',
      '2024-02-29T10:00:00.000Z',
      '2100-02-29T00:00:00.000Z',
      '2000-02-29T00:00:00.000Z',
      '2026-04-31T00:00:00.000Z',
      '2026-03-04T24:00:00.000Z',
      '2026-03-04T10:00:60.000Z',
      '2026-13-01T00:00:00.000Z',
      '2026-00-10T00:00:00.000Z',
      '2026-03-04T10:0a:00.000Z',
      '2026-03-04t10:00:00.000Z',
    ];
    for (const at of others) {
      const time = Date.parse(at);
      if (Number.isNaN(time)) {
        expect(() => isoOf(at)).toThrow(RangeError);
        expect(eventInstant(eventAt(at))).toBe('2026-01-01T00:00:00.000Z');
      } else {
        expect(isoOf(at)).toBe(slowIso(at));
        expect(eventInstant(eventAt(at))).toBe(slowIso(at));
      }
    }
    expect(isCanonicalIso('2024-02-29T10:00:00.000Z')).toBe(true);
    expect(isCanonicalIso('2025-02-29T10:00:00.000Z')).toBe(false);
    expect(eventInstant(eventAt(undefined))).toBe('2026-01-01T00:00:00.000Z');
    expect(eventInstant(eventAt(12))).toBe('2026-01-01T00:00:00.000Z');
  });
});
