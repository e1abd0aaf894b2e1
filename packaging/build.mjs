#!/usr/bin/env node
/**
 * npm run package: the bundles, the single executable and the .deb.
 *
 *   node packaging/build.mjs [--out DIR] [--node NODE_BINARY]
 *
 *   DIR/bundle/ampm.cjs, ampm-agent.cjs   one file per program (node DIR/bundle/ampm.cjs ...)
 *   DIR/sea/ampm                          the single executable (ampm; as ampm-agent, the agent)
 *   DIR/ampm_<version>_<arch>.deb
 *
 * Offline: esbuild and postject come from node_modules, the node binary is
 * this machine's.
 */
import { mkdirSync, rmSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { bundle } from "./bundle.mjs";
import { buildDeb, DEB_PLUGINS } from "./deb.mjs";
import { buildSea } from "./sea.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

function option(name, fallback) {
  const i = process.argv.indexOf(name);
  if (i < 0) return fallback;
  const value = process.argv[i + 1];
  if (!value || value.startsWith("--")) {
    process.stderr.write(`package: ${name} needs a value\n`);
    process.exit(2);
  }
  return value;
}

const out = resolve(option("--out", join(root, "dist", "package")));
const node = resolve(option("--node", process.execPath));
const mb = (file) => `${(statSync(file).size / 1048576).toFixed(1)} MB`;

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const bundleDir = join(out, "bundle");
// The bundles find the checkout's plugins from where they are built; the single executable from /usr/bin.
const plugins = relative(bundleDir, join(root, "agents", "plugins"));
const { version, files } = await bundle({ root, outDir: bundleDir, plugins, seaPlugins: DEB_PLUGINS });
const exe = buildSea({ main: files["ampm-single"], outDir: join(out, "sea"), node });
const deb = buildDeb({ root, exe, version, outDir: out });
process.stdout.write(
  [
    `package: ampm ${version}`,
    `  ${files.ampm} (${mb(files.ampm)})`,
    `  ${files["ampm-agent"]} (${mb(files["ampm-agent"])})`,
    `  ${exe} (${mb(exe)}; as ampm-agent: the agent)`,
    `  ${deb} (${mb(deb)})`,
    "",
  ].join("\n"),
);
