import { basename, dirname, extname } from 'node:path';
import { isDataFile, isFactsFile, readDataFile } from '../align/load.js';
import { createConverter, hashFile } from '../batch/index.js';
import type { FactsDiff } from '../diff/index.js';
import { collectInputs, isDocumentFile, outputName } from '../inputs.js';
import { isUpToDate, outputPaths } from '../output.js';
import { ConversionError, type FactsFile } from '../types.js';
import type { ExportData } from './index.js';

/** Facts files as convert writes them, and diffs as diff writes them: what a directory stands for besides documents. */
const isFactsFileName = (fileName: string) => /\.facts\.(ya?ml|json)$/i.test(fileName);
const isDiffFileName = (fileName: string) => /^diff\.(ya?ml|json)$/i.test(fileName);

export interface SourceOptions {
  password?: string;
  /** Conversions at a time, for documents not yet converted. */
  threads?: number;
}

export interface LoadedSources {
  data: ExportData;
  /** Inputs that could not be read or converted, each with its reason. */
  failures: { file: string; reason: string }[];
}

const isDiff = (data: unknown): data is FactsDiff => {
  const diff = data as Partial<FactsDiff> | null;
  return typeof diff?.old === 'object' && typeof diff.new === 'object' && Array.isArray(diff.changed) && Array.isArray(diff.unchanged);
};

/**
 * The facts and diffs of the inputs: facts files and diffs read, documents converted (on the
 * worker pool) without writing anything. A directory stands for the facts files, diff files and
 * documents under it; a document beside its own facts file is read from that file when the file
 * was written from the document's bytes by this version of baogao, and converted again otherwise.
 */
export async function loadSources(paths: string[], options: SourceOptions = {}): Promise<LoadedSources> {
  const files = await collectInputs(paths, (fileName) => isDocumentFile(fileName) || isFactsFileName(fileName) || isDiffFileName(fileName));
  const dataFiles = files.filter(isDataFile);
  const documents = files.filter((file) => !isDataFile(file));
  const factsBeside = (document: string) =>
    (['yaml', 'json'] as const).map((format) => ({ format, path: outputPaths(outputName(document), dirname(document), format).facts })).filter(({ path }) => dataFiles.includes(path));
  const staleFactsFiles = new Set<string>();
  const toConvert: string[] = [];
  for (const document of documents) {
    const beside = factsBeside(document);
    const sha256 = beside.length > 0 ? await hashFile(document).catch(() => undefined) : undefined;
    const upToDate = sha256 !== undefined && (await someAsync(beside, ({ format }) => isUpToDate(outputName(document), sha256, dirname(document), format)));
    if (upToDate) continue;
    for (const { path } of beside) staleFactsFiles.add(path);
    toConvert.push(document);
  }

  const data: ExportData = { facts: [], diffs: [] };
  const failures: LoadedSources['failures'] = [];
  for (const file of dataFiles.filter((file) => !staleFactsFiles.has(file))) {
    try {
      const parsed = await readDataFile(file);
      if (isFactsFile(parsed)) data.facts.push(parsed);
      else if (isDiff(parsed)) data.diffs.push(parsed);
      else failures.push({ file, reason: 'not a facts file (document and facts) nor a diff (old, new, changed, unchanged)' });
    } catch (error) {
      failures.push({ file, reason: error instanceof ConversionError ? error.reason : (error as Error).message });
    }
  }
  const converted = await convertDocuments(toConvert, options);
  for (const outcome of converted) {
    if ('facts' in outcome) data.facts.push(outcome.facts);
    else failures.push(outcome);
  }
  return { data, failures };
}

async function someAsync<T>(items: T[], test: (item: T) => Promise<boolean>): Promise<boolean> {
  for (const item of items) if (await test(item)) return true;
  return false;
}

/** Converts documents on the worker pool, in memory: their facts, or why there are none. */
async function convertDocuments(documents: string[], options: SourceOptions): Promise<({ facts: FactsFile } | { file: string; reason: string })[]> {
  if (documents.length === 0) return [];
  const converter = createConverter(options.threads);
  try {
    return await Promise.all(
      documents.map(async (file) => {
        // The job renders the files a conversion writes; the facts file as JSON is read back here instead of written.
        const factsPath = outputPaths(outputName(file), '', 'json').facts;
        const result = await converter.run({ path: file, outDir: '', format: 'json', password: options.password });
        if (!result.ok) return { file, reason: result.reason };
        const factsOutput = result.files.find((output) => output.path === factsPath);
        if (factsOutput === undefined) return { file, reason: `internal error: no facts among the outputs of ${basename(file, extname(file))}` };
        return { facts: JSON.parse(factsOutput.content) as FactsFile };
      }),
    );
  } finally {
    await converter.close();
  }
}
