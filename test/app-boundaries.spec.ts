import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const ROOT = resolve(__dirname, '..');
const APPS = join(ROOT, 'apps');

/**
 * No app imports another (what every app runs lives in libs/). ESLint's
 * import-x/no-restricted-paths enforces it too, but passes over an import it
 * cannot resolve; this plain reading of every file under apps/ does not.
 */
describe('app boundaries', () => {
  it('no file under apps/X imports from apps/Y', () => {
    expect(crossAppImports()).toEqual([]);
  });

  it('sees an import across apps (the check itself works)', () => {
    expect(importsOf("import { x } from '../../worker/src/a';\nconst y = require('../api/b');\nawait import('./c');")).toEqual([
      '../../worker/src/a',
      '../api/b',
      './c',
    ]);
  });
});

function crossAppImports(): string[] {
  const edges: string[] = [];
  for (const file of typeScriptFiles(APPS)) {
    const app = relative(APPS, file).split('/')[0];
    for (const specifier of importsOf(readFileSync(file, 'utf8'))) {
      if (!specifier.startsWith('.')) continue;
      const target = relative(ROOT, resolve(dirname(file), specifier));
      const [top, targetApp] = target.split('/');
      if (top === 'apps' && targetApp !== app) edges.push(`${relative(ROOT, file)} -> ${target}`);
    }
  }
  return edges.sort();
}

function importsOf(source: string): string[] {
  return [...source.matchAll(/(?:\bfrom\s+|\bimport\s*\(\s*|\brequire\s*\(\s*|^\s*import\s+)['"]([^'"]+)['"]/gm)].map((match) => match[1]);
}

function typeScriptFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? typeScriptFiles(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );
}
