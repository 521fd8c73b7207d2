import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';

/** One value of one measure for one category (a department, a month…). */
export interface ChartDatum {
  readonly category: string;
  readonly measure: string;
  readonly value: number;
}

const WIDTH = 720;

/**
 * Charts rendered on the server as SVG by Observable Plot, with linkedom as
 * its DOM: no script runs in the browser. Each measure gets a panel of its
 * own (a facet with its name), so nothing is told by colour alone; the page
 * puts the same numbers in a table beside it.
 */
export function barChartSvg(data: readonly ChartDatum[], options: { label: string; unit: string; locale: string }): string {
  const categories = [...new Set(data.map((datum) => datum.category))];
  const measures = [...new Set(data.map((datum) => datum.measure))];
  // All zeros (nothing answered yet) would otherwise give an empty domain, drawn as full bars.
  const max = Math.max(1, ...data.map((datum) => datum.value));
  const { document } = parseHTML('<!DOCTYPE html><html><body></body></html>');
  const chart = Plot.plot({
    document: document as never,
    width: WIDTH,
    height: Math.max(120, categories.length * measures.length * 22 + measures.length * 40),
    marginLeft: 200,
    marginRight: 160,
    style: { fontSize: '13px' } as unknown as string,
    x: { label: options.unit, grid: true, domain: [0, max * 1.1], tickFormat: (value: number) => value.toLocaleString(options.locale) },
    y: { label: null, domain: categories },
    fy: { label: null, domain: measures },
    marks: [
      Plot.barX(data as ChartDatum[], { x: 'value', y: 'category', fy: 'measure', fill: '#00548a' }),
      Plot.text(data as ChartDatum[], {
        x: 'value',
        y: 'category',
        fy: 'measure',
        text: (datum: ChartDatum) => datum.value.toLocaleString(options.locale),
        dx: 4,
        textAnchor: 'start',
        fill: '#1b1b1b',
      }),
      Plot.ruleX([0]),
    ],
  });
  return accessibleSvg(chart.outerHTML, options.label);
}

/** A line per measure over months, each measure in its own panel. */
export function lineChartSvg(data: readonly ChartDatum[], options: { label: string; unit: string; locale: string }): string {
  const measures = [...new Set(data.map((datum) => datum.measure))];
  const { document } = parseHTML('<!DOCTYPE html><html><body></body></html>');
  const chart = Plot.plot({
    document: document as never,
    width: WIDTH,
    height: 80 + measures.length * 110,
    marginLeft: 60,
    marginRight: 160,
    x: { label: null, type: 'point' },
    y: { label: options.unit, grid: true, zero: true },
    fy: { label: null, domain: measures },
    marks: [
      Plot.lineY(data as ChartDatum[], { x: 'category', y: 'value', fy: 'measure', stroke: '#00548a', strokeWidth: 2 }),
      Plot.dot(data as ChartDatum[], { x: 'category', y: 'value', fy: 'measure', fill: '#00548a' }),
    ],
  });
  return accessibleSvg(chart.outerHTML, options.label);
}

/**
 * The chart as one image to assistive technology (role="img" and its label;
 * the table beside it has the numbers), without Plot's aria-label on groups
 * (axe flags them) and without inline styles, which the pages' CSP forbids.
 */
function accessibleSvg(svg: string, label: string): string {
  return (
    svg
      .replace(/<style>[\s\S]*?<\/style>/g, '')
      .replace(/\sstyle="[^"]*"/g, '')
      // Valid CSS but not an SVG attribute value the HTML checker accepts.
      .replace(/\sfont-variant="tabular-nums"/g, '')
      .replace(/(<g[^>]*?)\saria-label="[^"]*"/g, '$1')
      .replace(/^<svg/, `<svg role="img" aria-label="${escapeAttribute(label)}"`)
  );
}

function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}
