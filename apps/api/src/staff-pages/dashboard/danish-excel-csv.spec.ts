import { spreadsheetCsv } from './danish-excel-csv';

describe('spreadsheetCsv', () => {
  it('starts with a byte-order mark, separates by semicolons and writes decimal commas for Danish Excel', () => {
    const csv = spreadsheetCsv(
      ['Forvaltning', 'Median'],
      [
        ['Økonomiforvaltningen (ØKF)', 2.5],
        ['Teknik; og Miljø', null],
      ],
      true,
    );
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1)).toBe('Forvaltning;Median\r\nØkonomiforvaltningen (ØKF);2,5\r\n"Teknik; og Miljø";\r\n');
  });

  it('keeps a decimal point and commas for English', () => {
    expect(spreadsheetCsv(['a', 'b'], [['x', 2.5]], false).slice(1)).toBe('a,b\r\nx,2.5\r\n');
  });

  it('never lets a cell start a formula (CSV injection)', () => {
    expect(spreadsheetCsv(['a'], [['=HYPERLINK("http://evil")']], true).slice(1)).toBe('a\r\n"\'=HYPERLINK(""http://evil"")"\r\n');
  });
});
