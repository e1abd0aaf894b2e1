/**
 * Profiles: what an instance is made of (template, resources, volumes, NICs,
 * tags, category, host requirements, spread). YAML or JSON files, checked
 * with ajv; errors name the file and the field. Resolved on the caller and
 * sent whole in the create request, so agents need no catalog.
 */
import { readdirSync } from "node:fs";
import { basename, extname, join } from "node:path";
import { ConfigError, FilterSyntaxError } from "../../proto/wire/index.js";
import { check, compileSchema, parseExpression, readYamlFile, type ProfileMessage } from "../../proto/domain/index.js";

/** A profile as the create request carries it (ampm.v1.Profile), and the file it was read from. */
export type Profile = ProfileMessage & { file: string };

const UNITS: Record<string, number> = { "": 1, b: 1, k: 1024, kb: 1024, kib: 1024, m: 1024 ** 2, mb: 1024 ** 2, mib: 1024 ** 2, g: 1024 ** 3, gb: 1024 ** 3, gib: 1024 ** 3, t: 1024 ** 4, tb: 1024 ** 4, tib: 1024 ** 4 };

/** 1073741824, "1073741824", "10G", "512MiB", "1.5T" → bytes (binary units). */
export function parseSize(value: number | string): number {
  if (typeof value === "number") return value;
  const m = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(value);
  const unit = m ? UNITS[m[2]!.toLowerCase()] : undefined;
  if (!m || unit === undefined) throw new RangeError(`"${value}" is not a size (e.g. 10G, 512M, 1073741824)`);
  return Math.round(Number(m[1]) * unit);
}

const size = { anyOf: [{ type: "integer", minimum: 1 }, { type: "string", pattern: "^\\s*\\d+(\\.\\d+)?\\s*([KkMmGgTt]([Ii]?[Bb])?|[Bb])?\\s*$" }] };
const SCHEMA = {
  type: "object",
  additionalProperties: false,
  required: ["template", "resources", "volumes"],
  properties: {
    name: { type: "string", pattern: "^[A-Za-z0-9][A-Za-z0-9._-]*$" },
    description: { type: "string" },
    template: { type: "string", pattern: "^[a-z][a-z0-9_-]*:[^\\s]+$" },
    resources: {
      type: "object",
      additionalProperties: false,
      required: ["vcpus", "memory_mb"],
      properties: { vcpus: { type: "integer", minimum: 1 }, memory_mb: { type: "integer", minimum: 1 } },
    },
    volumes: {
      type: "array",
      minItems: 1,
      items: {
        type: "object",
        additionalProperties: false,
        required: ["name", "size", "storage"],
        properties: { name: { type: "string", pattern: "^[a-z][a-z0-9_-]*$" }, size, storage: { type: "string", minLength: 1 } },
      },
    },
    nics: {
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["bridge"],
        properties: { bridge: { type: "string", minLength: 1 }, vlan: { type: "integer", minimum: 0, maximum: 4094 } },
      },
    },
    tags: { type: "array", items: { type: "string", pattern: "^\\S+$" } },
    category: { type: "string", pattern: "^[a-z][a-z0-9_-]*$" },
    requirements: { type: "string" },
    spread: { type: "string", pattern: "^\\S+$" },
  },
} as const;

interface ProfileFile {
  name?: string;
  description?: string;
  template: string;
  resources: { vcpus: number; memory_mb: number };
  volumes: { name: string; size: number | string; storage: string }[];
  nics?: { bridge: string; vlan?: number }[];
  tags?: string[];
  category?: string;
  requirements?: string;
  spread?: string;
}

const EXTENSIONS = [".yaml", ".yml", ".json"];

/** Reads one profile file; ConfigError naming the file and each bad field. */
export function readProfile(file: string): Profile {
  const value = readYamlFile(file, "profile");
  const problems = check(compileSchema(SCHEMA), value ?? {});
  if (problems.length > 0) throw new ConfigError(`profile ${file}: ${problems.map((p) => p.message).join("; ")}`);
  const p = value as ProfileFile;
  if (p.requirements) {
    try {
      parseExpression(p.requirements);
    } catch (err) {
      throw new ConfigError(`profile ${file}: requirements: ${err instanceof FilterSyntaxError ? err.message : String(err)}`);
    }
  }
  const names = new Set<string>();
  for (const v of p.volumes) {
    if (names.has(v.name)) throw new ConfigError(`profile ${file}: volumes: "${v.name}" appears twice`);
    names.add(v.name);
  }
  return {
    name: p.name ?? basename(file, extname(file)),
    description: p.description ?? "",
    template: p.template,
    resources: { vcpus: p.resources.vcpus, memoryMb: p.resources.memory_mb },
    volumes: p.volumes.map((v) => ({ name: v.name, sizeBytes: parseSize(v.size), storage: v.storage })),
    nics: (p.nics ?? []).map((n) => ({ bridge: n.bridge, vlan: n.vlan ?? 0 })),
    tags: p.tags ?? [],
    category: p.category ?? "user",
    requirements: p.requirements ?? "",
    spread: p.spread ?? "",
    file,
  };
}

function profileFiles(dir: string): string[] {
  try {
    return readdirSync(dir)
      .filter((f) => EXTENSIONS.includes(extname(f)))
      .sort()
      .map((f) => join(dir, f));
  } catch {
    return [];
  }
}

export interface ProfileCatalog {
  profiles: Map<string, Profile>;
  /** Files that could not be read, each with its error. */
  problems: string[];
}

export function loadProfiles(dirs: readonly string[]): ProfileCatalog {
  const profiles = new Map<string, Profile>();
  const problems: string[] = [];
  for (const dir of dirs) {
    for (const file of profileFiles(dir)) {
      try {
        const profile = readProfile(file);
        if (!profiles.has(profile.name)) profiles.set(profile.name, profile);
      } catch (err) {
        problems.push((err as Error).message);
      }
    }
  }
  return { profiles, problems };
}

/** The profile named; a ConfigError that says where it looked, or what is wrong with its file. */
export function resolveProfile(name: string, dirs: readonly string[]): Profile {
  for (const dir of dirs) {
    for (const file of profileFiles(dir)) {
      if (basename(file, extname(file)) === name) return readProfile(file);
    }
  }
  const { profiles, problems } = loadProfiles(dirs);
  const found = profiles.get(name);
  if (found) return found;
  if (dirs.length === 0) throw new ConfigError(`no profile "${name}": no profile directory (use --profiles DIR or AMPM_PROFILES)`);
  const known = [...profiles.keys()].sort().join(", ") || "none";
  const broken = problems.length > 0 ? `; unreadable: ${problems.join("; ")}` : "";
  throw new ConfigError(`no profile "${name}" in ${dirs.join(", ")} (have: ${known})${broken}`);
}
