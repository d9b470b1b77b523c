import { readFileSync } from 'node:fs';
import type { Nodes, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { fixture } from '../helpers.js';

/** A heading as the Markdown has it: `#` depth and text. */
export interface MarkdownHeading {
  depth: number;
  text: string;
}

const parser = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']);

export function parseMarkdown(markdown: string): Root {
  return parser.parse(markdown);
}

/** Every node of the tree of the given type, in document order. */
export function nodesOf<Type extends Nodes['type']>(tree: Nodes, type: Type): Array<Extract<Nodes, { type: Type }>> {
  const found: Array<Extract<Nodes, { type: Type }>> = [];
  const walk = (node: Nodes) => {
    if (node.type === type) found.push(node as Extract<Nodes, { type: Type }>);
    if ('children' in node) for (const child of node.children) walk(child);
  };
  walk(tree);
  return found;
}

export function headingsOf(root: Root): MarkdownHeading[] {
  return root.children.filter((node) => node.type === 'heading').map((node) => ({ depth: node.depth, text: toString(node) }));
}

/** Text compared without whitespace: PDF text layers space words differently from the truth. */
export const withoutSpaces = (text: string) => text.replace(/\s+/g, '');

/**
 * Heading precision and recall against the truth: a heading counts when it is in the longest
 * common subsequence of (depth, text) pairs, so it must be at the right level and in order.
 */
export function headingScore(found: MarkdownHeading[], truth: MarkdownHeading[], compare = withoutSpaces) {
  const key = (h: MarkdownHeading) => `${h.depth}|${compare(h.text)}`;
  const a = found.map(key);
  const b = truth.map(key);
  const lengths = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lengths[i]![j] = a[i] === b[j] ? lengths[i + 1]![j + 1]! + 1 : Math.max(lengths[i + 1]![j]!, lengths[i]![j + 1]!);
    }
  }
  const matched = lengths[0]![0]!;
  return {
    precision: found.length === 0 ? 0 : matched / found.length,
    recall: truth.length === 0 ? 1 : matched / truth.length,
    missing: truth.filter((h) => !a.includes(key(h))),
    extra: found.filter((h) => !b.includes(key(h))),
  };
}

export interface TruthReport {
  title: string;
  meta: string[];
  blocks: Array<
    | { type: 'paragraph'; text: string; bold?: string[] }
    | { type: 'heading'; level: number; text: string }
    | { type: 'figure'; caption: string; source: string }
    | { type: 'table'; caption: string; rows: string[][] }
  >;
}

export const truthReport = JSON.parse(readFileSync(fixture('truth/report.json'), 'utf8')) as TruthReport;
export const truthHeadings = headingsOf(parseMarkdown(readFileSync(fixture('truth/report.md'), 'utf8')));

/** The root's children as plain texts, tables as their rows of cell texts. */
export function topLevelTexts(root: Root): Array<{ type: RootContent['type']; text: string; rows?: string[][] }> {
  return root.children.map((node) =>
    node.type === 'table'
      ? { type: node.type, text: '', rows: node.children.map((row) => row.children.map((cell) => toString(cell))) }
      : { type: node.type, text: toString(node) },
  );
}
