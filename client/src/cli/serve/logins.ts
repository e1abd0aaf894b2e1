/**
 * Who may use `ampm serve`: a logins file (YAML) of users, each with a
 * password hash (scrypt), the caller key file the server signs that user's
 * requests with (so hosts' policy and audit see the person), and a role.
 *
 *   users:
 *     alice:  { password: "scrypt$16384$8$1$<salt>$<hash>", key: /etc/ampm/keys/alice.nk, role: operator }
 *     viewer: { password: "scrypt$...", key: /etc/ampm/keys/viewer.nk, role: readonly }
 *
 * Hashes come from `ampm serve --hash-password` (the password on stdin).
 */
import { randomBytes, scryptSync, timingSafeEqual } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { dirname, isAbsolute, resolve } from "node:path";
import { parse as parseYaml } from "yaml";
import { ConfigError, nameProblem } from "../../index.js";

export type Role = "operator" | "readonly";

export interface Login {
  user: string;
  /** scrypt$N$r$p$salt(base64url)$hash(base64url) */
  passwordHash: string;
  /** The caller key file (nkeys seed) this user's requests are signed with. */
  key: string;
  role: Role;
}

const SCRYPT = { N: 16384, r: 8, p: 1, keylen: 32 };

/** A password's hash for the logins file. */
export function hashPassword(password: string): string {
  const salt = randomBytes(16);
  const hash = scryptSync(password, salt, SCRYPT.keylen, { N: SCRYPT.N, r: SCRYPT.r, p: SCRYPT.p });
  return `scrypt$${SCRYPT.N}$${SCRYPT.r}$${SCRYPT.p}$${salt.toString("base64url")}$${hash.toString("base64url")}`;
}

/** Whether a password matches its hash (constant time); a malformed hash matches nothing. */
export function checkPassword(password: string, stored: string): boolean {
  const parts = stored.split("$");
  if (parts.length !== 6 || parts[0] !== "scrypt") return false;
  const [N, r, p] = parts.slice(1, 4).map(Number) as [number, number, number];
  const salt = Buffer.from(parts[4]!, "base64url");
  const expected = Buffer.from(parts[5]!, "base64url");
  if (!N || !r || !p || expected.length === 0) return false;
  const actual = scryptSync(password, salt, expected.length, { N, r, p, maxmem: 256 * N * r });
  return timingSafeEqual(actual, expected);
}

/** Reads and checks a logins file; a mistake is a ConfigError naming the user and the field. */
export function readLogins(file: string): Map<string, Login> {
  let doc: unknown;
  try {
    doc = parseYaml(readFileSync(file, "utf8"));
  } catch (err) {
    throw new ConfigError(`logins file ${file}: ${(err as Error).message}`);
  }
  const users = (doc as { users?: unknown } | null)?.users;
  if (!users || typeof users !== "object" || Array.isArray(users)) throw new ConfigError(`logins file ${file}: expected "users:" with one entry per user`);
  const logins = new Map<string, Login>();
  for (const [user, entry] of Object.entries(users as Record<string, unknown>)) {
    const where = `logins file ${file}, user "${user}"`;
    const problem = nameProblem("id", user, "user name");
    if (problem) throw new ConfigError(`logins file ${file}: ${problem}`);
    const e = (entry ?? {}) as Record<string, unknown>;
    if (typeof e.password !== "string" || !e.password.startsWith("scrypt$")) throw new ConfigError(`${where}: "password" must be a hash from ampm serve --hash-password`);
    if (typeof e.key !== "string" || !e.key) throw new ConfigError(`${where}: "key" must name the caller key file its requests are signed with`);
    const key = isAbsolute(e.key) ? e.key : resolve(dirname(file), e.key);
    if (!existsSync(key)) throw new ConfigError(`${where}: key file ${key} does not exist (ampm keys create NAME)`);
    const role = e.role ?? "readonly";
    if (role !== "operator" && role !== "readonly") throw new ConfigError(`${where}: "role" must be operator or readonly, got ${JSON.stringify(role)}`);
    logins.set(user, { user, passwordHash: e.password, key, role });
  }
  if (logins.size === 0) throw new ConfigError(`logins file ${file}: no users`);
  return logins;
}
