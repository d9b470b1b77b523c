/**
 * What pdf.js's exceptions mean to a person: a damaged file's cause in words, never the reader's
 * internals (exception names, stack traces, "Bad (uncompressed) XRef entry: 40R").
 */
const causes: { pattern: RegExp; cause: string }[] = [
  { pattern: /XRef|xref|startxref|trailer/, cause: 'damaged cross-reference table' },
  { pattern: /Maximum call stack|too much recursion|nested too deep/i, cause: 'structure nested too deeply' },
  { pattern: /flate|decompress|Decode|zlib|EOF in|stream/i, cause: 'damaged compressed stream' },
  { pattern: /Illegal character|Unterminated|Invalid (?:dictionary|object|number|hex)|Unknown command|parse/i, cause: 'damaged page content' },
  { pattern: /page tree|Pages|Page dictionary|Kids|getPageDict|Invalid page index/i, cause: 'damaged page tree' },
  { pattern: /font|glyph|cmap|CMap/i, cause: 'damaged font' },
  { pattern: /Invalid array length|out of memory|allocation failed|Array buffer allocation/i, cause: 'a size in the file is too large to read' },
];

/** The cause of a pdf.js failure in words a person understands. */
export function describePdfError(error: unknown): string {
  const message = errorText(error);
  const name = (error as { name?: string })?.name ?? '';
  for (const { pattern, cause } of causes) if (pattern.test(name) || pattern.test(message)) return cause;
  return 'damaged or unsupported content';
}

/** Why a PDF could not be opened, for the one-line failure of its file. */
export function describeLoadError(error: unknown, password: string | undefined): string {
  const name = (error as { name?: string })?.name ?? '';
  if (name === 'PasswordException') {
    return password === undefined ? 'encrypted PDF: it needs a password (give it with --password)' : 'encrypted PDF: the password is wrong';
  }
  if (name === 'InvalidPDFException') return 'not a readable PDF: truncated or damaged?';
  return `cannot read the PDF: ${describePdfError(error)}`;
}

export function errorText(error: unknown): string {
  return String((error as { message?: string })?.message ?? error).replace(/\s+/g, ' ');
}
