import { InvalidArgumentError, type Command } from 'commander';
import { convert } from '../convert.js';
import { collectInputs } from '../inputs.js';
import { writeOutputs, type FactsFormat } from '../output.js';
import { ConversionError } from '../types.js';
import { exitStatus, formatOption } from './options.js';

export function registerConvert(program: Command): void {
  program
    .command('convert')
    .description('convert PDF and text files (or every .pdf/.txt in a directory) to <name>.md and <name>.facts.yaml')
    .argument('<inputs...>', 'files or directories')
    .option('-o, --out <dir>', 'output directory', 'output')
    .option('--password <password>', 'password of encrypted PDFs')
    .addOption(formatOption())
    .option('-q, --quiet', 'print only warnings and errors')
    .action(async (inputs: string[], options: { out: string; password?: string; format: FactsFormat; quiet?: boolean }) => {
      const files = await collectInputs(inputs);
      if (files.length === 0) throw new InvalidArgumentError('no .pdf or .txt input found');
      let failed = 0;
      for (const file of files) {
        try {
          const doc = await convert(file, { password: options.password });
          for (const message of doc.messages) {
            if (message.severity !== 'info') console.error(`${file}${message.page ? `:${message.page}` : ''}: ${message.severity}: ${message.text}`);
          }
          const written = await writeOutputs(doc, options.out, options.format);
          if (!options.quiet) console.log(`${file} → ${written.join(', ')}`);
        } catch (error) {
          failed++;
          console.error(error instanceof ConversionError ? `error: ${error.message}` : `error: ${file}: ${(error as Error).message ?? error}`);
        }
      }
      if (failed > 0) process.exitCode = exitStatus.failed;
    });
}
