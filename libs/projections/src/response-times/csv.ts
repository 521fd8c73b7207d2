export type CsvValue = string | number | boolean | null | undefined;

/**
 * RFC 4180: CRLF line ends, a header row, fields quoted when they hold a quote,
 * a comma or a line break, quotes doubled. Empty for null.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return [header, ...rows].map((fields) => fields.map(csvField).join(',')).join('\r\n') + '\r\n';
}

function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
