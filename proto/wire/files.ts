/** Reading the YAML (or JSON) files of ampm: agent and client config, facts, profiles. */
import { readFileSync } from "node:fs";
import { parse as parseYaml } from "yaml";
import { ConfigError } from "./errors.js";

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
