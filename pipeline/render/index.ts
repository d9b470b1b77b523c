import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { serializeData } from '../serialize.js';
import type { FactDocument, FactsFile, RenderedDocument } from '../types.js';
import { generator } from '../version.js';

// Tables unpadded, `| a | b |` over `| --- | --- |`: every cell is counted as wide as a three-dash
// delimiter (padding CJK cells by their UTF-16 length would misalign them in any case).
const tableCellWidth = () => 3;
const markdownProcessor = unified()
  .use(remarkGfm, { stringLength: tableCellWidth })
  .use(remarkFrontmatter, ['yaml'])
  .use(remarkStringify, { bullet: '-', emphasis: '*', strong: '*', fence: '`', rule: '-', listItemIndent: 'one' });

/** Stage 6: the Markdown text (front matter + tree) and the facts file's content. */
export function render(doc: FactDocument): RenderedDocument {
  const root: Root = {
    type: 'root',
    children: [{ type: 'yaml', value: serializeData(frontMatter(doc), 'yaml').trimEnd() }, ...doc.tree.children],
  };
  const markdown = withoutAddressEscapes(markdownProcessor.stringify(root));
  const factsFile: FactsFile = {
    document: {
      title: doc.title,
      language: doc.language,
      edition_year: doc.editionYear ?? null,
      source_file: doc.source.fileName,
      sha256: doc.source.sha256,
      page_count: doc.metadata.pageCount,
      generator,
    },
    facts: doc.facts,
  };
  return { ...doc, markdown, factsFile };
}

/**
 * remark escapes the marks of e-mail and web addresses (`zhangmy\@example.com`,
 * `http\://www\.example.com`) so that GFM does not turn them into links; a reader would see the
 * backslashes in the text. Unescaped, GFM links them and their text stays the same.
 */
export function withoutAddressEscapes(markdown: string): string {
  return markdown
    .replace(/(?<=[\w.+-])\\@(?=[\w-])/g, '@')
    .replace(/\b(https?|ftp)\\:(?=\/\/)/gi, '$1:')
    .replace(/\b([Ww]{3})\\\./g, '$1.');
}

/** What the Markdown's YAML front matter says of the document and of its conversion. */
function frontMatter(doc: FactDocument) {
  return {
    title: doc.title,
    language: doc.language,
    edition_year: doc.editionYear ?? null,
    source: { file: doc.source.fileName, sha256: doc.source.sha256, pages: doc.metadata.pageCount },
    keywords: doc.keywords,
    chapters: doc.sections
      .filter((s) => s.level === 1)
      .map((s) => ({ title: s.title, ...(doc.source.format === 'pdf' ? { page: s.page } : {}), keywords: s.keywords ?? [] })),
    ...ocrPages(doc),
    removed_furniture: {
      headers: doc.furniture.headers,
      footers: doc.furniture.footers,
      page_numbers: doc.furniture.pageNumbers,
    },
    generator,
  };
}

/** The pages read by OCR (scans, garbled text layers), listed only when there are some. */
function ocrPages(doc: FactDocument): { ocr_pages?: number[] } {
  const pages = doc.pages.filter((page) => page.ocr).map((page) => page.number);
  return pages.length > 0 ? { ocr_pages: pages } : {};
}

/** The facts file as YAML (the default) or JSON. */
export function serializeFacts(factsFile: FactsFile, format: 'yaml' | 'json'): string {
  return serializeData(factsFile, format);
}
