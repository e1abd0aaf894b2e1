#!/usr/bin/env node
// Regenerates proto/gen/ (protobufjs static module + .d.ts) from proto/ampm/v1/*.proto.
// Usage: node proto/generate.mjs [OUT_DIR]   (default: proto/gen)
import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, "..");
const out = resolve(process.argv[2] ?? join(here, "gen"));
const bin = (name) => join(root, "node_modules", ".bin", name);
const protos = readdirSync(join(here, "ampm", "v1"))
  .filter((f) => f.endsWith(".proto"))
  .sort()
  .map((f) => join("proto", "ampm", "v1", f));

mkdirSync(out, { recursive: true });
const js = join(out, "ampm.js");
execFileSync(bin("pbjs"), ["-t", "static-module", "-w", "es6", "--es6", "--force-number", "-o", js, ...protos], { cwd: root, stdio: "inherit" });
// stdout-blocking.cjs: without it, pbts loses the end of the .d.ts when the machine is busy.
const preload = `--require "${join(here, "stdout-blocking.cjs")}"`;
const env = { ...process.env, NODE_OPTIONS: [process.env.NODE_OPTIONS, preload].filter(Boolean).join(" ") };
execFileSync(bin("pbts"), ["-o", join(out, "ampm.d.ts"), js], { cwd: root, stdio: "inherit", env });
