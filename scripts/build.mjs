#!/usr/bin/env node
// Compiles the TypeScript (tsc -p .) into dist/ and copies the generated
// protobuf module (JavaScript + its .d.ts) beside it.
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
execFileSync(process.execPath, [join(root, "node_modules", "typescript", "bin", "tsc"), "-p", root], { stdio: "inherit" });
mkdirSync(join(root, "dist", "proto", "gen"), { recursive: true });
for (const file of ["ampm.js", "ampm.d.ts"]) copyFileSync(join(root, "proto", "gen", file), join(root, "dist", "proto", "gen", file));
writeFileSync(join(root, "dist", ".built"), `${new Date().toISOString()}\n`);
