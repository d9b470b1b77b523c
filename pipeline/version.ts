import { readFileSync } from 'node:fs';

const packageJson = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };

/** baogao's version, from package.json (both pipeline/ and dist/ sit beside it). */
export const version: string = packageJson.version;
export const generator = `baogao ${version}`;
