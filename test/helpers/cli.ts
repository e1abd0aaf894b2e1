/** Runs the compiled `ampm` CLI as a child process. */
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CLI_MAIN } from "./paths.js";

/** An empty config directory: no one's own client.yaml or contexts reach the tests. */
const EMPTY_CONFIG = mkdtempSync(join(tmpdir(), "ampm-xdg-"));
process.once("exit", () => rmSync(EMPTY_CONFIG, { recursive: true, force: true }));

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runAmpm(args: readonly string[], options: { env?: NodeJS.ProcessEnv; input?: string; timeoutMs?: number } = {}): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: "1", XDG_CONFIG_HOME: EMPTY_CONFIG, ...options.env };
    for (const key of Object.keys(env)) if ((key.startsWith("AMPM_") || key === "NATS_URL") && !(options.env && key in options.env)) delete env[key];
    const child = spawn(process.execPath, [CLI_MAIN, ...args], { env, stdio: ["pipe", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`ampm ${args.join(" ")} did not finish within ${options.timeoutMs ?? 30_000} ms\n${stdout}\n${stderr}`));
    }, options.timeoutMs ?? 30_000);
    child.on("error", reject);
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
    child.stdin.end(options.input ?? "");
  });
}
