import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';

/** File endings picked up when a directory is given. */
export const inputExtensions = ['.pdf', '.txt'];

/** Expands directories into the input files they hold (sorted, recursively); files are kept as given. */
export async function collectInputs(paths: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => null);
    if (info?.isDirectory()) files.push(...(await filesUnder(path)));
    else files.push(path);
  }
  return files;
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
