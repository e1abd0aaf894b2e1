/**
 * ampm serve: an HTTP server over the client library (Client, Fleet,
 * readAudit): a JSON REST API under /api/v1, its OpenAPI document, live
 * events (Server-Sent Events), and the web page (client/web) that uses them.
 *
 *   browser ─HTTP─▶ fastify ─▶ session (cookie, CSRF, role) ─▶ the user's Client (signed with the user's key) ─▶ Fleet ─NATS─▶ agents
 *   agents ─ampm.v1.event.job.* / ampm.v1.event.audit.*─▶ the server's Client ─▶ SSE ─▶ every open page
 *
 * Without a logins file (loopback only) everyone is the CLI's own caller,
 * an operator. With one, each user logs in and acts as the caller whose
 * key the logins file names; a read-only user's change is refused here
 * (403) and recorded in the audit trail as the caller's own refusal.
 */
import { createHash, randomBytes } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from "fastify";
import {
  ALL_AUDIT_SUBJECT,
  connect,
  decodeJson,
  eventSubject,
  Fleet,
  isHostname,
  isLookup,
  keyName,
  loadProfiles,
  nameProblem,
  parseAuditLine,
  readAudit,
  resolveProfile,
  type AuditQuery,
  type Client,
  type ClientOptions,
  type HostView,
  type Job,
  type Subscription,
} from "../../index.js";
import { parseTime } from "../commands/audit.js";
import { checkPassword, type Login, type Role } from "./logins.js";
import { openApiDocument } from "./openapi.js";
import { problem, problemOf, ProblemError } from "./problems.js";

export interface ServeOptions {
  host: string;
  port: number;
  /** The CLI's client options (flags ▸ env ▸ context ▸ config file). */
  client: ClientOptions;
  /** Users who may log in; none: no logins (loopback only), everyone acts as the CLI's caller. */
  logins?: Map<string, Login>;
  /** HTTPS: PEM files. */
  tls?: { cert: string; key: string };
  /** Profile directories, for creating instances. */
  profiles?: string[];
  /** Where the page's files are (default: client/web beside this package). */
  webRoot?: string;
}

export interface Server {
  url: string;
  app: FastifyInstance;
  close(): Promise<void>;
}

interface Session {
  user: string;
  role: Role;
  csrf: string;
  expiresMs: number;
}

const SESSION_COOKIE = "ampm_session";
const SESSION_MS = 12 * 3600 * 1000;
const LOGIN_FAILURES = 5;
const LOGIN_WINDOW_MS = 15 * 60 * 1000;

/** Whether an address is this machine's own (127.0.0.0/8, ::1, localhost). */
export function isLoopback(host: string): boolean {
  return host === "localhost" || host === "::1" || /^127\.\d+\.\d+\.\d+$/.test(host);
}

/** The package's root: the nearest directory above this file with client/web (dist/client/src/cli/serve/ or client/src/cli/serve/). */
function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++, dir = dirname(dir)) if (existsSync(join(dir, "client", "web", "index.html"))) return dir;
  throw new Error(`the page's files (client/web) are not above ${fileURLToPath(import.meta.url)}`);
}

interface Asset {
  type: string;
  body: Buffer;
}

/** In a bundle (packaging/bundle.mjs): the page's files, base64, by URL path. */
declare const AMPM_WEB: Record<string, string> | undefined;

/** The page's files: client/web and the vendored libraries (preact, htm) from node_modules, or the bundle's copies. */
function webFiles(webRoot: string | undefined): Record<string, Buffer> {
  if (typeof AMPM_WEB !== "undefined") return Object.fromEntries(Object.entries(AMPM_WEB).map(([k, v]) => [k, Buffer.from(v, "base64")]));
  const root = webRoot ?? join(packageRoot(), "client", "web");
  const require = createRequire(import.meta.url);
  return {
    "/": readFileSync(join(root, "index.html")),
    "/app.js": readFileSync(join(root, "app.js")),
    "/style.css": readFileSync(join(root, "style.css")),
    "/vendor/preact.mjs": readFileSync(require.resolve("preact")),
    "/vendor/hooks.mjs": readFileSync(require.resolve("preact/hooks")),
    "/vendor/htm.mjs": readFileSync(join(dirname(require.resolve("htm")), "htm.module.js")),
  };
}

/** The page's files, read once: a fixed list, no paths from requests. */
function loadAssets(webRoot: string | undefined): { assets: Map<string, Asset>; importMapHash: string } {
  const files = webFiles(webRoot);
  const js = "text/javascript; charset=utf-8";
  const type = (path: string) => (path === "/" ? "text/html; charset=utf-8" : path.endsWith(".css") ? "text/css; charset=utf-8" : js);
  const assets = new Map<string, Asset>(Object.entries(files).map(([path, body]) => [path, { type: type(path), body }]));
  const html = files["/"]!.toString("utf8");
  const importMap = /<script type="importmap">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? "";
  return { assets, importMapHash: createHash("sha256").update(importMap).digest("base64") };
}

function cookies(header: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of (header ?? "").split(";")) {
    const eq = part.indexOf("=");
    if (eq > 0) out[part.slice(0, eq).trim()] = decodeURIComponent(part.slice(eq + 1).trim());
  }
  return out;
}

/** A host as the API shows it: its state, slots, driver, tags and instances (as `ampm status --json`). */
function hostRow(h: HostView) {
  return {
    identity: h.identity,
    enabled: h.state.enabled,
    reason: h.state.reason ?? "",
    changedBy: h.state.changedBy ?? "",
    changedAtMs: Number(h.state.changedAtMs ?? 0),
    slots: h.snapshot.capacity.slots,
    usedSlots: h.snapshot.used.slots,
    memoryMb: h.snapshot.capacity.memoryMb,
    usedMemoryMb: h.snapshot.used.memoryMb,
    driver: h.driver,
    tags: h.tags,
    instances: h.instances,
  };
}

function checkName(kind: "hostname" | "id", value: string, what: string): string {
  const bad = nameProblem(kind, value, what);
  if (bad) throw new ProblemError(problem(400, bad));
  return value;
}

/** An instance name: a hostname, or "hostname:profile". */
function checkInstance(value: string): string {
  const [hostname, profile] = value.split(":");
  if (!isHostname(hostname ?? "") || (profile !== undefined && !/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(profile))) {
    throw new ProblemError(problem(400, nameProblem("hostname", hostname ?? "", "instance") ?? `instance "${value}" is not valid: hostname or hostname:profile`));
  }
  return value;
}

type Params = Record<string, string>;
type Query = Record<string, string | undefined>;
type Body = Record<string, unknown> | undefined;

export async function startServer(options: ServeOptions): Promise<Server> {
  const logins = options.logins;
  if (!logins && !isLoopback(options.host)) {
    throw new ProblemError(problem(400, `listening on ${options.host} (not loopback) needs --logins FILE: every user logs in and acts as their own caller`));
  }
  if (!isLoopback(options.host) && !options.tls) {
    throw new ProblemError(problem(400, `listening on ${options.host} (not loopback) needs HTTPS: --https-cert FILE --https-key FILE`));
  }
  const { assets, importMapHash } = loadAssets(options.webRoot);
  // The server's own connection: events for the page (jobs, changes), and every request when there are no logins.
  const base = await connect(options.client);
  const clients = new Map<string, Promise<Client>>();
  const sessions = new Map<string, Session>();
  /** Wrong passwords by "address user": when, within the last LOGIN_WINDOW_MS. */
  const failures = new Map<string, number[]>();
  /** Without logins: one session for everyone on this machine, its CSRF token from GET /api/v1/session. */
  const local: Session | undefined = logins ? undefined : { user: base.caller, role: "operator", csrf: randomBytes(24).toString("base64url"), expiresMs: Number.POSITIVE_INFINITY };

  const clientFor = (session: Session): Promise<Client> => {
    if (!logins) return Promise.resolve(base);
    let client = clients.get(session.user);
    if (!client) {
      const login = logins.get(session.user)!;
      client = connect({ ...options.client, key: login.key, caller: keyName(login.key) });
      client.catch(() => clients.delete(session.user));
      clients.set(session.user, client);
    }
    return client;
  };

  // Bodies are checked as they are: no type coercion, no silently dropped fields.
  const settings = { logger: false, forceCloseConnections: true, ajv: { customOptions: { coerceTypes: false, removeAdditional: false } } } as const;
  const https = options.tls ? { key: readFileSync(options.tls.key), cert: readFileSync(options.tls.cert) } : undefined;
  const app: FastifyInstance = (https ? Fastify({ https, ...settings }) : Fastify(settings)) as unknown as FastifyInstance;

  const sessionOf = (req: FastifyRequest): Session | undefined => {
    if (local) return local;
    const token = cookies(req.headers.cookie)[SESSION_COOKIE];
    const session = token ? sessions.get(token) : undefined;
    if (session && session.expiresMs < Date.now()) {
      sessions.delete(token!);
      return undefined;
    }
    return session;
  };

  app.addHook("onSend", async (_req, reply, payload) => {
    reply.header("X-Content-Type-Options", "nosniff");
    reply.header("X-Frame-Options", "DENY");
    reply.header("Referrer-Policy", "no-referrer");
    reply.header("Content-Security-Policy", `default-src 'self'; script-src 'self' 'sha256-${importMapHash}'; style-src 'self'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'`);
    if (!reply.getHeader("Cache-Control")) reply.header("Cache-Control", "no-store");
    return payload;
  });

  app.setErrorHandler((err, _req, reply) => {
    const p = err instanceof ProblemError ? err.problem : problemOf(err);
    void reply.code(p.status).type("application/problem+json").send(p);
  });
  app.setNotFoundHandler((req, reply) => {
    void reply.code(404).type("application/problem+json").send(problem(404, `no such resource: ${req.method} ${req.url.split("?")[0]}`));
  });

  // Everything under /api/v1 but logging in and the OpenAPI document needs a session; a change needs its CSRF token and an operator.
  app.addHook("preHandler", async (req) => {
    const path = req.url.split("?")[0]!;
    if (!path.startsWith("/api/v1/") || path === "/api/v1/login" || path === "/api/v1/openapi.json") return;
    const session = sessionOf(req);
    if (!session) throw new ProblemError(problem(401, "log in first: POST /api/v1/login with {user, password}"));
    (req as FastifyRequest & { session?: Session }).session = session;
    if (req.method === "GET" || req.method === "HEAD" || path === "/api/v1/logout") {
      if (path === "/api/v1/logout" && req.headers["x-csrf-token"] !== session.csrf) throw new ProblemError(problem(403, "missing or wrong X-CSRF-Token header (GET /api/v1/session gives it)"));
      return;
    }
    if (req.headers["x-csrf-token"] !== session.csrf) throw new ProblemError(problem(403, "missing or wrong X-CSRF-Token header (GET /api/v1/session gives it)"));
    const action = (req.routeOptions.config as { action?: string } | undefined)?.action;
    if (action && session.role !== "operator") {
      const [agent, act] = action.split(".") as [string, string];
      const params = (req.params ?? {}) as Params;
      const why = `ampm serve refused ${req.method} ${path}: "${session.user}" logged in read-only (role readonly) may look but not act`;
      const client = await clientFor(session).catch(() => base);
      client.recordRefusal(agent, act, {}, why, params.name ? [params.name.split(":")[0]!] : []);
      throw new ProblemError(problem(403, why));
    }
  });

  const sessionIn = (req: FastifyRequest) => (req as FastifyRequest & { session: Session }).session;
  const fleetFor = async (req: FastifyRequest) => new Fleet(await clientFor(sessionIn(req)));

  // --- the page ---
  for (const [path, asset] of assets) {
    app.get(path, async (_req, reply) => reply.type(asset.type).header("Cache-Control", path === "/" ? "no-store" : "no-cache").send(asset.body));
  }

  // --- sessions ---
  app.post("/api/v1/login", { schema: { body: { type: "object", required: ["user", "password"], properties: { user: { type: "string", maxLength: 64 }, password: { type: "string", maxLength: 1024 } } } } }, async (req, reply) => {
    const { user, password } = req.body as { user: string; password: string };
    if (!logins) return { user: local!.user, role: local!.role, csrfToken: local!.csrf, logins: false };
    // Guessing: after LOGIN_FAILURES wrong passwords for a user from one address, that pair waits out the window.
    const attempt = `${req.ip} ${user}`;
    const now = Date.now();
    const recent = (failures.get(attempt) ?? []).filter((at) => at > now - LOGIN_WINDOW_MS);
    if (recent.length >= LOGIN_FAILURES) {
      const wait = Math.ceil((recent[0]! + LOGIN_WINDOW_MS - now) / 1000);
      void reply.header("Retry-After", String(wait));
      throw new ProblemError(problem(429, `too many wrong passwords for "${user}" from ${req.ip}: try again in ${wait} s`));
    }
    const login = logins.get(user);
    // A user not in the file costs the same scrypt as a wrong password.
    const ok = checkPassword(password, login?.passwordHash ?? "scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA") && login !== undefined;
    if (!ok) {
      failures.delete(attempt);
      failures.set(attempt, [...recent, now]);
      // Bounded: the oldest pairs go first.
      if (failures.size > 10_000) failures.delete(failures.keys().next().value!);
      throw new ProblemError(problem(401, "wrong user name or password"));
    }
    failures.delete(attempt);
    const token = randomBytes(32).toString("base64url");
    const session: Session = { user, role: login.role, csrf: randomBytes(24).toString("base64url"), expiresMs: Date.now() + SESSION_MS };
    sessions.set(token, session);
    void reply.header("Set-Cookie", `${SESSION_COOKIE}=${token}; Path=/; HttpOnly; SameSite=Strict; Max-Age=${SESSION_MS / 1000}${https ? "; Secure" : ""}`);
    return { user, role: session.role, csrfToken: session.csrf, logins: true };
  });
  app.post("/api/v1/logout", async (req, reply) => {
    const token = cookies(req.headers.cookie)[SESSION_COOKIE];
    if (token) sessions.delete(token);
    void reply.header("Set-Cookie", `${SESSION_COOKIE}=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0`);
    return { user: sessionIn(req).user, loggedOut: Boolean(logins) };
  });
  app.get("/api/v1/session", async (req) => {
    const s = sessionIn(req);
    return { user: s.user, role: s.role, csrfToken: s.csrf, logins: Boolean(logins) };
  });
  app.get("/api/v1/openapi.json", async () => openApiDocument());

  // --- hosts ---
  app.get("/api/v1/hosts", async (req) => {
    const q = req.query as Query;
    const filter = { where: q.where || undefined, identity: q.identity ? [q.identity] : undefined, tags: q.tag ? [q.tag] : undefined, facts: q.fact ? [q.fact] : undefined };
    const { hosts, failed } = await (await fleetFor(req)).hosts({ filter });
    if (hosts.length === 0) {
      const refused = failed.some((f) => f.status === "UNAUTHORIZED");
      throw new ProblemError(problem(refused ? 403 : 404, refused ? "every host that answered refused the caller" : "no hypervisor host matched", { failures: failed }));
    }
    return { hosts: hosts.map(hostRow), failed };
  });
  app.get("/api/v1/hosts/:identity", async (req) => {
    const identity = checkName("hostname", (req.params as Params).identity!, "host");
    return hostRow(await (await fleetFor(req)).host(identity));
  });
  for (const op of ["enable", "disable"] as const) {
    app.post(
      `/api/v1/hosts/:identity/${op}`,
      { config: { action: "hypervisor.set_enabled" }, schema: { body: { type: "object", properties: { reason: { type: "string", maxLength: 500 } }, additionalProperties: false } } },
      async (req) => {
        const identity = checkName("hostname", (req.params as Params).identity!, "host");
        const reason = String((req.body as Body)?.reason ?? "");
        const state = await (await fleetFor(req)).setEnabled(identity, op === "enable", reason);
        return { identity, enabled: state.enabled, reason: state.reason ?? "", changedBy: state.changedBy ?? "", changedAtMs: Number(state.changedAtMs ?? 0) };
      },
    );
  }
  app.post(
    "/api/v1/hosts/:identity/evacuate",
    { config: { action: "hypervisor.evacuate" }, schema: { body: { type: "object", properties: { dryRun: { type: "boolean" }, parallel: { type: "integer", minimum: 1, maximum: 64 } }, additionalProperties: false } } },
    async (req, reply) => {
      const identity = checkName("hostname", (req.params as Params).identity!, "host");
      const body = (req.body ?? {}) as { dryRun?: boolean; parallel?: number };
      const result = await (await fleetFor(req)).evacuate(identity, { dryRun: body.dryRun, parallel: body.parallel, wait: false });
      void reply.code(result.job ? 202 : 200);
      return { plan: result.plan, job: result.job ?? null };
    },
  );

  // --- instances ---
  app.get("/api/v1/instances", async (req) => {
    const { hosts, failed } = await (await fleetFor(req)).hosts();
    return { instances: hosts.flatMap((h) => h.instances.map((i) => ({ ...i, host: h.identity }))).sort((a, b) => a.hostname.localeCompare(b.hostname)), failed };
  });
  app.get("/api/v1/instances/:name", async (req) => {
    const located = await (await fleetFor(req)).locate(checkInstance((req.params as Params).name!));
    return { ...located.instance, host: located.host };
  });
  app.get("/api/v1/instances/:name/placement", async (req) => {
    const r = await (await fleetFor(req)).placeInstance(checkInstance((req.params as Params).name!));
    return { instance: { ...r.instance, host: r.host }, verdicts: r.verdicts };
  });
  app.get("/api/v1/profiles", async () => {
    const { profiles, problems } = loadProfiles(options.profiles ?? []);
    const list = [...profiles.values()]
      .map((p) => ({ name: p.name, description: p.description ?? "", category: p.category ?? "", template: p.template ?? "", tags: p.tags ?? [] }))
      .sort((a, b) => a.name.localeCompare(b.name));
    return { profiles: list, problems };
  });
  app.get("/api/v1/placement", async (req) => {
    const name = (req.query as Query).profile;
    if (!name) throw new ProblemError(problem(400, "say which profile: ?profile=NAME"));
    const profile = resolveProfile(checkName("id", name, "profile"), options.profiles ?? []);
    return { profile: profile.name, verdicts: await (await fleetFor(req)).placeProfile(profile) };
  });
  app.post(
    "/api/v1/instances",
    { config: { action: "hypervisor.create" }, schema: { body: { type: "object", required: ["hostname", "profile"], properties: { hostname: { type: "string" }, profile: { type: "string" }, container: { type: "string" } }, additionalProperties: false } } },
    async (req, reply) => {
      const body = req.body as { hostname: string; profile: string; container?: string };
      checkName("hostname", body.hostname, "instance");
      if (body.container) checkName("hostname", body.container, "host");
      const profile = resolveProfile(checkName("id", body.profile, "profile"), options.profiles ?? []);
      const job = await (await fleetFor(req)).create(profile, body.hostname, { container: body.container, wait: false });
      void reply.code(202);
      return { job };
    },
  );
  app.post(
    "/api/v1/instances/:name/migrate",
    { config: { action: "hypervisor.migrate" }, schema: { body: { type: "object", properties: { target: { type: "string" } }, additionalProperties: false } } },
    async (req, reply) => {
      const name = checkInstance((req.params as Params).name!);
      const target = (req.body as Body)?.target as string | undefined;
      if (target) checkName("hostname", target, "target host");
      const job = await (await fleetFor(req)).migrate(name, target || undefined, { wait: false });
      void reply.code(202);
      return { job };
    },
  );
  for (const op of ["pause", "resume", "start", "stop", "destroy"] as const) {
    app.post(`/api/v1/instances/:name/${op}`, { config: { action: `hypervisor.${op}` } }, async (req) => {
      const r = await (await fleetFor(req)).lifecycle(op, checkInstance((req.params as Params).name!));
      return { ...r.instance, host: r.host };
    });
  }

  // --- jobs ---
  app.get("/api/v1/jobs", async (req) => ({ jobs: await (await fleetFor(req)).jobs() }));
  app.get("/api/v1/jobs/:id", async (req) => {
    const id = checkName("id", (req.params as Params).id!, "job id");
    const job = (await (await fleetFor(req)).jobs(id))[0];
    if (!job) throw new ProblemError(problem(404, `no job ${id} on any host`));
    return job;
  });

  // --- audit ---
  app.get("/api/v1/audit", async (req) => {
    const q = req.query as Query;
    const query: AuditQuery = {
      instance: q.instance || undefined,
      host: q.host || undefined,
      caller: q.caller || undefined,
      action: q.action || undefined,
      status: q.status || undefined,
      sinceMs: q.since ? parseTime(q.since) : undefined,
      untilMs: q.until ? parseTime(q.until) : undefined,
    };
    const limit = q.limit ? Number(q.limit) : 200;
    if (!Number.isInteger(limit) || limit < 1 || limit > 10_000) throw new ProblemError(problem(400, `limit must be a whole number from 1 to 10000, got "${q.limit}"`));
    const reads = q.reads === "true" || q.reads === "1";
    const entries = [];
    for await (const entry of readAudit(await clientFor(sessionIn(req)), query)) {
      if (!reads && isLookup({ status: entry.status, agent: entry.agent, action: entry.action })) continue;
      entries.push(entry);
      if (entries.length > limit) entries.shift();
    }
    return { entries };
  });

  // --- live events: jobs as they change, and every change a host records (from the page, the CLI, anyone) ---
  const listeners = new Set<(event: string, data: unknown) => void>();
  const broadcast = (event: string, data: unknown) => {
    for (const l of listeners) l(event, data);
  };
  const subs: Subscription[] = [
    base.transport.subscribe(eventSubject("job", "*"), (msg) => {
      try {
        broadcast("job", decodeJson(msg.data) as Job);
      } catch {
        // not a job event
      }
    }),
    base.transport.subscribe(ALL_AUDIT_SUBJECT, (msg) => {
      for (const line of Buffer.from(msg.data).toString("utf8").split("\n")) {
        const r = parseAuditLine(line);
        if (r && !isLookup(r)) broadcast("change", { host: r.host, caller: r.caller, agent: r.agent, action: r.action, status: r.status, instances: r.instances, time: r.time });
      }
    }),
  ];
  app.get("/api/v1/events", async (req, reply: FastifyReply) => {
    reply.hijack();
    const res = reply.raw;
    res.writeHead(200, { "Content-Type": "text/event-stream; charset=utf-8", "Cache-Control": "no-store", Connection: "keep-alive", "X-Content-Type-Options": "nosniff" });
    res.write(`: ampm events for ${sessionIn(req).user}\n\n`);
    const send = (event: string, data: unknown) => res.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
    listeners.add(send);
    const beat = setInterval(() => res.write(": keep-alive\n\n"), 15_000);
    req.raw.on("close", () => {
      clearInterval(beat);
      listeners.delete(send);
    });
  });

  await app.listen({ host: options.host, port: options.port });
  const address = app.server.address();
  const port = typeof address === "object" && address ? address.port : options.port;
  const shown = options.host.includes(":") ? `[${options.host}]` : options.host;
  return {
    url: `${https ? "https" : "http"}://${shown}:${port}/`,
    app,
    close: async () => {
      for (const s of subs) s.unsubscribe();
      listeners.clear();
      await app.close();
      for (const c of clients.values()) await c.then((x) => x.close()).catch(() => undefined);
      await base.close().catch(() => undefined);
    },
  };
}
