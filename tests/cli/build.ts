import { execFile } from 'node:child_process';
import { copyFile, cp, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { projectRoot } from '../helpers.js';

const run = promisify(execFile);

export interface BuiltCli {
  /** The compiled CLI's entry module: `node <entry> <args>` is `baogao <args>`. */
  entry: string;
  /** Runs `baogao <args>`; never throws on a non-zero exit status. */
  baogao(args: string[]): Promise<{ status: number; stdout: string; stderr: string }>;
  /** The library API of the same build: what the CLI's output is compared with. */
  library(): Promise<typeof import('../../pipeline/index.js')>;
  remove(): Promise<void>;
}

/**
 * Compiles the pipeline into a private directory and runs the CLI from there: worker threads
 * need compiled JavaScript, and a private build neither races with anyone's `npm run build`
 * nor tests a stale dist/. The directory sits under node_modules/.cache so that the build's
 * imports resolve to the project's node_modules; package.json beside it gives the version, and
 * schema/ the columns of an export.
 */
export async function buildCli(): Promise<BuiltCli> {
  const cache = join(projectRoot, 'node_modules', '.cache');
  await mkdir(cache, { recursive: true });
  const root = await mkdtemp(join(cache, 'baogao-cli-test-'));
  await copyFile(join(projectRoot, 'package.json'), join(root, 'package.json'));
  await cp(join(projectRoot, 'schema'), join(root, 'schema'), { recursive: true });
  const tsc = join(projectRoot, 'node_modules', 'typescript', 'bin', 'tsc');
  // Type errors elsewhere in the tree do not stop tsc from emitting: the tests judge what runs.
  await run(process.execPath, [tsc, '-p', join(projectRoot, 'tsconfig.build.json'), '--outDir', join(root, 'dist'), '--sourceMap', 'false', '--declaration', 'false']).catch(() => undefined);
  const entry = join(root, 'dist', 'cli', 'index.js');
  return {
    entry,
    baogao: (args) =>
      run(process.execPath, [entry, ...args], { cwd: root, maxBuffer: 64 * 1024 * 1024 }).then(
        ({ stdout, stderr }) => ({ status: 0, stdout, stderr }),
        (error: { code?: number; stdout?: string; stderr?: string }) => ({ status: error.code ?? -1, stdout: error.stdout ?? '', stderr: error.stderr ?? '' }),
      ),
    library: () => import(pathToFileURL(join(root, 'dist', 'index.js')).href) as Promise<typeof import('../../pipeline/index.js')>,
    remove: () => rm(root, { recursive: true, force: true }),
  };
}
