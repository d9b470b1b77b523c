/** Text fit for one cell of a Markdown table: pipes escaped, on one line. */
export const tableCell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();

/** The lines of a Markdown table with a blank line after it, or "None." when there are no rows. */
export function markdownTable(header: string[], rows: string[][]): string[] {
  if (rows.length === 0) return ['None.', ''];
  return [`| ${header.join(' | ')} |`, `|${header.map(() => ' --- |').join('')}`, ...rows.map((row) => `| ${row.join(' | ')} |`), ''];
}
