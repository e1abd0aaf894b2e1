/**
 * The import graph of a TypeScript source tree, read with the TypeScript
 * compiler's parser: every relative import and export-from (type-only ones
 * too), and every dynamic import() (a call, or an import("...") type).
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import ts from "typescript";

export interface ImportGraph {
  /** file → the files of the tree it imports (absolute paths). */
  edges: Map<string, Set<string>>;
  /** Dynamic imports: "file:line: import(...)". */
  dynamic: string[];
}

function sources(dir: string): string[] {
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith(".ts") && !f.endsWith(".d.ts"))
    .map((f) => join(dir, f));
}

/** The file a relative specifier names: x.js → x.ts, a directory → its index.ts. */
function resolveSpecifier(from: string, spec: string): string | undefined {
  const base = resolve(dirname(from), spec);
  for (const candidate of [base.replace(/\.js$/, ".ts"), `${base}.ts`, join(base, "index.ts")]) {
    try {
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      // not this one
    }
  }
  return undefined;
}

export function importGraph(root: string): ImportGraph {
  const edges = new Map<string, Set<string>>();
  const dynamic: string[] = [];
  for (const file of sources(root)) {
    const text = readFileSync(file, "utf8");
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
    const out = new Set<string>();
    edges.set(file, out);
    const add = (spec: string) => {
      if (!spec.startsWith(".")) return;
      const target = resolveSpecifier(file, spec);
      if (target) out.add(target);
    };
    const where = (node: ts.Node) => `${relative(root, file)}:${source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1}`;
    const visit = (node: ts.Node): void => {
      if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) add(node.moduleSpecifier.text);
      if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
        dynamic.push(`${where(node)}: ${node.getText(source).slice(0, 80)}`);
        const arg = node.arguments[0];
        if (arg && ts.isStringLiteral(arg)) add(arg.text);
      }
      if (ts.isImportTypeNode(node)) {
        dynamic.push(`${where(node)}: ${node.getText(source).slice(0, 80)}`);
        const arg = node.argument;
        if (ts.isLiteralTypeNode(arg) && ts.isStringLiteral(arg.literal)) add(arg.literal.text);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return { edges, dynamic };
}

/** The import cycles (strongly connected components of more than one file, or a file importing itself). */
export function importCycles(graph: ImportGraph): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  let next = 0;
  const connect = (v: string): void => {
    index.set(v, next);
    low.set(v, next);
    next++;
    stack.push(v);
    onStack.add(v);
    for (const w of graph.edges.get(v) ?? []) {
      if (!index.has(w)) {
        connect(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) {
        low.set(v, Math.min(low.get(v)!, index.get(w)!));
      }
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || graph.edges.get(v)?.has(v)) cycles.push(component.sort());
    }
  };
  for (const v of graph.edges.keys()) if (!index.has(v)) connect(v);
  return cycles;
}
