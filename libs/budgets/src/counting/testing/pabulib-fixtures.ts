import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Election } from '../election';
import { electionFromPb, parsePb } from '../../pabulib/parse-pb';

/** Published elections copied from the shared data folder into the repository (see test/fixtures/budgets/README.md). */
export const PABULIB_FIXTURES = join(__dirname, '../../../../../test/fixtures/budgets');

export function fixtureText(name: string): string {
  return readFileSync(join(PABULIB_FIXTURES, name), 'utf8');
}

export function fixtureElection(name: string): Election {
  return electionFromPb(parsePb(fixtureText(name)));
}
