/**
 * A real nats-server on a random loopback port (broker-config/test.conf),
 * for one test file.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { TEST_BROKER_CONF } from "./paths.js";

export interface Broker {
  url: string;
  dir: string;
  process: ChildProcess;
  log(): string;
  /** Kills the server (SIGKILL by default: an outage, not a shutdown), keeping its directory and JetStream store. */
  kill(signal?: NodeJS.Signals): Promise<void>;
  /** Starts it again after kill(): same port, same store. */
  restart(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * A broker with `conf`. Another config than test.conf is started on a
 * random loopback port with its ports file and JetStream in the broker's
 * own directory (flags override the file).
 */
export async function startBroker(conf = TEST_BROKER_CONF, env: NodeJS.ProcessEnv = {}): Promise<Broker> {
  const dir = mkdtempSync(join(tmpdir(), "ampm-broker-"));
  const args = conf === TEST_BROKER_CONF ? ["-c", conf] : ["-c", conf, "-a", "127.0.0.1", "-p", "-1", "--ports_file_dir", dir, "-sd", dir];
  let server = await spawnServer(args, dir, env);
  const broker: Broker = {
    url: server.url,
    dir,
    process: server.child,
    log: () => server.log(),
    kill: async (signal = "SIGKILL") => {
      const child = server.child;
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill(signal);
      await Promise.race([exited, sleep(5000)]);
    },
    restart: async () => {
      const port = new URL(broker.url).port;
      const again = args.map((a, i) => (args[i - 1] === "-p" ? port : a));
      if (!again.includes("-p")) again.push("-p", port);
      rmSync(join(dir, `nats-server_${server.child.pid}.ports`), { force: true });
      server = await spawnServer(again, dir, env);
      broker.process = server.child;
    },
    stop: async () => {
      const child = server.child;
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((resolve) => child.once("exit", resolve));
        child.kill("SIGTERM");
        await Promise.race([exited, sleep(5000)]);
        if (child.exitCode === null) child.kill("SIGKILL");
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return broker;
}

async function spawnServer(args: string[], dir: string, env: NodeJS.ProcessEnv): Promise<{ child: ChildProcess; url: string; log(): string }> {
  const child = spawn("nats-server", args, { env: { ...process.env, ...env, AMPM_TEST_DIR: dir }, stdio: ["ignore", "pipe", "pipe"] });
  let log = "";
  child.stdout!.on("data", (d) => (log += d));
  child.stderr!.on("data", (d) => (log += d));
  const spawnError = new Promise<never>((_, reject) => child.once("error", (err) => reject(new Error(`cannot start nats-server: ${err.message} (install it: apt-get install nats-server)`))));
  const portsFile = `nats-server_${child.pid}.ports`;
  const deadline = Date.now() + 10_000;
  let url: string | undefined;
  while (!url) {
    if (child.exitCode !== null) throw new Error(`nats-server exited with ${child.exitCode}:\n${log}`);
    if (Date.now() > deadline) throw new Error(`nats-server did not report its port within 10 s:\n${log}`);
    if (readdirSync(dir).includes(portsFile)) {
      try {
        url = (JSON.parse(readFileSync(join(dir, portsFile), "utf8")) as { nats: string[] }).nats[0];
      } catch {
        // written but not complete yet
      }
    }
    if (!url) await Promise.race([sleep(20), spawnError]);
  }
  return { child, url, log: () => log };
}
