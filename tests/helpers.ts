import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
export const fixtures = join(projectRoot, 'tests', 'fixtures');
export const fixture = (name: string) => join(fixtures, name);
/** ../shared beside the project: tests that need more than the fixtures skip without it. */
export const shared = join(projectRoot, '..', 'shared');
export const hasShared = existsSync(join(shared, 'README.md'));
