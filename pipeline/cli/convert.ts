import { SingleBar } from 'cli-progress';
import { Option, type Command } from 'commander';
import { convertBatch, type BatchSummary } from '../batch/index.js';
import { exportFormat } from '../export/index.js';
import type { OcrMode } from '../extract/index.js';
import { collectInputs, outputName } from '../inputs.js';
import { outputPaths } from '../output.js';
import { exportInputs } from './export.js';
import { handleStopSignals, signalStatus, type StopSignal } from './interrupt.js';
import { addCommonOptions, exitStatus, positiveInteger, usageCheck, type CommonOptions } from './options.js';

interface ConvertCommandOptions extends CommonOptions {
  force?: boolean;
  jobs?: number;
  export?: string;
  ocr: OcrMode;
}

export function registerConvert(program: Command): void {
  addCommonOptions(
    program
      .command('convert')
      .description('convert PDF and text files (or every .pdf/.txt in a directory) to <name>.md and <name>.facts.yaml')
      .argument('<inputs...>', 'files or directories'),
  )
    .option('--force', 'convert even inputs whose outputs are up to date (same input bytes, same baogao version)')
    .option('-j, --jobs <n>', 'conversions at a time (default: the number of cores)', positiveInteger)
    .addOption(
      new Option('--ocr <mode>', 'read pages by OCR: auto = only pages without usable text (scans, garbled fonts); off = never (such documents fail); force = every page')
        .choices(['auto', 'off', 'force'])
        .default('auto'),
    )
    .option('--export <file>', 'when the whole batch is done, also load the facts of every converted input into <file> (.duckdb, .parquet, .csv or .jsonl; see baogao export)')
    .action(async (inputs: string[], options: ConvertCommandOptions, command: Command) => {
      if (options.export !== undefined) usageCheck(command, () => exportFormat(options.export!));
      const files = await collectInputs(inputs);
      if (files.length === 0) command.error('error: no .pdf or .txt input found', { exitCode: exitStatus.usage });
      // A progress bar only where a person watches; logs and pipes get the summary alone.
      const bar = process.stderr.isTTY && !options.quiet ? new SingleBar({ stream: process.stderr, format: 'converting [{bar}] {value}/{total} {file}', hideCursor: true }) : undefined;
      bar?.start(files.length, 0, { file: '' });
      // Ctrl-C: no conversion starts, those under way finish and are written whole, and the
      // summary says what was done; a second Ctrl-C stops at once, leaving no temporary file.
      const batchStopped = new AbortController();
      let stoppedBy: StopSignal | undefined;
      const releaseSignals = handleStopSignals((signal) => {
        stoppedBy = signal;
        bar?.stop();
        console.error(`interrupted: finishing the conversions under way (${signal === 'SIGINT' ? 'Ctrl-C' : signal} again stops at once)`);
        batchStopped.abort();
      });
      const summary = await convertBatch(files, {
        outDir: options.out,
        format: options.format,
        password: options.password,
        ocr: options.ocr,
        force: options.force,
        threads: options.jobs,
        signal: batchStopped.signal,
        onOcrPage: bar ? (file, { page, index, count }) => bar.update({ file: `${file}: OCR of page ${page} (${index + 1}/${count})` }) : undefined,
        onSettled: (outcome) => bar?.increment({ file: outcome.file }),
      });
      releaseSignals();
      bar?.stop();
      report(summary, options.quiet ?? false);
      if (stoppedBy !== undefined) {
        process.exitCode = signalStatus(stoppedBy);
        return;
      }
      process.exitCode = summary.failed > 0 ? exitStatus.failed : exitStatus.ok;
      if (options.export !== undefined) {
        const factsFiles = summary.outcomes.filter((outcome) => outcome.status !== 'failed').map((outcome) => outputPaths(outputName(outcome.file), options.out, options.format).facts);
        const exported = await exportInputs(factsFiles, { ...options, to: options.export });
        process.exitCode = Math.max(process.exitCode, exported);
      }
    });
}

/** Warnings and failures on stderr, each naming its file; the counts on stdout. */
function report(summary: BatchSummary, quiet: boolean): void {
  for (const outcome of summary.outcomes) {
    if (outcome.status === 'converted') {
      for (const message of outcome.warnings) console.error(`${message.severity}: ${outcome.file}${message.page ? `:${message.page}` : ''}: ${message.text}`);
    }
  }
  const failures = summary.outcomes.filter((outcome) => outcome.status === 'failed');
  for (const failure of failures) console.error(`failed: ${failure.file}: ${failure.reason}`);
  if (quiet) return;
  const counts = [`${summary.converted} converted`, `${summary.unchanged} unchanged (skipped)`, `${summary.failed} failed`];
  if (summary.interrupted > 0) counts.push(`${summary.interrupted} not started (interrupted)`);
  counts.push(`${summary.warnings} warnings`);
  console.log(counts.join(', '));
}
