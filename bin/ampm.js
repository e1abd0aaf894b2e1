#!/usr/bin/env node
import { existsSync } from "node:fs";
const entry = new URL("../dist/client/src/cli/main.js", import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write("ampm: not built yet: run `npm run build` in the ampm directory\n");
  process.exit(2);
}
await import(entry.href);
