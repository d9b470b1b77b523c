import { access, stat } from 'node:fs/promises';
import { InvalidArgumentError, Option, type Command } from 'commander';
import type { FactsFormat } from '../output.js';

export const exitStatus = { ok: 0, failed: 1, usage: 2 } as const;

/** The options every command that reads documents and writes files takes. */
export interface CommonOptions {
  out: string;
  password?: string;
  format: FactsFormat;
  quiet?: boolean;
}

/**
 * Adds -o, --password, --format yaml|json and -q, the options of every command that writes files
 * into a directory. An -o naming something that is not a directory is bad usage, said at once.
 */
export function addCommonOptions(command: Command): Command {
  return addReadingOptions(
    command
      .option('-o, --out <dir>', 'output directory', 'output')
      .addOption(new Option('--format <format>', 'format of the data files written').choices(['yaml', 'json']).default('yaml'))
      .hook('preAction', async (self) => {
        const out = (self.opts() as CommonOptions).out;
        const info = await stat(out).catch(() => null);
        if (info !== null && !info.isDirectory()) self.error(`error: -o ${out}: exists and is not a directory`, { exitCode: exitStatus.usage });
      }),
  );
}

/**
 * Adds --password and -q, the options of every command that reads documents; its arguments are
 * the inputs, and a missing one is bad usage, said at once (exit 2) before anything is converted.
 */
export function addReadingOptions(command: Command): Command {
  return command
    .option('--password <password>', 'password of encrypted PDFs')
    .option('-q, --quiet', 'print only warnings and errors')
    .hook('preAction', async (self) => {
      for (const path of self.args) {
        const code = await access(path).then(
          () => undefined,
          (error: NodeJS.ErrnoException) => error.code,
        );
        if (code === 'ENOENT' || code === 'ENOTDIR') self.error(`error: ${path}: no such file or directory`, { exitCode: exitStatus.usage });
      }
    });
}

/** Reports a failure on stderr as "error: <message>". */
export function printError(error: unknown): void {
  console.error(`error: ${(error as Error).message ?? error}`);
}

/** The parser of options that count things (--jobs). */
export function positiveInteger(text: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) throw new InvalidArgumentError('expected a whole number of at least 1');
  return value;
}

/** Runs a check of the command line before any work: what it throws is a usage error (exit 2). */
export function usageCheck(command: Command, check: () => unknown): void {
  try {
    check();
  } catch (error) {
    command.error(`error: ${(error as Error).message}`, { exitCode: exitStatus.usage });
  }
}

