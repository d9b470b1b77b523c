import { readdir, stat } from 'node:fs/promises';
import { basename, extname, join, resolve } from 'node:path';

/** File endings picked up when a directory is given. */
export const inputExtensions = ['.pdf', '.txt'];

/** True for the files a directory stands for in convert: PDFs and text files. */
export const isDocumentFile = (fileName: string) => inputExtensions.includes(extname(fileName).toLowerCase());

/**
 * Expands directories into the files they hold that `picks` accepts (sorted, recursively; by
 * default the documents convert reads); files are kept as given, each once.
 */
export async function collectInputs(paths: string[], picks: (fileName: string) => boolean = isDocumentFile): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => null);
    if (info?.isDirectory()) files.push(...(await filesUnder(path, picks)));
    else files.push(path);
  }
  const seen = new Set<string>();
  return files.filter((file) => !seen.has(resolve(file)) && seen.add(resolve(file)));
}

async function filesUnder(directory: string, picks: (fileName: string) => boolean): Promise<string[]> {
  const entries = await readdir(directory, { withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    if (entry.name.startsWith('.')) continue;
    const path = join(directory, entry.name);
    if (entry.isDirectory()) files.push(...(await filesUnder(path, picks)));
    else if (picks(entry.name)) files.push(path);
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
