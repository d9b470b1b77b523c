import type { Block } from '../types.js';

/** The text of blocks first…last as one line: a space between Latin letters or digits, nothing otherwise. */
export function joinedText(blocks: Block[], first: number, last: number): string {
  return blocks
    .slice(first, last + 1)
    .map((b) => b.text.trim())
    .reduce((text, line) => text + (/[A-Za-z0-9]$/.test(text) && /^[A-Za-z0-9]/.test(line) ? ' ' : '') + line);
}
