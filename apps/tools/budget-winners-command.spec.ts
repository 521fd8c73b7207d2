import { join } from 'node:path';
import { runBudgetWinners } from './budget-winners-command';

const FIXTURES = join(__dirname, '../../test/fixtures/budgets');

function run(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = runBudgetWinners(argv, { stdout: { write: (text: string) => (stdout += text) }, stderr: { write: (text: string) => (stderr += text) } });
  return { code, stdout, stderr };
}

describe('budget:winners', () => {
  it('prints one JSON line with the winners in funding order and their total cost', () => {
    const { code, stdout } = run(join(FIXTURES, 'netherlands_amsterdam_2022_west.pb'), '--rule', 'equal-shares', '--completion', 'add1');
    expect(code).toBe(0);
    expect(stdout.endsWith('\n')).toBe(true);
    expect(stdout.trim().split('\n')).toHaveLength(1);
    const line = JSON.parse(stdout);
    expect(Object.keys(line)).toEqual(['winners', 'totalCost']);
    expect(line.winners.slice(0, 3)).toEqual(['44485', '44499', '44501']);
    expect(line.totalCost).toBe(299868);
  });

  it('counts greedily', () => {
    const { code, stdout } = run(join(FIXTURES, 'poland_warszawa_2021_bielany.pb'), '--rule', 'greedy');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ totalCost: 4321775 });
    expect(JSON.parse(stdout).winners).toHaveLength(26);
  });

  it('adds every outcome with --explain', () => {
    const { stdout } = run(join(FIXTURES, 'netherlands_amsterdam_2022_west.pb'), '--rule', 'equal-shares', '--explain');
    const { outcomes } = JSON.parse(stdout);
    expect(outcomes).toHaveLength(62);
    expect(outcomes).toContainEqual(expect.objectContaining({ funded: false, reason: 'supporters-shares-ran-out' }));
  });

  it.each([
    [['--rule', 'greedy']],
    [['x.pb', '--rule', 'random']],
    [['x.pb', '--rule', 'equal-shares', '--completion', 'add2']],
    [['x.pb', '--rule', 'equal-shares', '--arithmetic', 'decimal']],
    [['x.pb', '--rule', 'greedy', '--colour']],
  ])('refuses %j with exit code 2 and the usage', (argv) => {
    const { code, stderr } = run(...argv);
    expect(code).toBe(2);
    expect(stderr).toContain('Usage: npm run -s budget:winners');
  });

  it('exits 1 on a missing or malformed file', () => {
    expect(run(join(FIXTURES, 'missing.pb'), '--rule', 'greedy')).toMatchObject({ code: 1, stderr: expect.stringContaining('ENOENT') });
    expect(run(join(FIXTURES, 'README.md'), '--rule', 'greedy')).toMatchObject({ code: 1, stderr: expect.stringContaining('Not a valid .pb file') });
  });
});
