import { OPEN_DATA_COLUMNS } from './open-data.columns';

/** The README that travels with the files: what each column means, where the data comes from, and under which licence. */
export function openDataReadme(options: { licence: string; generatedAt: string; ideas: number }): string {
  return [
    '# Civic Ideas: open data',
    '',
    `Generated ${options.generatedAt} (every day); ${options.ideas} ideas.`,
    '',
    `Licence: ${options.licence}`,
    '',
    'The public record of the ideas citizens have sent in: the same data as the public pages',
    '(`/public/ideas`), nothing more. No names, e-mail addresses, phone numbers or addresses;',
    'free text is masked for e-mail addresses, phone and CPR numbers. Budget rounds and their',
    'results will be added once the service has them.',
    '',
    '## Files',
    '',
    '- `ideas.csv`: one idea per row, UTF-8, comma-separated, RFC 4180 (CRLF line ends, a header row, quotes doubled).',
    '- `ideas.json`: the same rows as a JSON array of objects with the same keys.',
    '',
    '## Columns (ideas.csv, ideas.json)',
    '',
    '| column | meaning |',
    '| --- | --- |',
    ...OPEN_DATA_COLUMNS.map(([name, meaning]) => `| \`${name}\` | ${meaning} |`),
    '',
  ].join('\n');
}
