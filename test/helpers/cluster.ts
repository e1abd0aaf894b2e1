/**
 * A real 3-node nats-server cluster (and optionally a leaf node for a remote
 * site) on loopback, for one test file. Each node runs the repository's own
 * broker-config/cluster/nN.conf (and leaf/site.conf), with only the
 * addresses and the store directory rewritten: free loopback ports and a
 * temp directory. Every rewrite must match, so a change to those files that
 * the tests no longer follow fails here instead of testing something else.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { connect as connectTcp, createServer } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { ROOT } from "./paths.js";

export const CLUSTER_CONF_DIR = join(ROOT, "broker-config", "cluster");
export const LEAF_CONF = join(ROOT, "broker-config", "leaf", "site.conf");

export interface ServerNode {
  name: string;
  /** nats://127.0.0.1:PORT */
  url: string;
  port: number;
  monitorPort: number;
  configFile: string;
  dir: string;
  process: ChildProcess;
  /** Running (not killed). */
  running(): boolean;
  log(): string;
  /** GET on the monitoring port (e.g. "/jsz", "/leafz"), parsed JSON. */
  monitor<T = Record<string, unknown>>(path: string): Promise<T>;
}

export interface MetaCluster {
  leader?: string;
  cluster_size?: number;
  replicas?: { name: string; current: boolean; offline?: boolean; active: number }[];
}

export interface Cluster {
  nodes: ServerNode[];
  /** Every node's client URL, in order. */
  urls: string[];
  leaf?: ServerNode;
  root: string;
  /** kill -9 of node i (its store stays). */
  kill(i: number): Promise<void>;
  /** Starts node i again: same ports, same store. */
  restart(i: number): Promise<void>;
  /** Until every running node knows a JetStream meta leader and sees every running peer as current (with `all`: every node, none offline). */
  waitForMeta(options?: { all?: boolean; timeoutMs?: number }): Promise<MetaCluster>;
  /** Until the leaf has its connection to the hub. */
  waitForLeaf(timeoutMs?: number): Promise<void>;
  stop(): Promise<void>;
}

/** `count` distinct free loopback TCP ports (all bound at once, then released). */
export async function freePorts(count: number): Promise<number[]> {
  const servers = await Promise.all(
    Array.from(
      { length: count },
      () =>
        new Promise<ReturnType<typeof createServer>>((resolve, reject) => {
          const server = createServer();
          server.once("error", reject);
          server.listen(0, "127.0.0.1", () => resolve(server));
        }),
    ),
  );
  const ports = servers.map((s) => (s.address() as { port: number }).port);
  await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
  return ports;
}

function rewrite(text: string, file: string, edits: [RegExp, string][]): string {
  for (const [pattern, replacement] of edits) {
    if (!pattern.test(text)) throw new Error(`${file} no longer has ${pattern}: update test/helpers/cluster.ts with it`);
    text = text.replace(pattern, replacement);
  }
  return text;
}

interface NodePorts {
  client: number;
  cluster: number;
  leaf: number;
  monitor: number;
}

export async function startCluster(options: { leaf?: boolean } = {}): Promise<Cluster> {
  // A port found free can be taken by another process before nats-server binds it: start again on new ports.
  for (let attempt = 1; ; attempt++) {
    try {
      return await tryCluster(options);
    } catch (err) {
      if (attempt >= 3 || !/address already in use/.test((err as Error).message)) throw err;
    }
  }
}

async function tryCluster(options: { leaf?: boolean }): Promise<Cluster> {
  const root = mkdtempSync(join(tmpdir(), "ampm-cluster-"));
  const free = await freePorts(3 * 4 + 2);
  const ports: NodePorts[] = [0, 1, 2].map((i) => ({ client: free[4 * i], cluster: free[4 * i + 1], leaf: free[4 * i + 2], monitor: free[4 * i + 3] }));
  const routes = ports.map((p) => `    nats-route://127.0.0.1:${p.cluster}`).join("\n");
  const specs = ports.map((p, i) => {
    const name = `n${i + 1}`;
    const source = join(CLUSTER_CONF_DIR, `${name}.conf`);
    const dir = join(root, name);
    mkdirSync(dir, { recursive: true });
    const configFile = join(dir, "node.conf");
    const text = rewrite(readFileSync(source, "utf8"), source, [
      [/^include \.\/common\.conf$/m, `include "${relative(dir, join(CLUSTER_CONF_DIR, "common.conf"))}"`],
      [/^listen: 0\.0\.0\.0:4222$/m, `listen: 127.0.0.1:${p.client}`],
      [/^http: 127\.0\.0\.1:8222$/m, `http: 127.0.0.1:${p.monitor}`],
      [/^ {2}store_dir: \S+$/m, `  store_dir: "${join(dir, "jetstream")}"`],
      [/^ {2}max_file_store: \S+$/m, "  max_file_store: 4GB"],
      [/^ {2}listen: 0\.0\.0\.0:6222$/m, `  listen: 127.0.0.1:${p.cluster}`],
      [/^ {2}routes: \[\n(?: {4}nats-route:\/\/\S+\n)+ {2}\]$/m, `  routes: [\n${routes}\n  ]`],
      [/^ {2}listen: 0\.0\.0\.0:7422$/m, `  listen: 127.0.0.1:${p.leaf}`],
    ]);
    writeFileSync(configFile, text);
    return { name, configFile, dir, port: p.client, monitorPort: p.monitor };
  });
  const launched = await Promise.allSettled(specs.map((s) => launch(s.name, s.configFile, s.dir, s.port, s.monitorPort)));
  const failed = launched.find((r): r is PromiseRejectedResult => r.status === "rejected");
  if (failed) {
    await Promise.all(launched.flatMap((r) => (r.status === "fulfilled" ? [stopNode(r.value)] : [])));
    rmSync(root, { recursive: true, force: true });
    throw failed.reason;
  }
  const nodes = launched.map((r) => (r as PromiseFulfilledResult<ServerNode>).value);
  let leaf: ServerNode | undefined;
  const cluster: Cluster = {
    nodes,
    urls: nodes.map((n) => n.url),
    root,
    kill: async (i) => {
      const child = nodes[i].process;
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGKILL");
      await Promise.race([exited, sleep(5000)]);
    },
    restart: async (i) => {
      const n = nodes[i];
      nodes[i] = await launch(n.name, n.configFile, n.dir, n.port, n.monitorPort, n.log());
    },
    waitForMeta: async ({ all = false, timeoutMs = 60_000 } = {}) => {
      const deadline = Date.now() + timeoutMs;
      let last: unknown;
      for (;;) {
        const running = nodes.filter((n) => n.running());
        try {
          const metas = await Promise.all(running.map(async (n) => (await n.monitor<{ meta_cluster?: MetaCluster }>("/jsz")).meta_cluster ?? {}));
          last = metas;
          // Followers report the leader's name; only the leader lists its peers and whether they are current.
          const leader = metas[0]?.leader;
          const view = metas[running.findIndex((n) => n.name === leader)];
          const peers = (view?.replicas ?? []).filter((r) => r.current && !r.offline).length;
          // The leader is not among its own replicas.
          const ok = !!leader && !!view && metas.every((m) => m.leader === leader) && (all ? peers === nodes.length - 1 : peers >= running.length - 1);
          if (ok) return view;
        } catch (err) {
          last = err;
        }
        if (Date.now() > deadline) throw new Error(`no JetStream meta leader with current peers within ${timeoutMs} ms: ${JSON.stringify(last)}\n${nodes.map((n) => `--- ${n.name}\n${n.log().slice(-3000)}`).join("\n")}`);
        await sleep(200);
      }
    },
    waitForLeaf: async (timeoutMs = 30_000) => {
      if (!leaf) throw new Error("this cluster has no leaf node");
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        try {
          if (((await leaf.monitor<{ leafnodes?: number }>("/leafz")).leafnodes ?? 0) > 0) return;
        } catch {
          // not listening yet
        }
        if (Date.now() > deadline) throw new Error(`the leaf node did not connect to the hub within ${timeoutMs} ms:\n${leaf.log().slice(-3000)}`);
        await sleep(100);
      }
    },
    stop: async () => {
      await Promise.all([...nodes, ...(leaf ? [leaf] : [])].map((n) => stopNode(n)));
      rmSync(root, { recursive: true, force: true });
    },
  };
  if (options.leaf) {
    const dir = join(root, "leaf");
    mkdirSync(dir, { recursive: true });
    const configFile = join(dir, "site.conf");
    const [port, monitorPort] = [free[12], free[13]];
    const urls = ports.map((p) => `        nats-leaf://127.0.0.1:${p.leaf}`).join("\n");
    writeFileSync(
      configFile,
      rewrite(readFileSync(LEAF_CONF, "utf8"), LEAF_CONF, [
        [/^listen: 0\.0\.0\.0:4222$/m, `listen: 127.0.0.1:${port}`],
        [/^http: 127\.0\.0\.1:8222$/m, `http: 127.0.0.1:${monitorPort}`],
        [/^ {6}urls: \[\n(?: {8}nats-leaf:\/\/\S+\n)+ {6}\]$/m, `      urls: [\n${urls}\n      ]`],
      ]),
    );
    leaf = await launch("site-a", configFile, dir, port, monitorPort);
    cluster.leaf = leaf;
  }
  return cluster;
}

/** Resolves when a TCP connection to the loopback port succeeds. */
function accepts(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const socket = connectTcp(port, "127.0.0.1");
    socket.once("connect", () => {
      socket.destroy();
      resolve();
    });
    socket.once("error", reject);
  });
}

async function stopNode(n: ServerNode): Promise<void> {
  const child = n.process;
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  await Promise.race([exited, sleep(5000)]);
  if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
}

async function launch(name: string, configFile: string, dir: string, port: number, monitorPort: number, before = ""): Promise<ServerNode> {
  const child = spawn("nats-server", ["-c", configFile], { cwd: dirname(configFile), stdio: ["ignore", "pipe", "pipe"] });
  let log = before;
  child.stdout!.on("data", (d) => (log += d));
  child.stderr!.on("data", (d) => (log += d));
  const failed = new Promise<never>((_, reject) => {
    child.once("error", (err) => reject(new Error(`cannot start nats-server: ${err.message} (install it: apt-get install nats-server)`)));
  });
  failed.catch(() => undefined);
  const node: ServerNode = {
    name,
    url: `nats://127.0.0.1:${port}`,
    port,
    monitorPort,
    configFile,
    dir,
    process: child,
    running: () => child.exitCode === null && child.signalCode === null,
    log: () => log,
    monitor: async <T>(path: string) => {
      const res = await fetch(`http://127.0.0.1:${monitorPort}${path}`, { signal: AbortSignal.timeout(5000) });
      if (!res.ok) throw new Error(`${name}${path}: HTTP ${res.status}`);
      return (await res.json()) as T;
    },
  };
  const deadline = Date.now() + 15_000;
  for (;;) {
    if (!node.running()) throw new Error(`nats-server ${name} exited with ${child.exitCode ?? child.signalCode}:\n${log}`);
    try {
      // The monitoring port opens first: wait for the client port too.
      await Promise.race([node.monitor("/varz"), failed]);
      await Promise.race([accepts(port), failed]);
      return node;
    } catch (err) {
      if (Date.now() > deadline) throw new Error(`nats-server ${name} did not answer on its monitoring port within 15 s (${(err as Error).message}):\n${log}`);
    }
    await sleep(50);
  }
}
