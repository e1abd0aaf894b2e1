/**
 * esbuild: each program into one CommonJS file for Node 20, with its
 * dependencies, so it starts without resolving node_modules (and can be
 * embedded in a single executable, which runs CommonJS only).
 *
 *   client/src/cli/main.ts ─▶ <out>/ampm.cjs
 *   agents/src/main.ts     ─▶ <out>/ampm-agent.cjs
 *   packaging/entry.ts     ─▶ <out>/ampm-single.cjs   (both, chosen by the program's name)
 */
import { build } from "esbuild";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

export const PROGRAMS = Object.freeze({
  ampm: "client/src/cli/main.ts",
  "ampm-agent": "agents/src/main.ts",
  "ampm-single": "packaging/entry.ts",
});

/**
 * Bundles every program into `outDir`. `plugins` is where the shipped
 * plugins are, relative to the bundle files' directory; `seaPlugins` the
 * same for the single executable, relative to where it is installed.
 */
/** ampm serve's page (client/web) and its libraries from node_modules, base64 by URL path: the bundles carry them. */
export function webAssets(root) {
  const require = createRequire(join(root, "package.json"));
  const files = {
    "/": join(root, "client", "web", "index.html"),
    "/app.js": join(root, "client", "web", "app.js"),
    "/style.css": join(root, "client", "web", "style.css"),
    "/vendor/preact.mjs": require.resolve("preact"),
    "/vendor/hooks.mjs": require.resolve("preact/hooks"),
    "/vendor/htm.mjs": join(dirname(require.resolve("htm")), "htm.module.js"),
  };
  return Object.fromEntries(Object.entries(files).map(([path, file]) => [path, readFileSync(file).toString("base64")]));
}

export async function bundle({ root, outDir, plugins, seaPlugins, programs = Object.keys(PROGRAMS) }) {
  const { version } = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
  const web = JSON.stringify(webAssets(root));
  const files = {};
  for (const name of programs) {
    const outfile = join(outDir, `${name}.cjs`);
    await build({
      absWorkingDir: root,
      entryPoints: [join(root, PROGRAMS[name])],
      outfile,
      bundle: true,
      platform: "node",
      target: "node20",
      format: "cjs",
      minify: true,
      legalComments: "eof",
      define: { AMPM_BUNDLE: JSON.stringify(name === "ampm-single" ? { version, plugins: seaPlugins, sea: true } : { version, plugins, sea: false }), AMPM_WEB: web },
      // version.ts reads import.meta.url only when AMPM_BUNDLE is not defined.
      logOverride: { "empty-import-meta": "silent" },
      logLevel: "warning",
    });
    files[name] = outfile;
  }
  return { version, files };
}
