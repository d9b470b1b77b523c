import { clean } from './clean/index.js';
import { extract, type ExtractOptions, type InputFile } from './extract/index.js';
import { facts } from './facts/index.js';
import { layout } from './layout/index.js';
import { render } from './render/index.js';
import { loadVocabulary, segment } from './segment/index.js';
import { structure } from './structure/index.js';
import type { FactsFile, RenderedDocument } from './types.js';

export type ConvertOptions = ExtractOptions;

const hanText = /\p{Script=Han}/u;
/** Above this many pages, jieba's dictionaries load after the pages are read, not beside them. */
const longDocumentPages = 150;

/** Runs every stage on one input: extract → layout → clean → segment → structure → facts → render. */
export async function convert(input: InputFile | string, options: ConvertOptions = {}): Promise<RenderedDocument> {
  const file = typeof input === 'string' ? { path: input } : input;
  // jieba's dictionaries take seconds to load and block this thread: they load while the page
  // reader threads go on, as soon as a page shows Chinese text (never for English alone). In a
  // long document the pages take far longer than the dictionaries, and holding both the readers
  // and the dictionaries would raise the peak memory: there they load after the pages are read.
  const extracted = await extract(file, {
    ...options,
    onPage(page, pageCount) {
      options.onPage?.(page, pageCount);
      if (pageCount <= longDocumentPages && page.lines.some((line) => hanText.test(line.text))) loadVocabulary();
    },
  });
  return render(facts(structure(segment(clean(layout(extracted))))));
}

/** The facts of one input: the content of its <name>.facts.yaml. */
export async function extractFacts(input: InputFile | string, options: ConvertOptions = {}): Promise<FactsFile> {
  return (await convert(input, options)).factsFile;
}
