/** A CSV cell: a list is written as its JSON array, null as an empty field. */
export type CsvCell = string | number | boolean | string[] | null;

/**
 * RFC 4180 CSV with a header row, preceded by a UTF-8 byte order mark: without it Excel reads a
 * UTF-8 file as the local code page and the Chinese text turns to mojibake (LibreOffice, Google
 * Sheets, pandas, R's readr and DuckDB all skip the mark). A null is an empty field, the empty
 * string "" ; a list is its JSON array.
 */
export function csvText(columns: string[], rows: Record<string, CsvCell>[]): string {
  const field = (value: CsvCell): string => {
    if (value === null) return '';
    const text = Array.isArray(value) ? JSON.stringify(value) : String(value);
    return text === '' || /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  const lines = [columns.map(field), ...rows.map((row) => columns.map((column) => field(row[column] ?? null)))];
  return '\ufeff' + lines.map((cells) => cells.join(',') + '\r\n').join('');
}
