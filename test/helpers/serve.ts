/** `ampm serve` as a real child process (the compiled CLI), on a free loopback port. */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CLI_MAIN } from "./paths.js";

export interface ServeProcess {
  url: string;
  child: ChildProcess;
  output(): string;
  stop(): Promise<void>;
}

const EMPTY_CONFIG = mkdtempSync(join(tmpdir(), "ampm-xdg-"));
process.once("exit", () => rmSync(EMPTY_CONFIG, { recursive: true, force: true }));

export function startServe(args: readonly string[], env: NodeJS.ProcessEnv = {}): Promise<ServeProcess> {
  const full: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: "1", XDG_CONFIG_HOME: EMPTY_CONFIG, ...env };
  for (const key of Object.keys(full)) if ((key.startsWith("AMPM_") || key === "NATS_URL") && !(key in env)) delete full[key];
  const child = spawn(process.execPath, [CLI_MAIN, "serve", "--listen", "127.0.0.1:0", ...args], { env: full, stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  child.stdout.on("data", (d) => (out += d));
  child.stderr.on("data", (d) => (out += d));
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const gone = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGTERM");
    const timer = setTimeout(() => child.kill("SIGKILL"), 5000);
    await gone;
    clearTimeout(timer);
  };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`ampm serve did not start within 15 s:\n${out}`));
    }, 15_000);
    const check = () => {
      const m = /ampm serve: (https?:\/\/\S+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        child.stdout.off("data", check);
        resolve({ url: m[1]!.replace(/\/$/, ""), child, output: () => out, stop });
      }
    };
    child.stdout.on("data", check);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`ampm serve exited with ${code}:\n${out}`));
    });
  });
}
