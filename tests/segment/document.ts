import type { CleanedDocument, Language } from '../../pipeline/index.js';

/** A cleaned text document made of the given paragraphs: the input of the segment stage. */
export function cleanedDocument(paragraphs: string[], language: Language = 'zh'): CleanedDocument {
  return {
    source: { path: 'test.txt', fileName: 'test.txt', name: 'test', format: 'text', bytes: 0, sha256: '0'.repeat(64) },
    messages: [],
    metadata: { pageCount: 1 },
    outline: [],
    pages: [],
    language,
    blocks: paragraphs.map((text) => ({ kind: 'text', text, page: 1 })),
    furniture: { headers: [], footers: [], pageNumbers: 0 },
  };
}
