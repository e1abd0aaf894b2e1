/**
 * ampm serve's REST API on a real broker and three real agents (sim
 * hypervisors): every answer is checked against the OpenAPI document the
 * server serves; changes made through it show in the CLI and the other way
 * round; a migration's progress arrives as Server-Sent Events.
 */
import Ajv2020 from "ajv/dist/2020.js";
import t from "tap";
import { fleetRoot, startFleet } from "../helpers/agents.js";
import { startBroker } from "../helpers/broker.js";
import { runAmpm } from "../helpers/cli.js";
import { EXAMPLE_PROFILES, hypervisorHost } from "../helpers/hypervisor.js";
import { startServe } from "../helpers/serve.js";

const root = fleetRoot();
const host = (n: number) => `container${n}.example.com`;
const broker = await startBroker();
const fleet = await startFleet(
  broker.url,
  [
    hypervisorHost(root, host(1), { tags: ["dell", "dmz-interface", "PHX"], facts: { rack: "r1" } }),
    hypervisorHost(root, host(2), { tags: ["dell", "dmz-interface", "PHX"], facts: { rack: "r1" } }),
    hypervisorHost(root, host(3), { tags: ["hp", "dmz-interface", "SJC"], facts: { rack: "r2" } }),
  ],
  root,
);
const ampm = (args: string[]) => runAmpm([...args, "--server", broker.url], { env: { AMPM_PROFILES: EXAMPLE_PROFILES }, timeoutMs: 60_000 });
for (const [name, n] of [["web1", 1], ["web2", 1]] as const) {
  const r = await ampm(["create", "--profile", "dmz-webserver-rhel-5", "--hostname", `${name}.example.com`, "--container", host(n)]);
  if (r.code !== 0) throw new Error(`create ${name}: ${r.stderr}`);
}
const serve = await startServe(["--server", broker.url], { AMPM_CALLER: "webop", AMPM_PROFILES: EXAMPLE_PROFILES });
t.teardown(async () => {
  await serve.stop();
  await fleet.stop();
  await broker.stop();
});

// The OpenAPI document, from the server itself: every response below must match it.
const doc = (await (await fetch(`${serve.url}/api/v1/openapi.json`)).json()) as {
  openapi: string;
  paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, { schema: unknown }> }> }>>;
  components: { schemas: Record<string, unknown> };
};
const ajv = new Ajv2020.default({ strict: false, allErrors: true });
ajv.addSchema({ $id: "openapi", components: doc.components }, "openapi");

interface Answer {
  status: number;
  type: string;
  body: Record<string, unknown>;
  errors: string;
}

let csrf = "";

/** Calls the API and checks the answer against the document's schema for that path, method and status. */
async function call(method: "GET" | "POST", path: string, template: string, body?: unknown, headers: Record<string, string> = {}): Promise<Answer> {
  const res = await fetch(`${serve.url}${path}`, {
    method,
    headers: { ...(method === "POST" ? { "Content-Type": "application/json", "X-CSRF-Token": csrf } : {}), ...headers },
    body: method === "POST" ? JSON.stringify(body ?? {}) : undefined,
  });
  const type = res.headers.get("content-type") ?? "";
  const json = (await res.json()) as Record<string, unknown>;
  const op = doc.paths[template]?.[method.toLowerCase()];
  const media = op?.responses[String(res.status)]?.content ?? {};
  const schema = (media["application/json"] ?? media["application/problem+json"])?.schema as { $ref?: string } | undefined;
  let errors = "";
  if (!schema) errors = `no schema for ${method} ${template} ${res.status}`;
  else {
    const validate = ajv.compile(schema.$ref ? { $ref: `openapi${schema.$ref}` } : { ...schema, $defs: undefined });
    if (!validate(json)) errors = ajv.errorsText(validate.errors);
  }
  return { status: res.status, type, body: json, errors };
}

t.test("the document is OpenAPI 3.1 and covers the API", async (t) => {
  t.equal(doc.openapi, "3.1.0");
  for (const p of ["/api/v1/hosts", "/api/v1/hosts/{identity}/disable", "/api/v1/instances/{name}/migrate", "/api/v1/hosts/{identity}/evacuate", "/api/v1/jobs", "/api/v1/events", "/api/v1/audit"]) {
    t.ok(doc.paths[p], `documents ${p}`);
  }
});

t.test("a session without logins (loopback): the CSRF token for changes", async (t) => {
  const s = await call("GET", "/api/v1/session", "/api/v1/session");
  t.equal(s.status, 200);
  t.equal(s.errors, "", "matches the document");
  t.equal(s.body.user, "webop", "the CLI's caller");
  t.equal(s.body.role, "operator");
  csrf = String(s.body.csrfToken);
  t.ok(csrf.length >= 20);
});

t.test("hosts: all, filtered with the CLI's grammar, one, and what nothing matching means", async (t) => {
  const all = await call("GET", "/api/v1/hosts", "/api/v1/hosts");
  t.equal(all.status, 200);
  t.equal(all.errors, "", "matches the document");
  const hosts = all.body.hosts as { identity: string; usedSlots: number; slots: number; instances: { hostname: string }[] }[];
  t.same(hosts.map((h) => h.identity), [host(1), host(2), host(3)]);
  t.equal(hosts[0]!.usedSlots, 2);
  t.same(hosts[0]!.instances.map((i) => i.hostname).sort(), ["web1.example.com", "web2.example.com"]);

  const sjc = await call("GET", `/api/v1/hosts?where=${encodeURIComponent("tags has SJC")}`, "/api/v1/hosts");
  t.same((sjc.body.hosts as { identity: string }[]).map((h) => h.identity), [host(3)], "?where= in the filter grammar");

  const none = await call("GET", `/api/v1/hosts?where=${encodeURIComponent("tags has nowhere")}`, "/api/v1/hosts");
  t.equal(none.status, 404, "nothing matched: 404 (exit code 3)");
  t.equal(none.errors, "", "a problem document as documented");
  t.match(none.type, /application\/problem\+json/);
  t.equal(none.body.exitCode, 3);

  const bad = await call("GET", `/api/v1/hosts?where=${encodeURIComponent("tags has (")}`, "/api/v1/hosts");
  t.equal(bad.status, 400, "a filter that does not parse: 400 (exit code 2)");
  t.equal(bad.errors, "");
  t.match(String(bad.body.detail), /\(/);

  const one = await call("GET", `/api/v1/hosts/${host(2)}`, "/api/v1/hosts/{identity}");
  t.equal(one.status, 200);
  t.equal(one.errors, "");
  t.equal(one.body.identity, host(2));

  const missing = await call("GET", "/api/v1/hosts/container9.example.com", "/api/v1/hosts/{identity}");
  t.equal(missing.status, 404);
  t.equal(missing.errors, "");

  const badName = await call("GET", "/api/v1/hosts/Bad_Name", "/api/v1/hosts/{identity}");
  t.equal(badName.status, 400, "a name that breaks the name rule is bad input");
});

t.test("disable and enable: CSRF token required; the CLI sees the change", async (t) => {
  const forged = await call("POST", `/api/v1/hosts/${host(3)}/disable`, "/api/v1/hosts/{identity}/disable", { reason: "x" }, { "X-CSRF-Token": "wrong" });
  t.equal(forged.status, 403, "no valid CSRF token: refused");
  t.equal(forged.errors, "");

  const off = await call("POST", `/api/v1/hosts/${host(3)}/disable`, "/api/v1/hosts/{identity}/disable", { reason: "disk replacement" });
  t.equal(off.status, 200, JSON.stringify(off.body));
  t.equal(off.errors, "");
  t.same({ enabled: off.body.enabled, reason: off.body.reason, changedBy: off.body.changedBy }, { enabled: false, reason: "disk replacement", changedBy: "webop" });
  const status = JSON.parse((await ampm(["status", host(3), "--json"])).stdout) as { hosts: { enabled: boolean; reason: string }[] };
  t.same({ enabled: status.hosts[0]!.enabled, reason: status.hosts[0]!.reason }, { enabled: false, reason: "disk replacement" }, "ampm status shows it");

  const badBody = await call("POST", `/api/v1/hosts/${host(3)}/enable`, "/api/v1/hosts/{identity}/enable", { reason: 5, extra: true });
  t.equal(badBody.status, 400, "a body that does not fit: 400");
  t.equal(badBody.errors, "");

  // The CLI acts; the API sees it.
  t.equal((await ampm(["container", "--enable", host(3)])).code, 0);
  const back = await call("GET", `/api/v1/hosts/${host(3)}`, "/api/v1/hosts/{identity}");
  t.equal(back.body.enabled, true);
});

t.test("instances, placement with every host's reasons, evacuation plan", async (t) => {
  t.equal((await ampm(["container", "--disable", host(3), "--reason", "rack move"])).code, 0);
  const list = await call("GET", "/api/v1/instances", "/api/v1/instances");
  t.equal(list.errors, "");
  t.same((list.body.instances as { hostname: string; host: string }[]).map((i) => [i.hostname, i.host]), [["web1.example.com", host(1)], ["web2.example.com", host(1)]]);

  const one = await call("GET", "/api/v1/instances/web1.example.com", "/api/v1/instances/{name}");
  t.equal(one.errors, "");
  t.equal(one.body.host, host(1));
  t.equal(one.body.profile, "dmz-webserver-rhel-5");

  const none = await call("GET", "/api/v1/instances/nosuch.example.com", "/api/v1/instances/{name}");
  t.equal(none.status, 404);
  t.equal(none.errors, "");

  const placement = await call("GET", "/api/v1/instances/web1.example.com/placement", "/api/v1/instances/{name}/placement");
  t.equal(placement.errors, "");
  const verdicts = placement.body.verdicts as { identity: string; ok: boolean; reasons: string[] }[];
  t.same(verdicts.find((v) => v.identity === host(2))?.ok, true, "container2 can take it");
  t.match(verdicts.find((v) => v.identity === host(3))?.reasons.join(";"), /disabled \(rack move\)/, "container3 says why not");
  t.match(verdicts.find((v) => v.identity === host(1))?.reasons.join(";"), /already here/);

  const plan = await call("POST", `/api/v1/hosts/${host(1)}/evacuate`, "/api/v1/hosts/{identity}/evacuate", { dryRun: true });
  t.equal(plan.status, 200);
  t.equal(plan.errors, "");
  t.equal(plan.body.job, null, "a dry run starts nothing");
  t.same((plan.body.plan as { target: string }[]).map((p) => p.target), [host(2), host(2)]);
});

t.test("a migration: 202 with the job, progress as Server-Sent Events, the instance ends on the target", async (t) => {
  const stop = new AbortController();
  const events: { event: string; data: Record<string, unknown> }[] = [];
  const res = await fetch(`${serve.url}/api/v1/events`, { signal: stop.signal });
  t.match(res.headers.get("content-type"), /text\/event-stream/);
  const reading = (async () => {
    const decoder = new TextDecoder();
    let buffer = "";
    try {
      for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
        buffer += decoder.decode(chunk, { stream: true });
        let end;
        while ((end = buffer.indexOf("\n\n")) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const event = /^event: (.*)$/m.exec(block)?.[1];
          const data = /^data: (.*)$/m.exec(block)?.[1];
          if (event && data) events.push({ event, data: JSON.parse(data) as Record<string, unknown> });
        }
      }
    } catch {
      // aborted
    }
  })();

  const started = await call("POST", "/api/v1/instances/web1.example.com/migrate", "/api/v1/instances/{name}/migrate", { target: host(2) });
  t.equal(started.status, 202, JSON.stringify(started.body));
  t.equal(started.errors, "");
  const id = (started.body.job as { id: string }).id;
  let job: Record<string, unknown> = {};
  for (let i = 0; i < 120; i++) {
    job = (await call("GET", `/api/v1/jobs/${id}`, "/api/v1/jobs/{id}")).body;
    if (job.state !== "running") break;
    await new Promise((r) => setTimeout(r, 250));
  }
  t.equal(job.state, "done", String(job.message));
  await new Promise((r) => setTimeout(r, 300));
  stop.abort();
  await reading;
  const mine = events.filter((e) => e.event === "job" && e.data.id === id);
  t.ok(mine.length >= 2, `job events over SSE (${mine.length})`);
  // Progress is the phases as they pass (a phase's own percent is published at most five times a second, so a fast one may show none).
  const phases = new Set(mine.filter((e) => e.data.state === "running").map((e) => e.data.phase));
  t.ok(phases.size >= 4 && phases.has("serve"), `with progress on the way: ${mine.map((e) => `${e.data.phase} ${e.data.percent}`).join(", ")}`);
  t.equal(mine.at(-1)?.data.state, "done");
  t.ok(events.some((e) => e.event === "change" && e.data.action === "migrate"), "and the hosts' record of the change");

  const moved = await call("GET", "/api/v1/instances/web1.example.com", "/api/v1/instances/{name}");
  t.equal(moved.body.host, host(2), "on the new host");
  const jobs = await call("GET", "/api/v1/jobs", "/api/v1/jobs");
  t.equal(jobs.errors, "");
  t.ok((jobs.body.jobs as { id: string }[]).some((j) => j.id === id));
});

t.test("pause and resume; conflicts are 409/422 problems", async (t) => {
  const paused = await call("POST", "/api/v1/instances/web2.example.com/pause", "/api/v1/instances/{name}/pause");
  t.equal(paused.status, 200, JSON.stringify(paused.body));
  t.equal(paused.errors, "");
  t.equal(paused.body.state, "paused");
  const again = await call("POST", "/api/v1/instances/web2.example.com/pause", "/api/v1/instances/{name}/pause");
  t.ok([409, 422].includes(again.status), `pausing a paused instance: ${again.status} ${again.body.detail}`);
  t.equal(again.errors, "");
  const resumed = await call("POST", "/api/v1/instances/web2.example.com/resume", "/api/v1/instances/{name}/resume");
  t.equal(resumed.body.state, "running");
  const same = await call("POST", "/api/v1/instances/web2.example.com/migrate", "/api/v1/instances/{name}/migrate", { target: host(1) });
  t.ok([409, 422].includes(same.status), `to the host it is on: ${same.status}`);
});

t.test("profiles, a profile's placement, and a create", async (t) => {
  const profiles = await call("GET", "/api/v1/profiles", "/api/v1/profiles");
  t.equal(profiles.errors, "", "matches the document");
  t.ok((profiles.body.profiles as { name: string }[]).some((p) => p.name === "dmz-webserver-rhel-5"), "the server's profile directories");
  const placement = await call("GET", "/api/v1/placement?profile=dmz-webserver-rhel-5", "/api/v1/placement");
  t.equal(placement.errors, "");
  const verdicts = placement.body.verdicts as { identity: string; ok: boolean; reasons: string[] }[];
  t.equal(verdicts.length, 3, "every host's verdict");
  t.match(verdicts.find((v) => v.identity === host(3))?.reasons.join(";"), /disabled/);
  const unknown = await call("GET", "/api/v1/placement?profile=nope", "/api/v1/placement");
  t.equal(unknown.status, 400, "an unknown profile is bad input (exit code 2)");
  t.equal(unknown.errors, "");
  const created = await call("POST", "/api/v1/instances", "/api/v1/instances", { hostname: "web3.example.com", profile: "dmz-webserver-rhel-5" });
  t.equal(created.status, 202, JSON.stringify(created.body));
  t.equal(created.errors, "");
  const id = (created.body.job as { id: string }).id;
  let job: Record<string, unknown> = {};
  for (let i = 0; i < 80 && job.state !== "done" && job.state !== "failed"; i++) {
    await new Promise((r) => setTimeout(r, 250));
    job = (await call("GET", `/api/v1/jobs/${id}`, "/api/v1/jobs/{id}")).body;
  }
  t.equal(job.state, "done", String(job.message));
  const again = await call("POST", "/api/v1/instances", "/api/v1/instances", { hostname: "web3.example.com", profile: "dmz-webserver-rhel-5" });
  t.equal(again.status, 409, "it exists already: a conflict");
  t.equal(again.errors, "");
});

t.test("audit: who did what, by instance", async (t) => {
  const r = await call("GET", "/api/v1/audit?instance=web1.example.com&since=1h", "/api/v1/audit");
  t.equal(r.status, 200);
  t.equal(r.errors, "", "matches the document");
  const entries = r.body.entries as { caller: string; action: string }[];
  t.ok(entries.some((e) => e.action === "migrate" && e.caller === "webop"), "the migration, by the server's caller");
  const bad = await call("GET", "/api/v1/audit?since=yesterday-ish", "/api/v1/audit");
  t.equal(bad.status, 400);
});

t.test("unknown paths are 404 problems", async (t) => {
  const res = await fetch(`${serve.url}/api/v1/nothing`);
  t.equal(res.status, 404);
  t.match(res.headers.get("content-type"), /problem\+json/);
});
