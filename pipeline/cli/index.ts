import { Command } from 'commander';
import { version } from '../version.js';
import { registerAlign } from './align.js';
import { registerConvert } from './convert.js';
import { registerDiff } from './diff.js';

/**
 * The `baogao` command. Each subcommand lives in its own file and registers itself here.
 * Exit statuses: 0 success, 1 some input failed (or, for align/diff, differences found), 2 bad usage.
 */
const program = new Command('baogao')
  .description('Report PDFs (Chinese and English) to structured Markdown plus a YAML of every numeric claim.')
  .version(version)
  .showHelpAfterError()
  .exitOverride((error) => {
    process.exit(error.exitCode === 0 ? 0 : 2);
  });

registerConvert(program);
registerAlign(program);
registerDiff(program);

await program.parseAsync(process.argv);
