import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

// The repository's own eslint.config.mjs, run on made-up files: the rule that keeps the apps apart must fire on an import
// across apps (or from a lib or a benchmark into an app) and stay quiet on an import through a lib's @civic/* alias.
// ESLint loads its config with import(), which jest's module sandbox refuses: the lint runs in a plain Node process.

const root = path.resolve(__dirname, '..');

interface Case {
  filePath: string;
  code: string;
}

function lint(cases: Case[]): string[][] {
  const script = `
    const { ESLint } = require('eslint');
    const cases = JSON.parse(require('fs').readFileSync(0, 'utf8'));
    const eslint = new ESLint({ cwd: process.cwd(), overrideConfigFile: 'eslint.config.mjs' });
    Promise.all(cases.map((c) => eslint.lintText(c.code, { filePath: c.filePath, warnIgnored: true }))).then((results) => {
      process.stdout.write(JSON.stringify(results.map(([r]) => r.messages.map((m) => (m.ruleId ?? 'fatal') + ': ' + m.message))));
    });`;
  const run = spawnSync(process.execPath, ['-e', script], { cwd: root, input: JSON.stringify(cases), encoding: 'utf8', timeout: 50_000 });
  if (run.status !== 0) throw new Error(`eslint did not run: ${run.stderr || run.error}`);
  return JSON.parse(run.stdout);
}

// Imports of the apps' entry points (package.json starts them, so they stay put): the rule judges only files that exist.
const entryPoints = ['apps/api/main.ts', 'apps/worker/main.ts', 'apps/tools/issue-token.ts', 'libs/casework/src/index.ts'];

const forbidden: Array<[string, Case]> = [
  [
    'the worker importing the api',
    { filePath: 'apps/worker/src/x.ts', code: "import { bootstrap } from '../../api/main';\nexport const start = bootstrap;\n" },
  ],
  [
    'the api importing the worker',
    { filePath: 'apps/api/src/x.ts', code: "import { bootstrap } from '../../worker/main';\nexport const start = bootstrap;\n" },
  ],
  [
    'a type-only import from another app',
    { filePath: 'apps/api/src/x.ts', code: "import type { Token } from '../../tools/issue-token';\nexport type Issued = Token;\n" },
  ],
  ['a re-export from another app', { filePath: 'apps/tools/x.ts', code: "export { bootstrap } from '../api/main';\n" }],
  ['a dynamic import of another app', { filePath: 'apps/tools/x.ts', code: "export const load = () => import('../worker/main');\n" }],
  [
    'a lib importing an app',
    { filePath: 'libs/casework/src/x.ts', code: "import { bootstrap } from '../../../apps/api/main';\nexport const start = bootstrap;\n" },
  ],
  ['a benchmark importing an app', { filePath: 'bench/x.ts', code: "import { bootstrap } from '../apps/worker/main';\nexport const start = bootstrap;\n" }],
];

const allowed: Array<[string, Case]> = [
  [
    'an app importing a lib through its alias',
    { filePath: 'apps/worker/src/x.ts', code: "import { IdeaRepository } from '@civic/casework';\nexport const repository = IdeaRepository;\n" },
  ],
  ['an app importing its own files', { filePath: 'apps/api/src/x.ts', code: "import { bootstrap } from '../main';\nexport const start = bootstrap;\n" }],
  ['an e2e test importing an app', { filePath: 'test/x.ts', code: "import { bootstrap } from '../apps/api/main';\nexport const start = bootstrap;\n" }],
];

describe('the lint rule that keeps the apps apart', () => {
  it.each(entryPoints)('has %s to import', (file) => {
    expect(existsSync(path.join(root, file))).toBe(true);
  });

  const results = lint([...forbidden, ...allowed].map(([, c]) => c));

  it.each(forbidden.map(([name], i) => [name, i] as const))('reports %s', (_name, i) => {
    expect(results[i]).toEqual([expect.stringMatching(/^import-x\/no-restricted-paths: Unexpected path .* imported in restricted zone/)]);
  });

  it.each(allowed.map(([name], i) => [name, forbidden.length + i] as const))('allows %s', (_name, i) => {
    expect(results[i]).toEqual([]);
  });
});
