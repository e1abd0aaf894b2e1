/**
 * External discovery: a program that reads the filter as JSON on stdin
 * ({"identity": [...], "facts": [{"fact", "op", "value"}], "tags": [...],
 * "agents": [...], "where": "..."}) and prints the identities that match,
 * one a line (blank lines and # comments skipped), then exits 0. Like
 * Choria's external discovery: a CMDB, a cloud API, a spreadsheet.
 */
import { spawn } from "node:child_process";
import { ConfigError, printable, type ampm } from "../../../proto/wire/index.js";
import { staticTargets } from "./static.js";

const MAX_OUTPUT = 16 * 1024 * 1024;

export async function runExternalDiscovery(program: string, filter: ampm.v1.IFilter, timeoutMs: number): Promise<string[]> {
  const child = spawn(program, [], { stdio: ["pipe", "pipe", "pipe"] });
  let out = "";
  let err = "";
  let tooLong = false;
  child.stdout.setEncoding("utf8").on("data", (d: string) => {
    if (out.length + d.length > MAX_OUTPUT) {
      tooLong = true;
      child.kill("SIGKILL");
    } else out += d;
  });
  child.stderr.setEncoding("utf8").on("data", (d: string) => (err = (err + d).slice(-2000)));
  child.stdin.on("error", () => undefined);
  child.stdin.end(JSON.stringify({ identity: filter.identity ?? [], facts: filter.facts ?? [], tags: filter.tags ?? [], agents: filter.agents ?? [], where: filter.where ?? "" }));
  const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
  const outcome = await new Promise<{ code: number | null; signal: NodeJS.Signals | null; error?: Error }>((resolve) => {
    child.once("error", (error) => resolve({ code: null, signal: null, error }));
    child.once("close", (code, signal) => resolve({ code, signal }));
  }).finally(() => clearTimeout(timer));
  const name = printable(program);
  if (outcome.error) throw new ConfigError(`discovery program ${name} cannot run: ${outcome.error.message}`);
  if (tooLong) throw new ConfigError(`discovery program ${name} printed more than ${MAX_OUTPUT} bytes`);
  if (outcome.signal) throw new ConfigError(`discovery program ${name} was killed (${outcome.signal}${outcome.signal === "SIGKILL" ? `: over the discovery timeout of ${timeoutMs} ms?` : ""})`);
  if (outcome.code !== 0) throw new ConfigError(`discovery program ${name} failed (exit ${outcome.code})${err.trim() ? `: ${printable(err.trim(), 500)}` : ""}`);
  const lines = out
    .split("\n")
    .map((line) => line.replace(/#.*/, "").trim())
    .filter(Boolean);
  try {
    return staticTargets(lines).sort();
  } catch (e) {
    throw new ConfigError(`discovery program ${name} printed a bad identity: ${(e as Error).message}`);
  }
}
