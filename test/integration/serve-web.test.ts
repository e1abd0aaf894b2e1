/**
 * The web page of ampm serve in a real browser (Debian's chromium, driven
 * by playwright-core: no browser download) against a real secure broker,
 * real agents and the real CLI: the overview lists the hosts; disabling a
 * host from the page shows in `ampm status`; a change from the CLI shows on
 * the page without a reload; a migration started from the page shows live
 * progress and ends with the instance on the new host; a read-only login
 * sees no action buttons and its forged POST is refused (403) and audited.
 *
 * Screenshots go to a temp dir (printed); with AMPM_DOCS_SCREENSHOT=1 the
 * overview is also written to docs/serve.png (the README's picture).
 */
import { existsSync, copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import t from "tap";
import { hashPassword } from "../../client/src/cli/serve/logins.js";
import { fleetRoot } from "../helpers/agents.js";
import { hypervisorHost, EXAMPLE_PROFILES } from "../helpers/hypervisor.js";
import { ROOT } from "../helpers/paths.js";
import { startSecureFleet } from "../helpers/secure.js";
import { startServe } from "../helpers/serve.js";

const CHROMIUM = "/usr/bin/chromium";
if (!existsSync(CHROMIUM)) {
  t.comment(`skipped: no ${CHROMIUM} (apt-get install chromium; see scripts/packages.txt)`);
  t.pass("skipped: no chromium on this machine");
  process.exit(0);
}
const { chromium } = await import("playwright-core");

const host = (n: number) => `container${n}.example.com`;
const root = fleetRoot();
const shots = mkdtempSync(join(tmpdir(), "ampm-serve-shots-"));
const secure = await startSecureFleet({
  hosts: [
    hypervisorHost(root, host(1), { tags: ["dell", "dmz-interface", "PHX"] }),
    hypervisorHost(root, host(2), { tags: ["dell", "dmz-interface", "PHX"] }),
    hypervisorHost(root, host(3), { tags: ["hp", "dmz-interface", "SJC"] }),
  ],
  operators: ["alice"],
  viewers: ["viewer"],
});
const ampm = (args: string[]) => secure.ampm("alice", args, { AMPM_PROFILES: EXAMPLE_PROFILES });
for (const [name, n] of [["web1", 1], ["web2", 1], ["db1", 2]] as const) {
  const r = await ampm(["create", "--profile", "dmz-webserver-rhel-5", "--hostname", `${name}.example.com`, "--container", host(n)]);
  if (r.code !== 0) throw new Error(`create ${name}: ${r.stderr}`);
}
const logins = join(secure.dir, "logins.yaml");
writeFileSync(
  logins,
  `users:
  alice: { password: "${hashPassword("alice-pw")}", key: ${secure.setup.callerKeys.alice}, role: operator }
  viewer: { password: "${hashPassword("viewer-pw")}", key: ${secure.setup.callerKeys.viewer}, role: readonly }
`,
);
const serve = await startServe(["--server", secure.broker.url, "--logins", logins], { AMPM_KEY: secure.setup.callerKeys.alice, AMPM_TLS_CA: secure.setup.ca, AMPM_PROFILES: EXAMPLE_PROFILES });
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  headless: true,
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
t.teardown(async () => {
  await browser.close();
  await serve.stop();
  await secure.stop();
  rmSync(root, { recursive: true, force: true });
});
t.comment(`screenshots in ${shots}`);

async function loggedIn(user: string, password: string) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on("pageerror", (err) => problems.push(String(err)));
  page.on("console", (msg) => {
    if (msg.type() === "error") problems.push(msg.text());
  });
  await page.goto(serve.url);
  await page.fill('input[name="user"]', user);
  await page.fill('input[name="password"]', password);
  await page.click('button[type="submit"]');
  await page.waitForSelector(`[data-host="${host(1)}"]`, { timeout: 20_000 });
  return { context, page, problems };
}

/** The page's globals, for functions that run in the page (this file is compiled without the DOM's types). */
interface PageElement {
  textContent: string | null;
  getAttribute(name: string): string | null;
  querySelector(selector: string): PageElement | null;
}
interface PageWindow {
  document: PageElement & { body: unknown; querySelectorAll(selector: string): PageElement[] };
  MutationObserver: new (cb: () => void) => { observe(target: unknown, options: Record<string, boolean>): void };
  seen: string[];
}
/** The host's row shows this state. */
const stateIs = ([identity, state]: string[]) => (globalThis as unknown as PageWindow).document.querySelector(`[data-host="${identity}"] [data-state]`)?.textContent === state;

const statusOf = async (identity: string) => (JSON.parse((await ampm(["status", identity, "--json"])).stdout) as { hosts: { enabled: boolean; reason: string; instances: { hostname: string }[] }[] }).hosts[0]!;

t.test("an operator: overview, disable from the page, a CLI change shows live, a migration with progress", async (t) => {
  const { context, page, problems } = await loggedIn("alice", "alice-pw");
  t.teardown(() => context.close());

  const rows = await page.$$eval("[data-host]", (els) => els.map((e) => e.getAttribute("data-host")));
  t.same(rows, [host(1), host(2), host(3)], "the overview lists the hosts");
  t.match(await page.textContent(`[data-host="${host(1)}"] [data-slots]`), "2/8", "slots used/total");
  t.match(await page.textContent(`[data-host="${host(1)}"]`), /web1\.example\.com/, "with their instances");
  t.match(await page.textContent("[data-user]"), /alice \(operator\)/);
  await page.screenshot({ path: join(shots, "overview.png"), fullPage: true });

  // Disable from the page.
  await page.fill(`[data-host="${host(3)}"] input`, "rack move");
  await page.click(`[data-host="${host(3)}"] button:has-text("Disable")`);
  await page.waitForSelector(`[data-host="${host(3)}"] [data-reason]`, { timeout: 15_000 });
  t.match(await page.textContent(`[data-host="${host(3)}"] [data-state]`), "disabled");
  const disabled = await statusOf(host(3));
  t.same({ enabled: disabled.enabled, reason: disabled.reason }, { enabled: false, reason: "rack move" }, "ampm status shows the page's change");

  // Someone else acts from the CLI: the page follows without a reload.
  t.equal((await ampm(["container", "--disable", host(2), "--reason", "firmware"])).code, 0);
  await page.waitForFunction(stateIs, [host(2), "disabled"], { timeout: 15_000 });
  t.match(await page.textContent(`[data-host="${host(2)}"] [data-reason]`), /firmware/, "the CLI's change is on the page, live");
  t.equal((await ampm(["container", "--enable", host(2)])).code, 0);
  await page.waitForFunction(stateIs, [host(2), "enabled"], { timeout: 15_000 });

  // The instance, its placement explanation, and a migration from the page.
  await page.click(`[data-host="${host(1)}"] [data-instance="web1.example.com"]`);
  await page.waitForSelector(`[data-panel="instance"] [data-verdict="${host(3)}"]`, { timeout: 15_000 });
  t.match(await page.textContent(`[data-panel="instance"] [data-verdict="${host(3)}"]`), /disabled \(rack move\)/, "placement says why not container3");
  t.match(await page.textContent(`[data-panel="instance"] [data-verdict="${host(2)}"]`), /fits/);
  // Everything the job panel shows, as it shows it.
  await page.evaluate(() => {
    const w = globalThis as unknown as PageWindow;
    w.seen = [];
    new w.MutationObserver(() => {
      for (const row of w.document.querySelectorAll("[data-job]")) {
        const bar = row.querySelector('[role="progressbar"]');
        w.seen.push(`${row.getAttribute("data-job-state")} ${bar?.getAttribute("aria-valuenow")} ${row.querySelector(".progress + .muted")?.textContent ?? ""}`);
      }
    }).observe(w.document.body, { subtree: true, childList: true, attributes: true, characterData: true });
  });
  await page.selectOption('select[aria-label="migration target"]', host(2));
  await page.click('button:has-text("Migrate")');
  const migration = '[data-job-kind="migrate"][data-job-instance="web1.example.com"]';
  await page.waitForSelector(`${migration}[data-job-state="running"]`, { timeout: 15_000 });
  await page.screenshot({ path: join(shots, "migrating.png"), fullPage: true });
  const t0 = Date.now();
  await page.waitForSelector(`${migration}[data-job-state="done"]`, { timeout: 90_000 });
  t.comment(`migration done on the page after ${Date.now() - t0} ms`);
  const seen = await page.evaluate(() => (globalThis as unknown as PageWindow).seen);
  t.ok(seen.some((s) => s.startsWith("running")), "the job showed as running");
  t.ok(new Set(seen.filter((s) => s.startsWith("running")).map((s) => s.split(" ").slice(2).join(" "))).size >= 3, `its phases went by live: ${[...new Set(seen.filter((s) => s.startsWith("running")))].join(" | ")}`);
  t.ok(seen.some((s) => /^running (?!0 )\d+/.test(s)), "the progress bar moved while it ran");
  await page.waitForFunction((id) => (globalThis as unknown as PageWindow).document.querySelector("[data-instance-host]")?.textContent === id, host(2), { timeout: 15_000 });
  t.ok((await statusOf(host(2))).instances.some((i) => i.hostname === "web1.example.com"), "web1 is on container2 (ampm status)");
  t.notOk((await statusOf(host(1))).instances.some((i) => i.hostname === "web1.example.com"), "and no longer on container1");
  await page.waitForSelector(`[data-host="${host(2)}"] [data-instance="web1.example.com"]`, { timeout: 15_000 });
  const overview = join(shots, "serve.png");
  await page.screenshot({ path: overview, fullPage: true });
  if (process.env.AMPM_DOCS_SCREENSHOT === "1") {
    mkdirSync(join(ROOT, "docs"), { recursive: true });
    copyFileSync(overview, join(ROOT, "docs", "serve.png"));
  }

  // A new instance from a profile: every host's verdict first, then the create.
  await page.selectOption('select[aria-label="profile"]', "dmz-webserver-rhel-5");
  await page.waitForSelector(`[data-profile-placement] [data-verdict="${host(3)}"]`, { timeout: 15_000 });
  t.match(await page.textContent(`[data-profile-placement] [data-verdict="${host(3)}"]`), /disabled \(rack move\)/, "the profile's placement on every host");
  await page.fill('input[aria-label="new instance hostname"]', "web9.example.com");
  await page.click('[data-panel="new"] button:has-text("Create")');
  await page.waitForSelector('[data-job-kind="create"][data-job-instance="web9.example.com"][data-job-state="done"]', { timeout: 60_000 });
  await page.waitForSelector('[data-instance="web9.example.com"]', { timeout: 15_000 });
  const status = JSON.parse((await ampm(["status", "all", "--json"])).stdout) as { hosts: { identity: string; instances: { hostname: string }[] }[] };
  t.ok(status.hosts.some((h) => h.instances.some((i) => i.hostname === "web9.example.com")), "created from the page: ampm status shows web9");

  // Evacuation: the dry-run plan first, then the job; container1 ends empty.
  await page.click(`[data-host="${host(1)}"] button:has-text("Evacuate")`);
  await page.waitForSelector('[data-panel="plan"]', { timeout: 15_000 });
  const plan = await page.textContent('[data-panel="plan"]');
  t.match(plan, new RegExp(`web2\\.example\\.com:dmz-webserver-rhel-5→ ${host(2).replace(/\./g, "\\.")}`), `the plan is shown first: ${plan}`);
  t.ok((await statusOf(host(1))).instances.some((i) => i.hostname === "web2.example.com"), "nothing moved for the plan");
  await page.click('[data-panel="plan"] button:has-text("Evacuate")');
  await page.waitForSelector(`[data-job-kind="evacuate"][data-job-state="done"]`, { timeout: 90_000 });
  t.same((await statusOf(host(1))).instances, [], "container1 is empty (ampm status)");
  t.same(problems.filter((p) => !/status of 401/.test(p)), [], "no errors in the page (but the 401 that shows the login form)");
});

t.test("a read-only login: no action buttons; its forged POST is refused and audited", async (t) => {
  const { context, page, problems } = await loggedIn("viewer", "viewer-pw");
  t.teardown(() => context.close());
  t.match(await page.textContent("[data-user]"), /viewer \(readonly\)/);
  t.equal(await page.locator('button:has-text("Disable"), button:has-text("Enable"), button:has-text("Evacuate")').count(), 0, "no host actions");
  await page.click(`[data-host="${host(2)}"] [data-instance="db1.example.com"]`);
  await page.waitForSelector('[data-panel="instance"] [data-placement]', { timeout: 15_000 });
  t.equal(await page.locator('button:has-text("Migrate"), button:has-text("Pause"), button:has-text("Resume")').count(), 0, "no instance actions");
  await page.screenshot({ path: join(shots, "readonly.png"), fullPage: true });

  // A forged request from the page's own origin, with its session and CSRF token.
  const forged = await page.evaluate(async (id) => {
    const session = (await (await fetch("/api/v1/session")).json()) as { csrfToken: string };
    const res = await fetch(`/api/v1/hosts/${id}/disable`, { method: "POST", headers: { "Content-Type": "application/json", "X-CSRF-Token": session.csrfToken }, body: JSON.stringify({ reason: "forged" }) });
    return { status: res.status, body: (await res.json()) as { detail: string } };
  }, host(1));
  t.equal(forged.status, 403, "refused");
  t.match(forged.body.detail, /read-only/);
  t.equal((await statusOf(host(1))).enabled, true, "the host stays enabled");
  let record = "";
  for (let i = 0; i < 20 && !record; i++) {
    const r = await ampm(["audit", "--host", "serve", "--caller", "viewer", "--jsonl"]);
    record = r.stdout.split("\n").find((l) => l.includes("set_enabled")) ?? "";
    if (!record) await new Promise((r) => setTimeout(r, 250));
  }
  t.match(JSON.parse(record || "{}"), { caller: "viewer", status: "UNAUTHORIZED", host: "serve", source: "caller" }, "ampm audit shows the refusal");
  t.same(problems.filter((p) => !/status of (401|403)/.test(p)), [], "no errors in the page (but the 401 that shows the login form, and the refused request's 403)");
});
