import { createHash } from 'node:crypto';
import { copyFile, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fixture } from '../helpers.js';

/** Inputs every batch test converts; text inputs keep the tests quick. */
export const goodInputs = ['digital-china-2020.zh.txt', 'dcdr2021-excerpt.zh.txt', 'dcdr2020-ch3.en.txt'];

/** Inputs no conversion is possible for, each with what its failure reason must say. */
export const badInputs: Record<string, RegExp> = {
  'random-bytes.pdf': /not a PDF/,
  'truncated.pdf': /not a valid PDF|truncated|damaged/,
  'empty.pdf': /empty/,
  // Made with `qpdf --encrypt secret owner 256` from page 1 of the ReportLab fixture.
  'password-protected.pdf': /password/,
};

/** Bytes that look random but are the same on every run. */
function pseudoRandomBytes(length: number): Buffer {
  const blocks: Buffer[] = [];
  for (let block = 0; blocks.length * 32 < length; block++) blocks.push(createHash('sha256').update(`baogao-${block}`).digest());
  return Buffer.concat(blocks).subarray(0, length);
}

/** A directory holding the good and the bad inputs, as a user's shelf would. */
export async function makeShelf(directory: string): Promise<void> {
  await mkdir(directory, { recursive: true });
  for (const name of goodInputs) await copyFile(fixture(name), join(directory, name));
  const pdf = await readFile(fixture('dcdr2020.reportlab-cid.pdf'));
  await writeFile(join(directory, 'random-bytes.pdf'), pseudoRandomBytes(4096));
  await writeFile(join(directory, 'truncated.pdf'), pdf.subarray(0, Math.floor(pdf.length / 3)));
  await writeFile(join(directory, 'empty.pdf'), '');
  await copyFile(fixture('batch/password-protected.pdf'), join(directory, 'password-protected.pdf'));
}

/** Every file under a directory (names relative to it), hidden ones included. */
export async function listFiles(directory: string): Promise<string[]> {
  const entries = await readdir(directory, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name).slice(directory.length + 1)).sort();
}

/** The outputs a single-file run writes for a good input, by output file name. */
export function expectedOutputNames(format: 'yaml' | 'json' = 'yaml'): string[] {
  return goodInputs.flatMap((name) => {
    const base = name.replace(/\.[^.]+$/, '');
    return [`${base}.md`, `${base}.facts.${format}`];
  }).sort();
}
