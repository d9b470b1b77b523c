import { Option } from 'commander';

export const exitStatus = { ok: 0, failed: 1, usage: 2 } as const;

/** --format yaml|json, shared by every command that writes facts. */
export const formatOption = () => new Option('--format <format>', 'format of the facts files written').choices(['yaml', 'json']).default('yaml');

/** Reports a failure on stderr as "error: <message>". */
export function printError(error: unknown): void {
  console.error(`error: ${(error as Error).message ?? error}`);
}
