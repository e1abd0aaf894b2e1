// Preloaded into pbts and the jsdoc process it starts (NODE_OPTIONS
// --require, set by generate.mjs). jsdoc writes the generated .d.ts to its
// stdout, a pipe to pbts, with fs.writeFile(1). Once Node has made that pipe
// non-blocking, a reader slower than the writer (a busy machine) makes the
// write fail with EAGAIN, and the .d.ts comes out cut short. Blocking writes
// wait for the reader instead.
process.stdout._handle?.setBlocking?.(true);
