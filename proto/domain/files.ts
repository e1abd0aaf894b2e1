/**
 * Files of ampm: reading its YAML (or JSON) files (agent and client config,
 * facts, profiles), and fetching a file from the object store with its
 * SHA-256 checked (the agent's image import and migration fallback, the
 * client's image export).
 */
import { createHash } from "node:crypto";
import { createReadStream, readFileSync } from "node:fs";
import { parse as parseYaml } from "yaml";
import { ConfigError } from "../wire/errors.js";
import type { BlobInfo, BlobStore } from "../wire/transport.js";

/** The document in a YAML or JSON file; a ConfigError saying which file and what is wrong. */
export function readYamlFile(path: string, what: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (err) {
    throw new ConfigError(`cannot read ${what} ${path}: ${(err as Error).message}`, { cause: err });
  }
  try {
    return parseYaml(text);
  } catch (err) {
    throw new ConfigError(`${what} ${path} is not valid YAML or JSON: ${(err as Error).message}`, { cause: err });
  }
}

/** The SHA-256 of a file, hex. */
export async function sha256File(file: string): Promise<string> {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest("hex");
}

/** A fetch that did not bring the expected file: the object is missing, or what arrived has another SHA-256. */
export class FetchVerifyError extends Error {
  constructor(
    message: string,
    readonly reason: "missing" | "damaged",
  ) {
    super(message);
    this.name = "FetchVerifyError";
  }
}

/**
 * Fetches an object of the object store into `file` and checks its SHA-256
 * (hex) against `sha256`: fetch ▸ sha256 ▸ compare, in one place. `what`
 * names the file in the error ("the image", "volume root").
 */
export async function fetchVerified(blobs: BlobStore, from: { bucket: string; object: string }, file: string, sha256: string, what: string): Promise<BlobInfo> {
  const got = await blobs.get(from.bucket, from.object, file);
  if (!got) throw new FetchVerifyError(`${what} is not in the object store (${from.bucket}/${from.object})`, "missing");
  const sum = await sha256File(file);
  if (sum !== sha256) throw new FetchVerifyError(`${what} arrived damaged: sha256 ${sum}, expected ${sha256}`, "damaged");
  return got;
}
