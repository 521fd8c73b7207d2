import 'reflect-metadata';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { previewOpenApiDocument } from './preview-document';
import { describeProblem, type RedoclyProblem } from './redocly-problems';

/**
 * `npm run lint:openapi`: builds the OpenAPI document without a server, lints
 * it with Redocly's recommended rules (redocly.yaml) and checks that the
 * client types generated from it (test/support/civic-api.generated.ts) are up
 * to date. `--write` rewrites the types instead of comparing; `--print` only
 * prints the document.
 */
const ROOT = path.resolve(__dirname, '../../../..');
const TYPES_FILE = path.join(ROOT, 'test/support/civic-api.generated.ts');

async function main(args: string[]): Promise<number> {
  const document = await previewOpenApiDocument();
  const text = JSON.stringify(document, null, 2) + '\n';
  if (args.includes('--print')) {
    process.stdout.write(text);
    return 0;
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'civic-openapi-'));
  try {
    const file = path.join(dir, 'openapi.json');
    writeFileSync(file, text);
    const lintFailed = lint(file);
    const typesFailed = await checkTypes(document, args.includes('--write'));
    return lintFailed || typesFailed ? 1 : 0;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Every error and warning fails: a warning we accept goes in .redocly.lint-ignore.yaml with the reason beside it. */
function lint(file: string): boolean {
  const redocly = path.join(ROOT, 'node_modules/.bin/redocly');
  const result = spawnSync(redocly, ['lint', file, '--config', path.join(ROOT, 'redocly.yaml'), '--format=json'], { encoding: 'utf8', cwd: ROOT });
  let problems: RedoclyProblem[];
  try {
    problems = (JSON.parse(result.stdout) as { problems: RedoclyProblem[] }).problems;
  } catch {
    console.error(`redocly lint did not answer in JSON (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
    return true;
  }
  const shown = problems.filter((problem) => !(problem as { ignored?: boolean }).ignored);
  for (const problem of shown) console.error(describeProblem(problem));
  const errors = shown.filter((problem) => problem.severity === 'error').length;
  console.log(`OpenAPI document (Redocly recommended rules): ${errors} errors, ${shown.length - errors} warnings`);
  return shown.length > 0;
}

async function checkTypes(document: object, write: boolean): Promise<boolean> {
  const { default: openapiTS, astToString } = await import('openapi-typescript');
  const generated =
    '// Generated from the OpenAPI document by `npm run openapi:types` (openapi-typescript); do not edit.\n' +
    astToString(await openapiTS(document as Parameters<typeof openapiTS>[0]));
  const formatted = await formatLikeTheRest(generated);
  if (write) {
    writeFileSync(TYPES_FILE, formatted);
    console.log(`Wrote ${path.relative(ROOT, TYPES_FILE)}`);
    return false;
  }
  let current = '';
  try {
    current = readFileSync(TYPES_FILE, 'utf8');
  } catch {
    // missing: reported below
  }
  if (current === formatted) return false;
  console.error(`${path.relative(ROOT, TYPES_FILE)} does not match the document: run npm run openapi:types and commit it`);
  return true;
}

async function formatLikeTheRest(source: string): Promise<string> {
  const prettier = await import('prettier');
  return prettier.format(source, { ...(await prettier.resolveConfig(TYPES_FILE)), filepath: TYPES_FILE });
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
