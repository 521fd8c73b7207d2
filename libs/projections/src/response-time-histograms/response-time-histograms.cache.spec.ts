import { CellValuesCache } from './response-time-histograms.cache';

const values = (...hours: number[]) => ({ hours: Float64Array.from(hours), openDue: new Float64Array(0) });

describe('CellValuesCache', () => {
  it("holds each cell's last version read, by dimension, and forgets all when the table (generation) changes", () => {
    const cache = new CellValuesCache();
    expect(cache.snapshot('cells_g1', 'department')).toEqual(new Map());
    cache.set('cells_g1', 'department', '2026-03', 'TMF', '901', values(1, 2));
    cache.set('cells_g1', 'department', '2026-03', 'TMF', '905', values(1, 2, 3)); // a newer version replaces it
    cache.set('cells_g1', 'category', '2026-03', 'roads', '905', values(4));
    expect([...cache.snapshot('cells_g1', 'department').keys()]).toEqual(['2026-03|TMF|905']);
    expect(Array.from(cache.snapshot('cells_g1', 'department').get('2026-03|TMF|905')!.hours)).toEqual([1, 2, 3]);
    expect([...cache.snapshot('cells_g2', 'department').keys()]).toEqual([]);
    cache.set('cells_g1', 'department', '2026-03', 'TMF', '905', values(1)); // read under the old table's name: not kept
    expect([...cache.snapshot('cells_g2', 'category').keys()]).toEqual([]);
  });

  it('lets the least recently used cells go beyond its bound', () => {
    const cache = new CellValuesCache(4);
    cache.snapshot('t', 'all'); // a report starts by asking what it holds
    cache.set('t', 'all', '2026-01', '', '1', values(1, 2));
    cache.set('t', 'all', '2026-02', '', '2', values(1, 2));
    cache.touch('all', '2026-01', '');
    cache.set('t', 'all', '2026-03', '', '3', values(1)); // 5 values: February goes
    expect([...cache.snapshot('t', 'all').keys()].sort()).toEqual(['2026-01||1', '2026-03||3']);
  });
});
