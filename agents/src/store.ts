/**
 * Small JSON files that must survive a crash: written to a temporary file,
 * flushed to disk, then renamed over the old one (and the directory
 * flushed), so a reader sees the old or the new document, never half.
 */
import { closeSync, fsyncSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, writeSync } from "node:fs";
import { dirname, join } from "node:path";
import { DiskError, isDiskError } from "./disk.js";

/**
 * Writes `value` as the document at `path`, atomically. On a failure the
 * temporary file is removed and the old document stays; a failure of the
 * disk (no space, I/O error, read-only) is a DiskError naming the file.
 */
export function writeJsonAtomic(path: string, value: unknown): void {
  const tmp = `${path}.tmp-${process.pid}`;
  try {
    mkdirSync(dirname(path), { recursive: true });
    const fd = openSync(tmp, "w", 0o600);
    try {
      writeSync(fd, `${JSON.stringify(value, null, 2)}\n`);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, path);
    const dir = openSync(dirname(path), "r");
    try {
      fsyncSync(dir);
    } finally {
      closeSync(dir);
    }
  } catch (err) {
    rmSync(tmp, { force: true });
    if (isDiskError(err)) throw new DiskError(path, err as NodeJS.ErrnoException);
    throw err;
  }
}

/** The document, or undefined when the file does not exist. Throws on a damaged file. */
export function readJson<T>(path: string): T | undefined {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw err;
  }
  return JSON.parse(text) as T;
}

/** Every `*.json` document in a directory (none when it does not exist), by file name. */
export function readJsonDir<T>(dir: string): Map<string, T> {
  const out = new Map<string, T>();
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return out;
  }
  for (const name of names.sort()) {
    if (!name.endsWith(".json")) continue;
    const doc = readJson<T>(join(dir, name));
    if (doc !== undefined) out.set(name.slice(0, -5), doc);
  }
  return out;
}

export function removeFile(path: string): void {
  rmSync(path, { force: true });
}

/** The SHA-256 of a file, hex (proto/domain/files.ts: the client uses it too). */
export { sha256File } from "../../proto/domain/files.js";
