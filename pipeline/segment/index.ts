import { layoutTables } from '../lang/index.js';
import type { CleanedDocument, SegmentedDocument } from '../types.js';
import { splitSentences } from './sentences.js';
import { segmentWords } from './words.js';

export { keywords } from './keywords.js';
export { segmentWords } from './words.js';

/** Stage 3: every block's sentences, and the words of each sentence. */
export function segment(doc: CleanedDocument): SegmentedDocument {
  const layout = layoutTables(doc.language);
  return {
    ...doc,
    blocks: doc.blocks.map((block) => ({
      ...block,
      sentences: splitSentences(block.text, layout).map(([start, end]) => {
        const text = block.text.slice(start, end);
        return { text, start, end, words: segmentWords(text, doc.language) };
      }),
    })),
  };
}
