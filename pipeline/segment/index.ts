import { blockLanguage, layoutTables } from '../lang/index.js';
import type { CleanedDocument, SegmentedDocument } from '../types.js';
import { splitSentences } from './sentences.js';
import { segmentWords } from './words.js';

export { keywords } from './keywords.js';
export { loadVocabulary, segmentWords } from './words.js';

/** Stage 3: every block's sentences, and the words of each sentence. */
export function segment(doc: CleanedDocument): SegmentedDocument {
  return {
    ...doc,
    blocks: doc.blocks.map((block) => {
      const own = blockLanguage(block.text, doc.language);
      const language = own ?? doc.language;
      return {
        ...block,
        ...(own ? { language: own } : {}),
        sentences: splitSentences(block.text, layoutTables(language)).map(([start, end]) => {
          const text = block.text.slice(start, end);
          return { text, start, end, words: segmentWords(text, language) };
        }),
      };
    }),
  };
}
