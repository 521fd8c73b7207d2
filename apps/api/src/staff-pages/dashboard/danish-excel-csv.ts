/**
 * CSV that Excel set to Danish (or Swedish, Norwegian) opens by a double
 * click: a UTF-8 byte-order mark (else Excel reads Windows-1252 and Ø
 * breaks), semicolons between fields (the list separator where the comma is
 * the decimal mark), and numbers with a decimal comma.
 */
export function spreadsheetCsv(header: readonly string[], rows: readonly (readonly (string | number | null)[])[], decimalComma: boolean): string {
  const cell = (value: string | number | null): string => {
    if (value === null) return '';
    if (typeof value === 'number') return decimalComma ? String(value).replace('.', ',') : String(value);
    return /[;"\r\n]/.test(value) || /^[=+\-@]/.test(value) ? `"${value.replace(/^([=+\-@])/, "'$1").replace(/"/g, '""')}"` : value;
  };
  return `\uFEFF${[header, ...rows].map((row) => row.map(cell).join(decimalComma ? ';' : ',')).join('\r\n')}\r\n`;
}
