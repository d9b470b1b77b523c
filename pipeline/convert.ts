import { clean } from './clean/index.js';
import { extract, type ExtractOptions, type InputFile } from './extract/index.js';
import { facts } from './facts/index.js';
import { layout } from './layout/index.js';
import { render } from './render/index.js';
import { segment } from './segment/index.js';
import { structure } from './structure/index.js';
import type { FactsFile, RenderedDocument } from './types.js';

export type ConvertOptions = ExtractOptions;

/** Runs every stage on one input: extract → layout → clean → segment → structure → facts → render. */
export async function convert(input: InputFile | string, options: ConvertOptions = {}): Promise<RenderedDocument> {
  const file = typeof input === 'string' ? { path: input } : input;
  const extracted = await extract(file, options);
  return render(facts(structure(segment(clean(layout(extracted))))));
}

/** The facts of one input: the content of its <name>.facts.yaml. */
export async function extractFacts(input: InputFile | string, options: ConvertOptions = {}): Promise<FactsFile> {
  return (await convert(input, options)).factsFile;
}
