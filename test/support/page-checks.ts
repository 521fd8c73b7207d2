import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';

/** WCAG 2.1 A and AA, as the Web Accessibility Directive asks. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** axe-core itself (the engine @axe-core/playwright wraps), put into each page the checks ask about. */
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

/** What axe-core puts on the page's global object (the tests compile without the DOM's types). */
interface PageWithAxe {
  axe: { run: (context: unknown, options: object) => Promise<{ violations: AxeViolation[] }> };
  document: unknown;
}

/**
 * axe-core's violations on the page as it stands, one line each (empty when it passes). Run in the page itself:
 * @axe-core/playwright runs every frame apart and finishes in a page of its own, which doubled the time of each check,
 * and our pages have no frames.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in globalThis))) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate((tags) => {
    const { axe, document } = globalThis as unknown as PageWithAxe;
    // Violations only: axe skips collecting every passing node, which is most of its time.
    return axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }).then((results) => results.violations);
  }, WCAG_TAGS);
  return violations.flatMap((violation) =>
    violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')} — ${node.failureSummary ?? violation.help}`),
  );
}

/**
 * The Nu HTML Checker (vnu-jar, on Java) over many pages at once: it takes
 * seconds to start, so every page is checked in one run. Errors only, one
 * line each, named by the page's label.
 */
export async function htmlErrors(pages: ReadonlyMap<string, string>): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'vnu-'));
  try {
    const files = [...pages].map(([label, html], i) => {
      const file = join(dir, `${String(i).padStart(3, '0')}-${label.replace(/[^a-z0-9]+/gi, '-')}.html`);
      writeFileSync(file, html);
      return file;
    });
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- vnu-jar is CommonJS: its export is the jar's path
    const jar = require('vnu-jar') as string;
    const { stderr } = await promisify(execFile)('java', ['-jar', jar, '--errors-only', '--format', 'json', ...files], { maxBuffer: 32 * 1024 * 1024 }).catch(
      (error: { stderr?: string; stdout?: string }) => ({ stderr: error.stderr ?? '', stdout: error.stdout ?? '' }),
    );
    const { messages } = JSON.parse(stderr || '{"messages":[]}') as { messages: { url: string; message: string; extract?: string; lastLine?: number }[] };
    return messages.map(
      ({ url, message, lastLine, extract }) => `${url.replace(/^.*\//, '')}:${lastLine ?? '?'}: ${message} ${extract ? `(${extract.trim()})` : ''}`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
