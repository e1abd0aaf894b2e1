/**
 * A single executable (Node's single-executable applications): the bundle
 * of both programs is made into a preparation blob by this machine's node,
 * injected with postject into a copy of that node binary, debug symbols
 * stripped first (strip, from binutils, when present). Offline: nothing is downloaded.
 *
 *   <bundle>/ampm-single.cjs ─▶ node --experimental-sea-config ─▶ sea-prep.blob
 *   node binary ─▶ copy ─▶ strip ─▶ postject NODE_SEA_BLOB ─▶ <out>/ampm
 */
import { execFileSync } from "node:child_process";
import { chmodSync, copyFileSync, existsSync, mkdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";

const FUSE = "NODE_SEA_FUSE_fce680ab2cc467b6e072b8b5df1996b2";

function hasCommand(name) {
  try {
    execFileSync("sh", ["-c", `command -v ${name}`], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

/** Builds `<outDir>/ampm` from `main` (a CommonJS bundle) with the node binary `node` (default: this one). */
export function buildSea({ main, outDir, node = process.execPath }) {
  mkdirSync(outDir, { recursive: true });
  const blob = join(outDir, "sea-prep.blob");
  const config = join(outDir, "sea-config.json");
  writeFileSync(config, JSON.stringify({ main, output: blob, disableExperimentalSEAWarning: true, useCodeCache: true }, null, 2));
  execFileSync(node, ["--experimental-sea-config", config], { stdio: "pipe" });
  const exe = join(outDir, "ampm");
  copyFileSync(node, exe);
  chmodSync(exe, 0o755);
  if (hasCommand("strip")) execFileSync("strip", ["--strip-all", exe], { stdio: "pipe" });
  // postject's own CLI, in a child: its ELF library prints harmless warnings about the notes of a stripped binary.
  const postject = createRequire(import.meta.url).resolve("postject/dist/cli.js");
  execFileSync(process.execPath, [postject, exe, "NODE_SEA_BLOB", blob, "--sentinel-fuse", FUSE], { stdio: "pipe" });
  if (!existsSync(exe)) throw new Error(`postject did not write ${exe}`);
  return exe;
}
