/**
 * The callers a host trusts: name, nkeys public key, roles. From the config
 * (`security.callers`) and a file (`security.trusted_file`) that is re-read
 * on reload:
 *
 *   callers:
 *     - { name: alice, key: UAB..., roles: [operator] }
 *     - { name: "agent:hv2", key: UCD..., roles: [agent] }
 */
import { ConfigError } from "../../../proto/wire/index.js";
import { check, compileSchema, readYamlFile } from "../../../proto/domain/index.js";
import { CALLER_SCHEMA, type TrustedCaller } from "./settings.js";

const FILE_SCHEMA = {
  type: "object",
  additionalProperties: false,
  required: ["callers"],
  properties: { callers: { type: "array", items: CALLER_SCHEMA } },
} as const;

export class TrustStore {
  private readonly byKey = new Map<string, TrustedCaller>();

  constructor(callers: readonly TrustedCaller[]) {
    const names = new Map<string, string>();
    for (const c of callers) {
      const caller = { name: c.name, key: c.key, roles: [...(c.roles ?? [])] };
      const known = this.byKey.get(caller.key);
      if (known && known.name !== caller.name) throw new ConfigError(`key ${caller.key.slice(0, 12)}... is given to both "${known.name}" and "${caller.name}"`);
      const other = names.get(caller.name);
      if (other && other !== caller.key) throw new ConfigError(`caller "${caller.name}" has two keys (${other.slice(0, 12)}... and ${caller.key.slice(0, 12)}...): one key per name`);
      names.set(caller.name, caller.key);
      if (known) known.roles = [...new Set([...known.roles, ...caller.roles])];
      else this.byKey.set(caller.key, caller);
    }
  }

  /** The inline callers plus the file's; a ConfigError naming the file and field when it is wrong. */
  static load(inline: readonly TrustedCaller[], file?: string): TrustStore {
    const callers = [...inline];
    if (file) {
      const doc = readYamlFile(file, "trusted callers file");
      const problems = check(compileSchema(FILE_SCHEMA), doc);
      if (problems.length > 0) throw new ConfigError(`trusted callers file ${file}: ${problems.map((p) => p.message).join("; ")}`);
      callers.push(...(doc as { callers: TrustedCaller[] }).callers);
    }
    try {
      return new TrustStore(callers);
    } catch (err) {
      throw new ConfigError(`${file ? `trusted callers file ${file}` : "security.callers"}: ${(err as Error).message}`, { cause: err });
    }
  }

  get(key: string): TrustedCaller | undefined {
    return this.byKey.get(key);
  }

  get size(): number {
    return this.byKey.size;
  }
}
