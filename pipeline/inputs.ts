import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, join, resolve } from 'node:path';
import YAML from 'yaml';
import { convert, type ConvertOptions } from './convert.js';
import { ConversionError, type FactsFile } from './types.js';

/** File endings picked up when a directory is given. */
export const inputExtensions = ['.pdf', '.txt'];

/** Expands directories into the input files they hold (sorted, recursively); files are kept as given, each once. */
export async function collectInputs(paths: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => null);
    if (info?.isDirectory()) files.push(...(await filesUnder(path)));
    else files.push(path);
  }
  const seen = new Set<string>();
  return files.filter((file) => !seen.has(resolve(file)) && seen.add(resolve(file)));
}

async function filesUnder(directory: string): Promise<string[]> {
  const entries = await readdir(directory, { withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    if (entry.name.startsWith('.')) continue;
    const path = join(directory, entry.name);
    if (entry.isDirectory()) files.push(...(await filesUnder(path)));
    else if (inputExtensions.includes(extname(entry.name).toLowerCase())) files.push(path);
  }
  return files;
}

/** The base of an input's output names: its file name without the extension. */
export function outputName(path: string): string {
  return basename(path, extname(path));
}

/**
 * Inputs whose outputs would overwrite those of an earlier input (same name in another
 * directory, or report.pdf beside report.txt), each mapped to that earlier input. Names are
 * compared without case, as case-insensitive file systems would.
 */
export function outputNameClashes(files: string[]): Map<string, string> {
  const firstByName = new Map<string, string>();
  const clashes = new Map<string, string>();
  for (const file of files) {
    const key = outputName(file).toLowerCase();
    const first = firstByName.get(key);
    if (first === undefined) firstByName.set(key, file);
    else clashes.set(file, first);
  }
  return clashes;
}

const factsFileEnding = /\.(ya?ml|json)$/i;

/**
 * The facts of an input: a facts file (.yaml, .yml or .json, as baogao writes them) read back,
 * or any other input (PDF, text) converted first.
 */
export async function loadFacts(path: string, options: ConvertOptions = {}): Promise<FactsFile> {
  if (!factsFileEnding.test(path)) return (await convert(path, options)).factsFile;
  let parsed: unknown;
  try {
    const text = await readFile(path, 'utf8');
    parsed = /\.json$/i.test(path) ? JSON.parse(text) : YAML.parse(text);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ConversionError(path, code === 'ENOENT' ? 'no such file' : `cannot read facts file (${(error as Error).message})`);
  }
  if (!isFactsFile(parsed)) throw new ConversionError(path, 'not a baogao facts file (needs `document` and `facts`)');
  return parsed;
}

function isFactsFile(value: unknown): value is FactsFile {
  const candidate = value as Partial<FactsFile> | null;
  return typeof candidate?.document === 'object' && candidate.document !== null && Array.isArray(candidate.facts);
}
