import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { serializeFacts } from './render/index.js';
import type { RenderedDocument } from './types.js';

export type FactsFormat = 'yaml' | 'json';

/** Writes a file whole or not at all: a temporary file beside it, then a rename. */
export async function writeFileAtomic(path: string, content: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temporary = join(dirname(path), `.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(temporary, content, 'utf8');
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/** The output paths of a converted document in outDir. */
export function outputPaths(name: string, outDir: string, format: FactsFormat): { markdown: string; facts: string } {
  return { markdown: join(outDir, `${name}.md`), facts: join(outDir, `${name}.facts.${format === 'json' ? 'json' : 'yaml'}`) };
}

/** Writes <name>.md and <name>.facts.yaml (or .json) for a converted document. */
export async function writeOutputs(doc: RenderedDocument, outDir: string, format: FactsFormat): Promise<string[]> {
  const paths = outputPaths(doc.source.name, outDir, format);
  await writeFileAtomic(paths.markdown, doc.markdown);
  await writeFileAtomic(paths.facts, serializeFacts(doc.factsFile, format));
  return [paths.markdown, paths.facts];
}
