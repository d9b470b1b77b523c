import { detectLanguage, layoutTables } from '../lang/index.js';
import type { CleanedDocument, LaidOutDocument } from '../types.js';
import { removeContents } from './contents.js';
import { removeFurniture, removeTextFurniture } from './furniture.js';
import { buildBlocks } from './pdf.js';
import { cleanTextLines } from './text.js';

/** Stage 3: lines in reading order → paragraphs, captions, source lines and tables, page furniture removed. */
export function clean(doc: LaidOutDocument): CleanedDocument {
  const allText = doc.pages.flatMap((page) => page.lines.map((line) => line.text)).join('\n');
  const language = detectLanguage(allText);
  const layout = layoutTables(language);
  if (doc.source.format === 'text') {
    // Text with form feeds (pdftotext output) still has its pages' headers and page numbers.
    const { pages: withoutFurniture, furniture } = doc.pages.length > 1 ? removeTextFurniture(doc.pages) : { pages: doc.pages, furniture: { headers: [], footers: [], pageNumbers: 0 } };
    const { pages, messages } = removeContents(withoutFurniture);
    return { ...doc, messages: [...doc.messages, ...messages], language, blocks: cleanTextLines(pages.flatMap((page) => page.lines), layout), furniture };
  }
  const { pages: withoutFurniture, furniture } = removeFurniture(doc.pages);
  const { pages, messages } = removeContents(withoutFurniture);
  return { ...doc, messages: [...doc.messages, ...messages], pages, language, blocks: buildBlocks(pages, layout), furniture };
}
