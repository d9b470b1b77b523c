#!/usr/bin/env node
// One conversion for scripts/bench.js, in its own process: prints {pages, maxRss} as JSON, maxRss
// being the kernel's high-water resident set of the process (every thread, native memory too).
import { convert } from '../dist/index.js';

const doc = await convert(process.argv[2]);
console.log(JSON.stringify({ pages: doc.metadata.pageCount, maxRss: process.resourceUsage().maxRSS * 1024 }));
