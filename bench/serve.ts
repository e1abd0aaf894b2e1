/**
 * npm run bench -- serve: ampm serve on the 5-host demo fleet (sim
 * hypervisors, each with instances), measured in one run:
 *
 *   GET /api/v1/hosts   through the HTTP server  vs  Fleet.hosts() in-process (the same survey, no HTTP): the floor
 *   page load           chromium: navigation until the five host rows are drawn  vs  GET /api/v1/hosts (the data it waits for)
 *
 * then both again with 1,000 bench agents more (AMPM_BENCH_SERVE_AGENTS; 0: not),
 * sim hypervisors in swarm processes (bench/swarm.ts), each with its own connection.
 */
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { connect, Fleet, type Client } from "../client/src/index.js";
import { startServer } from "../client/src/cli/serve/server.js";
import { startFleet } from "../test/helpers/agents.js";
import { EXAMPLE_PROFILES, hypervisorHost } from "../test/helpers/hypervisor.js";
import { readProfile } from "../client/src/profiles.js";
import { startSwarm, stopSwarm } from "./swarm.js";

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const r2 = (n: number) => Math.round(n * 100) / 100;
const CHROMIUM = "/usr/bin/chromium";

/** GET /api/v1/hosts against Fleet.hosts() in-process, then page loads in chromium, on a fleet of `n` hosts. */
async function measure(url: string, f: Fleet, n: number, rounds: number, rows: string[][], suffix: string): Promise<Record<string, unknown>> {
  const apiOnce = async () => {
    const t0 = performance.now();
    const res = await fetch(`${url}api/v1/hosts`);
    const body = (await res.json()) as { hosts: unknown[] };
    if (res.status !== 200 || body.hosts.length !== n) throw new Error(`GET /api/v1/hosts: ${res.status}, ${body.hosts?.length} hosts of ${n}`);
    return performance.now() - t0;
  };
  const libOnce = async () => {
    const t0 = performance.now();
    const { hosts } = await f.hosts();
    if (hosts.length !== n) throw new Error(`Fleet.hosts(): ${hosts.length} of ${n}`);
    return performance.now() - t0;
  };
  const api: number[] = [];
  const lib: number[] = [];
  for (let i = 0; i < 3; i++) await apiOnce(), await libOnce();
  for (let i = 0; i < rounds; i++) {
    lib.push(await libOnce());
    api.push(await apiOnce());
  }
  const apiMs = median(api);
  const libMs = median(lib);
  const result: Record<string, unknown> = { [`api_hosts${suffix}_ms`]: r2(apiMs), [`library_hosts${suffix}_ms`]: r2(libMs), [`ratio${suffix}`]: r2(apiMs / libMs) };
  rows.push([`GET /api/v1/hosts, ${n} hosts (floor: Fleet.hosts() in-process)`, `${r2(libMs)} ms`, `${r2(apiMs)} ms`, `${r2(apiMs / libMs)}x`, ""]);
  if (!existsSync(CHROMIUM)) return result;
  const { chromium } = await import("playwright-core");
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  try {
    const loads: number[] = [];
    const times = Math.max(5, Math.floor(rounds / 2));
    for (let i = 0; i < times + 2; i++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const t0 = performance.now();
      await page.goto(url);
      await page.waitForFunction(
        (want) => (globalThis as unknown as { document: { querySelectorAll(s: string): { length: number } } }).document.querySelectorAll("[data-host]").length === want,
        n,
        { timeout: 60_000 },
      );
      if (i >= 2) loads.push(performance.now() - t0); // the first two warm the browser
      await context.close();
    }
    const loadMs = median(loads);
    Object.assign(result, { [`page_load${suffix}_ms`]: r2(loadMs), [`page_loads${suffix}`]: loads.length, [`page_load_ratio_to_api${suffix}`]: r2(loadMs / apiMs) });
    rows.push([`page load to ${n} host rows, fresh context (floor: GET /api/v1/hosts)`, `${r2(apiMs)} ms`, `${r2(loadMs)} ms`, `${r2(loadMs / apiMs)}x`, ""]);
  } finally {
    await browser.close();
  }
  return result;
}

export async function serveBench(server: string, rows: string[][], rounds = 25): Promise<Record<string, unknown>> {
  const root = mkdtempSync(join(tmpdir(), "ampm-bench-serve-"));
  const hosts = [1, 2, 3, 4, 5].map((n) => hypervisorHost(root, `container${n}.example.com`, { tags: ["dmz-interface", n <= 3 ? "PHX" : "SJC"] }));
  const fleet = await startFleet(server, hosts, root);
  let client: Client | undefined;
  let web: Awaited<ReturnType<typeof startServer>> | undefined;
  try {
    client = await connect({ servers: [server], caller: "bench" });
    const f = new Fleet(client);
    const profile = readProfile(join(EXAMPLE_PROFILES, "dmz-webserver-rhel-5.yaml"));
    for (let i = 0; i < 10; i++) await f.create(profile, `web${i}.example.com`, { container: `container${(i % 5) + 1}.example.com` });
    web = await startServer({ host: "127.0.0.1", port: 0, client: { servers: [server], caller: "bench" } });
    const url = web.url;
    const result: Record<string, unknown> = { hosts: 5, instances: 10, rounds };
    Object.assign(result, await measure(url, f, 5, rounds, rows, ""));
    // The same on 1,000 more hosts: bench agents (sim hypervisors in swarm processes, each with its own connection).
    const many = Number(process.env.AMPM_BENCH_SERVE_AGENTS ?? 1000);
    if (many > 0) {
      const swarm = await startSwarm(server, many, join(root, "swarm"), { hypervisor: true });
      try {
        result.swarm_hosts = many;
        Object.assign(result, await measure(url, f, many + 5, Math.max(5, Math.floor(rounds / 3)), rows, `_${many + 5}`));
      } finally {
        await stopSwarm(swarm);
      }
    }
    return result;
  } finally {
    await web?.close();
    await client?.close().catch(() => undefined);
    await fleet.stop();
    rmSync(root, { recursive: true, force: true });
  }
}
