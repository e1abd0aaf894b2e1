/**
 * The one way agent code turns names into paths. Names come from requests,
 * journals and drivers; they are checked at the wire boundary (names.ts),
 * and this makes sure that, whatever a name holds, the path it makes stays
 * under its root, also when a symbolic link on the way points elsewhere.
 */
import { existsSync, realpathSync } from "node:fs";
import { dirname, resolve, sep } from "node:path";
import { printable, Status, StatusError } from "../../proto/wire/index.js";

/** A path that would leave its root: refused as INVALID_DATA. */
export class PathEscapeError extends StatusError {
  constructor(root: string, parts: readonly string[]) {
    super(Status.INVALID_DATA, `${printable(parts.join("/"), 120)} would leave ${root}: refused`);
  }
}

function inside(base: string, path: string): boolean {
  return path === base || path.startsWith(base.endsWith(sep) ? base : base + sep);
}

function real(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

/**
 * `root` joined with `parts`, refused (PathEscapeError) when the result is
 * not under `root`: by `..`, an absolute part, or a symlink of an existing
 * directory on the way that resolves outside.
 */
export function within(root: string, ...parts: string[]): string {
  const base = resolve(root);
  const target = resolve(base, ...parts);
  if (!inside(base, target) || parts.some((p) => p.includes("\0"))) throw new PathEscapeError(root, parts);
  let existing = target;
  while (existing !== base && !existsSync(existing)) existing = dirname(existing);
  if (!inside(real(base), real(existing))) throw new PathEscapeError(root, parts);
  return target;
}
