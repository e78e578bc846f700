/**
 * RFC 4180 CSV: CRLF line ends, fields quoted when they hold a quote, comma, CR or LF, quotes
 * doubled. A cell that a spreadsheet would run as a formula (starting with = + - @, a tab or
 * a CR) is prefixed with a single quote, as OWASP's "CSV Injection" page recommends: an
 * equipment name comes from the machine itself, so from whoever controls that machine.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) {
    return '';
  }
  const text = String(value);
  if (FORMULA_START.test(text)) {
    // Quoted as well, as OWASP recommends: the quote then stays part of the cell in every reader.
    return `"'${text.replace(/"/g, '""')}"`;
  }
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(cells: readonly (string | number | null | undefined)[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}

/** A column of an export: its header and how a row gives its cell. */
export interface CsvColumn<T> {
  header: string;
  cell(row: T): string | number | null;
}

/** The header line, then one chunk of lines per batch: a batch is written before the next is read. */
export async function* csvChunks<T>(columns: readonly CsvColumn<T>[], batches: AsyncIterable<readonly T[]>): AsyncGenerator<string> {
  yield csvLine(columns.map((column) => column.header));
  for await (const batch of batches) {
    yield batch.map((row) => csvLine(columns.map((column) => column.cell(row)))).join('');
  }
}
