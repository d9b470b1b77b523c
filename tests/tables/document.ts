import { segment } from '../../pipeline/index.js';
import type { Block, Language, StructuredDocument } from '../../pipeline/index.js';
import { cleanedDocument } from '../segment/document.js';

/** A structured document of the given blocks (cover lines, tables), with no headings. */
export function documentOf(blocks: Partial<Block>[], language: Language = 'zh'): StructuredDocument {
  const cleaned = cleanedDocument([], language);
  cleaned.blocks = blocks.map((block) => ({ kind: 'text', text: '', page: 1, ...block }) as Block);
  return { ...segment(cleaned), title: 'test', preamble: [], sections: [], blockSection: blocks.map(() => -1), keywords: [], tree: { type: 'root', children: [] } };
}
