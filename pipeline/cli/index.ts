import { Command } from 'commander';
import { version } from '../version.js';
import { registerAlign } from './align.js';
import { registerConvert } from './convert.js';
import { registerDiff } from './diff.js';
import { registerExport } from './export.js';
import { registerSeries } from './series.js';

/**
 * The `baogao` command. Each subcommand lives in its own file and registers itself here.
 * Exit statuses: 0 success, 1 some input failed (or, for align/diff, differences found), 2 bad usage
 * (or, for align/diff, an input that cannot be read).
 */
const program = new Command('baogao')
  .description('Report PDFs (Chinese and English) to structured Markdown plus a YAML of every numeric claim.')
  .version(version)
  .showHelpAfterError('(baogao --help lists the commands and options)')
  .exitOverride((error) => {
    process.exit(error.exitCode === 0 ? 0 : 2);
  });

registerConvert(program);
registerAlign(program);
registerDiff(program);
registerExport(program);
registerSeries(program);

program.addHelpText(
  'after',
  `
Examples:
  baogao convert report.pdf -o out/          out/report.md and out/report.facts.yaml
  baogao convert shelf/ -o out/ --jobs 2     every .pdf and .txt under shelf/
  baogao diff out/2020.facts.yaml out/2021.facts.yaml -o out/
  baogao align report.zh.pdf report.en.pdf -o out/
  baogao export out/ --to shelf.duckdb       every facts file under out/ into one database

Exit status: 0 success; 1 an input failed (diff, align: differences found); 2 bad usage
(diff, align: an input that cannot be read).`,
);

await program.parseAsync(process.argv);
