import { parse } from 'csv-parse/sync';
import type { Election } from '../counting/election';
import { type PbFile, PbFormatError } from './pb-file';

const SECTIONS = ['META', 'PROJECTS', 'VOTES'] as const;
type Section = (typeof SECTIONS)[number];

/** Reads the three `;`-separated sections of a `.pb` file (fields may be quoted, and may then hold `;` or line breaks). */
export function parsePb(text: string): PbFile {
  // published files mix CRLF and LF line ends, and csv-parse keeps to the first one it meets
  let rows: string[][];
  try {
    rows = parse(text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'), { delimiter: ';', relax_column_count: true, skip_empty_lines: true, trim: true });
  } catch (error) {
    throw new PbFormatError((error as Error).message);
  }
  const file: PbFile = { meta: {}, projects: [], votes: [] };
  let section: Section | undefined;
  let header: string[] | undefined;
  for (const row of rows) {
    const marker = row.length === 1 || row.slice(1).every((cell) => cell === '') ? row[0].toUpperCase() : '';
    if ((SECTIONS as readonly string[]).includes(marker)) {
      section = marker as Section;
      header = undefined;
      continue;
    }
    if (section === undefined) throw new PbFormatError(`data before the META section: "${row.join(';')}"`);
    if (header === undefined) {
      header = row.map((cell) => cell.toLowerCase());
      continue;
    }
    if (section === 'META') {
      file.meta[row[0]] = row.slice(1).join(';');
      continue;
    }
    const record: Record<string, string> = {};
    header.forEach((name, index) => (record[name] = row[index] ?? ''));
    (section === 'PROJECTS' ? file.projects : file.votes).push(record);
  }
  if (file.meta.budget === undefined) throw new PbFormatError('META has no budget');
  if (file.projects.length === 0) throw new PbFormatError('no PROJECTS');
  return file;
}

/** The election a `.pb` file describes, for the counting rules (approval ballots; other vote types count every listed project as approved). */
export function electionFromPb(file: PbFile): Election {
  const budget = Number(file.meta.budget);
  if (!Number.isFinite(budget) || budget < 0) throw new PbFormatError(`budget "${file.meta.budget}" is not a number`);
  const ballots = file.votes.map((row) =>
    (row.vote ?? '')
      .split(',')
      .map((id) => id.trim())
      .filter((id) => id !== ''),
  );
  const counted = new Map<string, number>();
  for (const ballot of ballots) for (const id of new Set(ballot)) counted.set(id, (counted.get(id) ?? 0) + 1);
  const projects = file.projects.map((row) => {
    const id = row.project_id;
    const cost = Number(row.cost);
    if (id === undefined || id === '') throw new PbFormatError('a project without project_id');
    if (!Number.isFinite(cost) || cost < 0) throw new PbFormatError(`project ${id} has cost "${row.cost}"`);
    const votes = row.votes !== undefined && row.votes !== '' ? Number(row.votes) : (counted.get(id) ?? 0);
    return { id, cost, votes, ...(row.name ? { name: row.name } : {}) };
  });
  const known = new Set(projects.map((project) => project.id));
  for (const ballot of ballots) {
    const unknown = ballot.find((id) => !known.has(id));
    if (unknown !== undefined) throw new PbFormatError(`a vote for project ${unknown}, which is not in PROJECTS`);
  }
  return { budget, projects, ballots };
}
