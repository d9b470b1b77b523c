import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { mkdir, open, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import YAML from 'yaml';
import { serializeFacts } from './render/index.js';
import type { RenderedDocument } from './types.js';
import { generator } from './version.js';

import { serializeData, type DataFormat } from './serialize.js';

export { serializeData };
export type FactsFormat = DataFormat;

/** A file to write: where, and its whole text. */
export interface OutputFile {
  path: string;
  content: string;
}

/** Temporary files of writes under way. */
const temporaries = new Set<string>();

/**
 * Writes a file whole or not at all: a temporary file beside it (same file system, so the
 * rename is atomic), then a rename. The temporary file is removed when anything fails.
 */
export async function writeFileAtomic(path: string, content: string): Promise<void> {
  await writeAtomically(path, (temporary) => writeFile(temporary, content, 'utf8'));
}

/**
 * The same for a file another writer makes (a database, a Parquet file): `write` creates the
 * temporary path it is given; it replaces `path` only when `write` succeeds. `sidecars` are
 * endings of files the writer keeps beside its file while writing (a database's '.wal'): they go
 * with the temporary file when the write fails or is interrupted.
 */
export async function writeAtomically(path: string, write: (temporary: string) => Promise<void>, sidecars: string[] = []): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  const leftovers = [temporary, ...sidecars.map((ending) => temporary + ending)];
  for (const file of leftovers) temporaries.add(file);
  try {
    await write(temporary);
    await rename(temporary, path);
  } catch (error) {
    await Promise.all(leftovers.map((file) => rm(file, { force: true })));
    throw error;
  } finally {
    for (const file of leftovers) temporaries.delete(file);
  }
}

/** Removes the temporary files of writes under way: for a process stopped in the middle (Ctrl-C). */
export function removeTemporaryFiles(): void {
  for (const temporary of temporaries) rmSync(temporary, { force: true });
  temporaries.clear();
}

/** The output paths of a converted document in outDir. */
export function outputPaths(name: string, outDir: string, format: FactsFormat): { markdown: string; facts: string } {
  return { markdown: join(outDir, `${name}.md`), facts: join(outDir, `${name}.facts.${format === 'json' ? 'json' : 'yaml'}`) };
}

/**
 * The files a converted document is written as, in writing order: the facts file first and the
 * Markdown last, so that a Markdown file whose front matter names the input's hash proves the
 * facts file beside it was written by the same run (see isUpToDate).
 */
export function outputFiles(doc: RenderedDocument, outDir: string, format: FactsFormat): OutputFile[] {
  const paths = outputPaths(doc.source.name, outDir, format);
  return [
    { path: paths.facts, content: serializeFacts(doc.factsFile, format) },
    { path: paths.markdown, content: doc.markdown },
  ];
}

/** A report of align or diff: <name>.yaml (or .json) with the data, and <name>.md for a person. */
export function reportFiles(name: string, data: unknown, markdown: string, outDir: string, format: FactsFormat): OutputFile[] {
  return [
    { path: join(outDir, `${name}.${format === 'json' ? 'json' : 'yaml'}`), content: serializeData(data, format) },
    { path: join(outDir, `${name}.md`), content: markdown },
  ];
}

/** Writes each file atomically, in order; returns their paths. */
export async function writeFiles(files: OutputFile[]): Promise<string[]> {
  for (const file of files) await writeFileAtomic(file.path, file.content);
  return files.map((file) => file.path);
}

/** Writes <name>.facts.yaml (or .json) and <name>.md for a converted document. */
export async function writeOutputs(doc: RenderedDocument, outDir: string, format: FactsFormat): Promise<string[]> {
  return writeFiles(outputFiles(doc, outDir, format));
}

/** The front matter sits at the top of the Markdown; this much of the file always holds it. */
const frontMatterReadLimit = 64 * 1024;

/**
 * True when the outputs of the input named `name` were written by this version of baogao from
 * an input with this sha256: the Markdown's front matter records both, and the Markdown is
 * written after the facts file, which must be there too.
 */
export async function isUpToDate(name: string, sha256: string, outDir: string, format: FactsFormat): Promise<boolean> {
  const paths = outputPaths(name, outDir, format);
  if (!(await stat(paths.facts).catch(() => null))?.isFile()) return false;
  const head = await readHead(paths.markdown, frontMatterReadLimit).catch(() => '');
  const frontMatter = /^---\n([\s\S]*?)\n---\n/.exec(head)?.[1];
  if (frontMatter === undefined) return false;
  let recorded: { generator?: unknown; source?: { sha256?: unknown } } | null;
  try {
    recorded = YAML.parse(frontMatter) as typeof recorded;
  } catch {
    return false;
  }
  return recorded?.generator === generator && recorded.source?.sha256 === sha256;
}

async function readHead(path: string, limit: number): Promise<string> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(limit);
    const { bytesRead } = await handle.read(buffer, 0, limit, 0);
    return buffer.subarray(0, bytesRead).toString('utf8');
  } finally {
    await handle.close();
  }
}
