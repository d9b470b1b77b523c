import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import YAML from 'yaml';
import { convert, type ConvertOptions } from '../convert.js';
import { ConversionError, type FactsFile } from '../types.js';

const factsExtensions = ['.yaml', '.yml', '.json'];

/** The facts of one side of an alignment: a facts YAML/JSON as written by convert, or a document converted now. */
export async function loadFacts(path: string, options: ConvertOptions = {}): Promise<FactsFile> {
  if (!factsExtensions.includes(extname(path).toLowerCase())) return (await convert(path, options)).factsFile;
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new ConversionError(path, `cannot read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  const parsed = (extname(path).toLowerCase() === '.json' ? JSON.parse(text) : YAML.parse(text)) as Partial<FactsFile> | null;
  if (!parsed?.document || !Array.isArray(parsed.facts)) throw new ConversionError(path, 'not a facts file (needs document and facts)');
  return parsed as FactsFile;
}
