import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import YAML from 'yaml';
import { convert, type ConvertOptions } from '../convert.js';
import { ConversionError, type FactsFile } from '../types.js';

const factsExtensions = ['.yaml', '.yml', '.json'];

/** The facts of one side of an alignment: a facts YAML/JSON as written by convert, or a document converted now. */
export async function loadFacts(path: string, options: ConvertOptions = {}): Promise<FactsFile> {
  if (!isDataFile(path)) return (await convert(path, options)).factsFile;
  const parsed = await readDataFile(path);
  if (!isFactsFile(parsed)) throw new ConversionError(path, 'not a facts file (needs document and facts)');
  return parsed;
}

/** True for a path with the extension of a data file baogao writes (YAML or JSON). */
export const isDataFile = (path: string) => factsExtensions.includes(extname(path).toLowerCase());

export const isFactsFile = (data: unknown): data is FactsFile =>
  typeof (data as Partial<FactsFile> | null)?.document === 'object' && Array.isArray((data as Partial<FactsFile>).facts);

/** A YAML or JSON data file (facts, diff), parsed; a file that cannot be read or parsed is a ConversionError naming it. */
export async function readDataFile(path: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new ConversionError(path, `cannot read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  try {
    return extname(path).toLowerCase() === '.json' ? JSON.parse(text) : YAML.parse(text);
  } catch (error) {
    throw new ConversionError(path, `not valid ${extname(path).toLowerCase() === '.json' ? 'JSON' : 'YAML'} (${(error as Error).message.split('\n')[0]})`);
  }
}
