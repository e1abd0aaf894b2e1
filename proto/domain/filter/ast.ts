/** The parsed form of a filter expression. */
import type { Pattern } from "./pattern.js";

export type CompareOp = "=" | "!=" | "<" | "<=" | ">" | ">=" | "=~" | "!~";

export type Value = { kind: "text"; text: string } | { kind: "regex"; re: Pattern };

export type Expr =
  | { kind: "and"; left: Expr; right: Expr }
  | { kind: "or"; left: Expr; right: Expr }
  | { kind: "not"; expr: Expr }
  | { kind: "compare"; field: string; op: CompareOp; value: Value }
  | { kind: "has"; field: string; value: Value }
  | { kind: "in"; field: string; values: Value[] }
  | { kind: "truthy"; field: string };
