/**
 * Static discovery: the identities given, from flags, a file or stdin
 * (one a line; blank lines and # comments are skipped).
 */
import { readFileSync } from "node:fs";
import { assertValidIdentity, ConfigError } from "../../../proto/wire/index.js";

export function readNodesFile(path: string): string[] {
  let text: string;
  try {
    text = readFileSync(path === "-" ? 0 : path, "utf8");
  } catch (err) {
    throw new ConfigError(`cannot read the nodes file ${path === "-" ? "(stdin)" : path}: ${(err as Error).message}`, { cause: err });
  }
  return text
    .split("\n")
    .map((line) => line.replace(/#.*/, "").trim())
    .filter(Boolean);
}

/** Checks and de-duplicates identities, keeping their order. */
export function staticTargets(identities: readonly string[]): string[] {
  const out = new Set<string>();
  for (const identity of identities) {
    if (/[*?[]/.test(identity) || identity.startsWith("/")) {
      throw new ConfigError(`static discovery takes exact identities, not patterns: "${identity}"`);
    }
    try {
      assertValidIdentity(identity);
    } catch (err) {
      throw new ConfigError((err as Error).message);
    }
    out.add(identity);
  }
  return [...out];
}
