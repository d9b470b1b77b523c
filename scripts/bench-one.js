#!/usr/bin/env node
// One conversion for scripts/bench.js, in its own process: prints {pages, maxRss, cpuSeconds} as
// JSON, maxRss being the kernel's high-water resident set of the process (every thread, native
// memory too), cpuSeconds the user and system CPU time of all its threads.
import { convert } from '../dist/index.js';

const doc = await convert(process.argv[2]);
const usage = process.resourceUsage();
console.log(JSON.stringify({ pages: doc.metadata.pageCount, maxRss: usage.maxRSS * 1024, cpuSeconds: (usage.userCPUTime + usage.systemCPUTime) / 1e6 }));
