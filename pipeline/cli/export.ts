import type { Command } from 'commander';
import { exportFacts, exportFormat, exportFormats, ExportUsageError } from '../export/index.js';
import { loadSources } from '../export/sources.js';
import { handleStopSignals } from './interrupt.js';
import { addReadingOptions, exitStatus, positiveInteger, printError, usageCheck } from './options.js';

interface ExportCommandOptions {
  to: string;
  password?: string;
  quiet?: boolean;
  jobs?: number;
}

export function registerExport(program: Command): void {
  addReadingOptions(
    program
      .command('export')
      .description(
        'load facts into one file a database, notebook or spreadsheet reads: a DuckDB database (tables documents, facts, changes), ' +
          'or the facts with their document\'s columns as Parquet, CSV or JSON Lines; rows of a document exported before are replaced',
      )
      .argument('<inputs...>', 'facts files, diff files, documents (converted first) or directories of them')
      .requiredOption('--to <file>', `the file to write; its extension names the format: ${Object.keys(exportFormats).join(', ')}`),
  )
    .option('-j, --jobs <n>', 'conversions at a time, for documents (default: the number of cores)', positiveInteger)
    .action(async (inputs: string[], options: ExportCommandOptions, command: Command) => {
      usageCheck(command, () => exportFormat(options.to));
      process.exitCode = await exportInputs(inputs, options);
    });
}

/**
 * Reads or converts the inputs and writes the export; failures one line each on stderr, the
 * counts on stdout. The exit status: 0, 1 when an input failed (the others are exported), 2
 * when nothing could be exported as asked.
 */
export async function exportInputs(inputs: string[], options: ExportCommandOptions): Promise<number> {
  // Ctrl-C stops at once: the export is written whole or not at all.
  const releaseSignals = handleStopSignals();
  try {
    return await loadAndExport(inputs, options);
  } finally {
    releaseSignals();
  }
}

async function loadAndExport(inputs: string[], options: ExportCommandOptions): Promise<number> {
  const { data, failures } = await loadSources(inputs, { password: options.password, threads: options.jobs });
  for (const failure of failures) console.error(`failed: ${failure.file}: ${failure.reason}`);
  if (data.facts.length + data.diffs.length === 0) {
    console.error(`error: nothing to export to ${options.to}: no facts file, diff or document${failures.length > 0 ? ' could be read' : ' found'}`);
    return failures.length > 0 ? exitStatus.failed : exitStatus.usage;
  }
  try {
    const summary = await exportFacts(options.to, data);
    if (!options.quiet) {
      const counts = Object.entries(summary.rows).map(([table, rows]) => `${rows} ${table}`);
      const replaced = summary.replaced > 0 ? ` (${summary.replaced} exported before: their rows replaced)` : '';
      console.log(`exported ${data.facts.length} documents and ${data.diffs.length} diffs${replaced} → ${summary.path}, now ${counts.join(', ')}`);
    }
  } catch (error) {
    printError(error);
    return error instanceof ExportUsageError ? exitStatus.usage : exitStatus.failed;
  }
  return failures.length > 0 ? exitStatus.failed : exitStatus.ok;
}
