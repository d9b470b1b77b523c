import type { Block } from '../types.js';

/** Lines as one line: a space between Latin letters or digits, nothing otherwise (Chinese). */
export function joinLines(lines: string[]): string {
  return lines
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .reduce((text, line) => text + (/[A-Za-z0-9]$/.test(text) && /^[A-Za-z0-9]/.test(line) ? ' ' : '') + line, '');
}

/** The text of blocks first…last as one line. */
export function joinedText(blocks: Block[], first: number, last: number): string {
  return joinLines(blocks.slice(first, last + 1).map((b) => b.text));
}

/**
 * Text compared without spaces, case or width: PDF text, bookmarks and document information space
 * words differently, may write brackets full- or half-width, and set letters of logos (TeX) apart.
 */
export const comparable = (text: string) => text.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
