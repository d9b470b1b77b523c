import { Option, type Command } from 'commander';
import type { FactsFormat } from '../output.js';

export const exitStatus = { ok: 0, failed: 1, usage: 2 } as const;

/** The options every command that reads documents and writes files takes. */
export interface CommonOptions {
  out: string;
  password?: string;
  format: FactsFormat;
  quiet?: boolean;
}

/** Adds -o, --password, --format yaml|json and -q, the options of every command. */
export function addCommonOptions(command: Command): Command {
  return command
    .option('-o, --out <dir>', 'output directory', 'output')
    .option('--password <password>', 'password of encrypted PDFs')
    .addOption(new Option('--format <format>', 'format of the data files written').choices(['yaml', 'json']).default('yaml'))
    .option('-q, --quiet', 'print only warnings and errors');
}

/** Reports a failure on stderr as "error: <message>". */
export function printError(error: unknown): void {
  console.error(`error: ${(error as Error).message ?? error}`);
}
