/**
 * ampm serve with a logins file on a secure fleet (TLS broker with a user
 * per caller, agents in enforce mode): each web user acts as the caller
 * whose key the logins file names, so the hosts' audit shows the person; a
 * read-only login can look, and its forged change is refused (403) and
 * recorded in the audit trail.
 */
import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import t from "tap";
import { hashPassword } from "../../client/src/cli/serve/logins.js";
import { fleetRoot } from "../helpers/agents.js";
import { runAmpm } from "../helpers/cli.js";
import { hypervisorHost } from "../helpers/hypervisor.js";
import { startSecureFleet } from "../helpers/secure.js";
import { startServe } from "../helpers/serve.js";

const host = (n: number) => `container${n}.example.com`;
const root = fleetRoot();
const secure = await startSecureFleet({
  hosts: [hypervisorHost(root, host(1)), hypervisorHost(root, host(2))],
  operators: ["alice"],
  viewers: ["viewer"],
});
const logins = join(secure.dir, "logins.yaml");
writeFileSync(
  logins,
  `users:
  alice: { password: "${hashPassword("alice-pw")}", key: ${secure.setup.callerKeys.alice}, role: operator }
  viewer: { password: "${hashPassword("viewer-pw")}", key: ${secure.setup.callerKeys.viewer}, role: readonly }
`,
);
const serve = await startServe(["--server", secure.broker.url, "--logins", logins], { AMPM_KEY: secure.setup.callerKeys.alice, AMPM_TLS_CA: secure.setup.ca });
t.teardown(async () => {
  await serve.stop();
  await secure.stop();
  rmSync(root, { recursive: true, force: true });
});

async function login(user: string, password: string): Promise<{ status: number; cookie: string; csrf: string; setCookie: string }> {
  const res = await fetch(`${serve.url}/api/v1/login`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ user, password }) });
  const body = (await res.json()) as { csrfToken?: string };
  const setCookie = res.headers.get("set-cookie") ?? "";
  return { status: res.status, cookie: setCookie.split(";")[0]!, csrf: body.csrfToken ?? "", setCookie };
}

const get = (path: string, cookie = "") => fetch(`${serve.url}${path}`, { headers: cookie ? { Cookie: cookie } : {} });
const post = (path: string, body: unknown, cookie: string, csrf: string) =>
  fetch(`${serve.url}${path}`, { method: "POST", headers: { "Content-Type": "application/json", Cookie: cookie, "X-CSRF-Token": csrf }, body: JSON.stringify(body) });

t.test("without a session: 401, and a wrong password gets none", async (t) => {
  const res = await get("/api/v1/hosts");
  t.equal(res.status, 401);
  t.match(res.headers.get("content-type"), /problem\+json/);
  const wrong = await login("alice", "nope");
  t.equal(wrong.status, 401);
  t.equal(wrong.setCookie, "", "no cookie");
  const nobody = await login("mallory", "alice-pw");
  t.equal(nobody.status, 401);
  const doc = await get("/api/v1/openapi.json");
  t.equal(doc.status, 200, "the OpenAPI document needs no login");
});

t.test("an operator acts as herself: the host records alice, verified by her key", async (t) => {
  const alice = await login("alice", "alice-pw");
  t.equal(alice.status, 200);
  t.match(alice.setCookie, /HttpOnly/);
  t.match(alice.setCookie, /SameSite=Strict/);
  const hosts = await get("/api/v1/hosts", alice.cookie);
  t.equal(hosts.status, 200);
  const noCsrf = await post(`/api/v1/hosts/${host(2)}/disable`, { reason: "x" }, alice.cookie, "");
  t.equal(noCsrf.status, 403, "a change without the CSRF token: refused");
  const off = await post(`/api/v1/hosts/${host(2)}/disable`, { reason: "new disks" }, alice.cookie, alice.csrf);
  const body = (await off.json()) as { changedBy: string };
  t.equal(off.status, 200, JSON.stringify(body));
  t.equal(body.changedBy, "alice");
  // A busy host ships its audit records in batches, at most one a second: look again until the record is there.
  let audit = await secure.ampm("alice", ["audit", "--host", host(2), "--action", "hypervisor.set_enabled", "--json"]);
  let records = (JSON.parse(audit.stdout) as { records: { caller: string; authenticated: boolean }[] }).records;
  for (let i = 0; i < 20 && !records.some((e) => e.caller === "alice"); i++) {
    await new Promise((r) => setTimeout(r, 250));
    audit = await secure.ampm("alice", ["audit", "--host", host(2), "--action", "hypervisor.set_enabled", "--json"]);
    records = (JSON.parse(audit.stdout) as { records: { caller: string; authenticated: boolean }[] }).records;
  }
  t.ok(
    records.some((e) => e.caller === "alice" && e.authenticated),
    `the host's record: alice, authenticated (${audit.stdout.slice(0, 300)})`,
  );
});

t.test("a read-only login looks but cannot act: 403, on the audit record", async (t) => {
  const viewer = await login("viewer", "viewer-pw");
  t.equal(viewer.status, 200);
  const session = (await (await get("/api/v1/session", viewer.cookie)).json()) as { role: string; user: string };
  t.same(session, { ...session, user: "viewer", role: "readonly" });
  const hosts = await get("/api/v1/hosts", viewer.cookie);
  t.equal(hosts.status, 200, "it may look");
  const forged = await post(`/api/v1/hosts/${host(1)}/disable`, { reason: "forged" }, viewer.cookie, viewer.csrf);
  const problem = (await forged.json()) as { status: number; detail: string; exitCode: number };
  t.equal(forged.status, 403);
  t.equal(problem.exitCode, 6);
  t.match(problem.detail, /read-only/);
  const status = await secure.ampm("alice", ["status", host(1), "--json"]);
  t.equal((JSON.parse(status.stdout) as { hosts: { enabled: boolean }[] }).hosts[0]!.enabled, true, "the host stays enabled");
  let found = "";
  for (let i = 0; i < 20 && !found; i++) {
    const audit = await secure.ampm("alice", ["audit", "--host", "serve", "--caller", "viewer", "--jsonl"]);
    found = audit.stdout.split("\n").find((l) => l.includes("set_enabled")) ?? "";
    if (!found) await new Promise((r) => setTimeout(r, 250));
  }
  t.ok(found, "ampm audit --host serve shows the refusal");
  const record = JSON.parse(found || "{}") as { caller: string; status: string; host: string; source: string; statusmsg: string };
  t.same({ caller: record.caller, status: record.status, host: record.host, source: record.source }, { caller: "viewer", status: "UNAUTHORIZED", host: "serve", source: "caller" });
  t.match(record.statusmsg, /read-only/);
});

t.test("guessing passwords: after 5 wrong ones a user waits, even with the right one", async (t) => {
  for (let i = 0; i < 5; i++) t.equal((await login("viewer", `wrong${i}`)).status, 401);
  const res = await fetch(`${serve.url}/api/v1/login`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ user: "viewer", password: "viewer-pw" }) });
  t.equal(res.status, 429);
  t.ok(Number(res.headers.get("retry-after")) > 0, "Retry-After says how long");
  t.match(((await res.json()) as { detail: string }).detail, /too many wrong passwords for "viewer"/);
  t.equal((await login("alice", "alice-pw")).status, 200, "another user is not affected");
});

t.test("logging out ends the session", async (t) => {
  const alice = await login("alice", "alice-pw");
  t.equal((await post("/api/v1/logout", {}, alice.cookie, alice.csrf)).status, 200);
  t.equal((await get("/api/v1/hosts", alice.cookie)).status, 401);
});

t.test("off loopback: no start without logins and HTTPS", async (t) => {
  const r = await runAmpm(["serve", "--listen", "0.0.0.0:0"]);
  t.equal(r.code, 2);
  t.match(r.stderr, /needs --logins/);
  const r2 = await runAmpm(["serve", "--listen", "0.0.0.0:0", "--logins", logins]);
  t.equal(r2.code, 2);
  t.match(r2.stderr, /needs HTTPS/);
  const r3 = await runAmpm(["serve", "--listen", "nonsense"]);
  t.equal(r3.code, 2, "a --listen that is not HOST:PORT is a usage error");
  t.match(r3.stderr, /--listen: expected HOST:PORT/);
});
