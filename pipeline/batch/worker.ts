/** The pool's worker module: piscina calls its default export with each job. */
export { convertJob as default } from './job.js';
