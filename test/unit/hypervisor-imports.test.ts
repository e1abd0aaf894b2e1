/**
 * The hypervisor wing has no import cycle and no dynamic import() (issue
 * 13): checked over all of agents/src with the TypeScript parser, so a
 * cycle through a module outside the folder counts too. The checker itself
 * is tried first on a small tree that has both.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import t from "tap";
import { importCycles, importGraph } from "../helpers/import-graph.js";
import { ROOT } from "../helpers/paths.js";

t.test("the checker finds a cycle (type-only imports too) and a dynamic import", async (t) => {
  const dir = mkdtempSync(join(tmpdir(), "ampm-imports-"));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  mkdirSync(join(dir, "sub"));
  writeFileSync(join(dir, "a.ts"), 'import { b } from "./sub/b.js";\nexport const a = () => b;\n');
  writeFileSync(join(dir, "sub", "b.ts"), 'import type { C } from "../c.js";\nexport const b = 1 as unknown as C;\n');
  writeFileSync(join(dir, "c.ts"), 'export type C = number;\nexport async function later() { return (await import("./a.js")).a; }\n');
  writeFileSync(join(dir, "d.ts"), 'export type D = import("./c.js").C;\n');
  const graph = importGraph(dir);
  t.same(importCycles(graph).map((c) => c.map((f) => relative(dir, f))), [["a.ts", "c.ts", "sub/b.ts"]]);
  t.same(graph.dynamic.map((d) => d.split(":")[0]), ["c.ts", "d.ts"]);
});

t.test("agents/src/hypervisor: no import cycle, no dynamic import", async (t) => {
  const src = join(ROOT, "agents", "src");
  const wing = join(src, "hypervisor");
  const graph = importGraph(src);
  t.ok([...graph.edges.keys()].some((f) => f.startsWith(`${wing}/`)), "the hypervisor's files are read");
  const cycles = importCycles(graph).filter((c) => c.some((f) => f.startsWith(`${wing}/`) || f.startsWith(join(src, "journal"))));
  t.same(cycles.map((c) => c.map((f) => relative(src, f))), [], "no import cycle through agents/src/hypervisor or agents/src/journal");
  t.same(graph.dynamic.filter((d) => d.startsWith("hypervisor/") || d.startsWith("journal/")), [], "no dynamic import()");
});
