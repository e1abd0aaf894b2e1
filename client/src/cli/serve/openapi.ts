/**
 * The REST API's OpenAPI 3.1 document, served at /api/v1/openapi.json.
 * test/integration/serve-api.test.ts checks real responses against these schemas.
 */
import { VERSION } from "../../index.js";

const str = { type: "string" };
const bool = { type: "boolean" };
/** uint64 fields: numbers in JSON (the proto3 mapping's strings are accepted too). */
const u64 = { type: ["number", "string"] };
const num = { type: "number" };
const strings = { type: "array", items: str };
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

const schemas = {
  Problem: {
    type: "object",
    description: "An error (RFC 9457), with the CLI's exit code for the same outcome and, when hosts failed, each host's failure",
    required: ["type", "title", "status", "detail", "exitCode"],
    properties: {
      type: str,
      title: str,
      status: { type: "integer" },
      detail: str,
      exitCode: { type: "integer", minimum: 0, maximum: 7 },
      failures: { type: "array", items: ref("HostFailure") },
      verdicts: { type: "array", items: ref("Verdict") },
    },
  },
  HostFailure: {
    type: "object",
    required: ["sender", "statuscode", "status", "statusmsg"],
    properties: { sender: str, statuscode: { type: "integer" }, status: str, statusmsg: str },
  },
  Instance: {
    type: "object",
    required: ["hostname", "profile", "state", "host"],
    properties: {
      hostname: str,
      profile: str,
      category: str,
      tags: strings,
      resources: { type: "object", properties: { memoryMb: u64, vcpus: num } },
      volumes: { type: "array", items: { type: "object", properties: { name: str, sizeBytes: u64, storage: str, path: str } } },
      nics: { type: "array", items: { type: "object" } },
      template: str,
      state: { type: "string", description: "running, paused, shut off, migrating" },
      host: { type: "string", description: "the host it is on" },
      createdAtMs: u64,
      spread: str,
      requirements: str,
      slot: str,
      mounted: bool,
    },
  },
  Host: {
    type: "object",
    required: ["identity", "enabled", "reason", "slots", "usedSlots", "driver", "tags", "instances"],
    properties: {
      identity: str,
      enabled: bool,
      reason: { type: "string", description: "why it was disabled (or enabled)" },
      changedBy: { type: "string", description: "the caller who changed it" },
      changedAtMs: u64,
      slots: { type: "integer" },
      usedSlots: { type: "integer" },
      memoryMb: u64,
      usedMemoryMb: u64,
      driver: str,
      tags: strings,
      instances: { type: "array", items: ref("Instance") },
    },
  },
  HostList: {
    type: "object",
    required: ["hosts", "failed"],
    properties: { hosts: { type: "array", items: ref("Host") }, failed: { type: "array", items: ref("HostFailure") } },
  },
  HostState: {
    type: "object",
    required: ["identity", "enabled", "reason"],
    properties: { identity: str, enabled: bool, reason: str, changedBy: str, changedAtMs: u64 },
  },
  InstanceList: {
    type: "object",
    required: ["instances", "failed"],
    properties: { instances: { type: "array", items: ref("Instance") }, failed: { type: "array", items: ref("HostFailure") } },
  },
  Verdict: {
    type: "object",
    required: ["identity", "ok", "reasons", "score"],
    properties: { identity: str, ok: bool, reasons: { ...strings, description: "every hard filter the host fails, in words" }, score: num },
  },
  Placement: {
    type: "object",
    required: ["verdicts"],
    properties: { instance: ref("Instance"), profile: str, verdicts: { type: "array", items: ref("Verdict"), description: "every host, best first" } },
  },
  Job: {
    type: "object",
    required: ["id", "kind", "host", "state"],
    properties: {
      id: str,
      kind: { type: "string", description: "create, migrate, migrate-in, evacuate, ..." },
      host: str,
      instance: str,
      state: { type: "string", enum: ["running", "done", "failed"] },
      phase: str,
      percent: num,
      bytes: u64,
      message: str,
      caller: str,
      startedAtMs: u64,
      updatedAtMs: u64,
      target: str,
      result: { type: ["object", "null"] },
    },
  },
  JobStarted: { type: "object", required: ["job"], properties: { job: ref("Job") } },
  JobList: { type: "object", required: ["jobs"], properties: { jobs: { type: "array", items: ref("Job") } } },
  Evacuation: {
    type: "object",
    required: ["plan", "job"],
    properties: {
      plan: { type: "array", items: { type: "object", required: ["instance", "target"], properties: { instance: str, hostname: str, target: { type: "string", description: "empty: no host can take it" }, reason: str } } },
      job: { oneOf: [ref("Job"), { type: "null" }] },
    },
  },
  Session: {
    type: "object",
    required: ["user", "role", "csrfToken", "logins"],
    properties: { user: str, role: { type: "string", enum: ["operator", "readonly"] }, csrfToken: { type: "string", description: "send it as X-CSRF-Token with every POST" }, logins: bool },
  },
  AuditEntry: {
    type: "object",
    required: ["time", "host", "requestId", "caller", "authenticated", "agent", "action", "status"],
    properties: {
      time: str,
      host: str,
      requestId: str,
      caller: str,
      callerKey: str,
      authenticated: bool,
      agent: str,
      action: str,
      argsSha256: str,
      status: str,
      statusmsg: str,
      durationMs: num,
      instances: strings,
      job: str,
      policy: str,
      source: { type: "string", enum: ["broker", "caller"] },
    },
  },
  AuditList: { type: "object", required: ["entries"], properties: { entries: { type: "array", items: ref("AuditEntry") } } },
};

const problems = {
  "400": { description: "Bad input (exit code 2)", content: { "application/problem+json": { schema: ref("Problem") } } },
  "401": { description: "Not logged in", content: { "application/problem+json": { schema: ref("Problem") } } },
  "403": { description: "Refused: a read-only login, a missing CSRF token, or a host or the broker refused the caller (exit code 6)", content: { "application/problem+json": { schema: ref("Problem") } } },
  "404": { description: "Nothing matched (exit code 3)", content: { "application/problem+json": { schema: ref("Problem") } } },
  "504": { description: "A host did not answer (exit code 4)", content: { "application/problem+json": { schema: ref("Problem") } } },
};
const actionProblems = {
  ...problems,
  "409": { description: "Conflict, or no host can take it (exit code 1; verdicts say why)", content: { "application/problem+json": { schema: ref("Problem") } } },
  "422": { description: "The host refused the action (exit code 1)", content: { "application/problem+json": { schema: ref("Problem") } } },
};

const json = (schema: unknown, description = "OK") => ({ description, content: { "application/json": { schema } } });
const param = (name: string, description: string, location = "path") => ({ name, in: location, required: location === "path", description, schema: str });
const csrf = { name: "X-CSRF-Token", in: "header", required: true, description: "the session's CSRF token (GET /api/v1/session)", schema: str };
const body = (properties: Record<string, unknown>, required: string[] = []) => ({
  required: required.length > 0,
  content: { "application/json": { schema: { type: "object", properties, required, additionalProperties: false } } },
});
const hostParam = param("identity", "the host's identity");
const instanceParam = param("name", "the instance: hostname, or hostname:profile");

function lifecycle(op: string) {
  return { post: { summary: `${op[0]!.toUpperCase()}${op.slice(1)} an instance`, parameters: [instanceParam, csrf], responses: { "200": json(ref("Instance")), ...actionProblems } } };
}

export function openApiDocument() {
  return {
    openapi: "3.1.0",
    info: {
      title: "ampm serve",
      version: VERSION,
      description: "The fleet of hypervisor hosts over HTTP: the ampm client library behind a REST API. Every request is signed with the logged-in user's key. Errors are problem documents (RFC 9457) whose status codes say what the CLI's exit codes say.",
    },
    servers: [{ url: "/" }],
    components: {
      schemas,
      securitySchemes: { session: { type: "apiKey", in: "cookie", name: "ampm_session", description: "from POST /api/v1/login (no cookie needed without a logins file)" } },
    },
    security: [{ session: [] }],
    paths: {
      "/api/v1/login": {
        post: {
          summary: "Log in: sets the session cookie (HttpOnly, SameSite=Strict)",
          security: [],
          requestBody: body({ user: str, password: str }, ["user", "password"]),
          responses: {
            "200": json(ref("Session")),
            "401": problems["401"],
            "400": problems["400"],
            "429": { description: "5 wrong passwords for this user from this address in 15 minutes: wait (Retry-After)", content: { "application/problem+json": { schema: ref("Problem") } } },
          },
        },
      },
      "/api/v1/logout": { post: { summary: "Log out", parameters: [csrf], responses: { "200": json({ type: "object", properties: { user: str, loggedOut: bool } }) } } },
      "/api/v1/session": { get: { summary: "Who is logged in, the role, and the CSRF token", responses: { "200": json(ref("Session")), "401": problems["401"] } } },
      "/api/v1/openapi.json": { get: { summary: "This document", security: [], responses: { "200": json({ type: "object" }) } } },
      "/api/v1/hosts": {
        get: {
          summary: "Hypervisor hosts: enabled or not (and why), slots, instances",
          parameters: [
            param("where", 'a filter in the CLI\'s grammar: "tags has PHX and free_slots >= 2 and not disabled"', "query"),
            param("identity", "an identity, glob or /regex/", "query"),
            param("tag", "a host tag", "query"),
            param("fact", "a fact filter: key=value, key>=n, ...", "query"),
          ],
          responses: { "200": json(ref("HostList")), ...problems },
        },
      },
      "/api/v1/hosts/{identity}": { get: { summary: "One host", parameters: [hostParam], responses: { "200": json(ref("Host")), ...problems } } },
      "/api/v1/hosts/{identity}/enable": {
        post: { summary: "Take a host back into placement", parameters: [hostParam, csrf], requestBody: body({ reason: str }), responses: { "200": json(ref("HostState")), ...actionProblems } },
      },
      "/api/v1/hosts/{identity}/disable": {
        post: { summary: "Keep new instances and migrations off a host", parameters: [hostParam, csrf], requestBody: body({ reason: str }), responses: { "200": json(ref("HostState")), ...actionProblems } },
      },
      "/api/v1/hosts/{identity}/evacuate": {
        post: {
          summary: "Move every instance off a host (dryRun: the plan only)",
          parameters: [hostParam, csrf],
          requestBody: body({ dryRun: bool, parallel: { type: "integer", minimum: 1 } }),
          responses: { "200": json(ref("Evacuation"), "the plan (dry run, or nothing to move)"), "202": json(ref("Evacuation"), "the plan and the job that runs it"), ...actionProblems },
        },
      },
      "/api/v1/instances": {
        get: { summary: "Every instance, with the host it is on", responses: { "200": json(ref("InstanceList")), ...problems } },
        post: {
          summary: "Create an instance from a profile (placement picks the host, or container)",
          parameters: [csrf],
          requestBody: body({ hostname: str, profile: str, container: str }, ["hostname", "profile"]),
          responses: { "202": json(ref("JobStarted")), ...actionProblems },
        },
      },
      "/api/v1/instances/{name}": { get: { summary: "Where an instance runs, its storage, profile and tags", parameters: [instanceParam], responses: { "200": json(ref("Instance")), ...problems } } },
      "/api/v1/instances/{name}/placement": {
        get: { summary: "Every other host's verdict for this instance, with the reasons of each refusal", parameters: [instanceParam], responses: { "200": json(ref("Placement")), ...problems } },
      },
      "/api/v1/profiles": {
        get: {
          summary: "The profiles new instances can be made from (the server's --profiles, AMPM_PROFILES, context)",
          responses: {
            "200": json({
              type: "object",
              required: ["profiles", "problems"],
              properties: {
                profiles: { type: "array", items: { type: "object", required: ["name"], properties: { name: str, description: str, category: str, template: str, tags: strings } } },
                problems: { ...strings, description: "profile files that could not be read, each with its error" },
              },
            }),
            "401": problems["401"],
          },
        },
      },
      "/api/v1/placement": {
        get: { summary: "Every host's verdict for a new instance of a profile", parameters: [{ ...param("profile", "a profile name", "query"), required: true }], responses: { "200": json(ref("Placement")), ...problems } },
      },
      "/api/v1/instances/{name}/migrate": {
        post: {
          summary: "Migrate an instance: to target, or where placement finds room; returns the job at once",
          parameters: [instanceParam, csrf],
          requestBody: body({ target: str }),
          responses: { "202": json(ref("JobStarted")), ...actionProblems },
        },
      },
      "/api/v1/instances/{name}/pause": lifecycle("pause"),
      "/api/v1/instances/{name}/resume": lifecycle("resume"),
      "/api/v1/instances/{name}/start": lifecycle("start"),
      "/api/v1/instances/{name}/stop": lifecycle("stop"),
      "/api/v1/instances/{name}/destroy": lifecycle("destroy"),
      "/api/v1/jobs": { get: { summary: "Jobs on every host, newest first", responses: { "200": json(ref("JobList")), ...problems } } },
      "/api/v1/jobs/{id}": { get: { summary: "One job", parameters: [param("id", "the job id")], responses: { "200": json(ref("Job")), ...problems } } },
      "/api/v1/events": {
        get: {
          summary: "Server-Sent Events: `job` (a Job, as it changes: from ampm.v1.event.job.*) and `change` (a host recorded a change: who, what, which instances)",
          responses: { "200": { description: "an event stream", content: { "text/event-stream": { schema: str } } }, "401": problems["401"] },
        },
      },
      "/api/v1/audit": {
        get: {
          summary: "Who did what, when (lookups only with reads=true)",
          parameters: [
            param("instance", "records that name this instance", "query"),
            param("host", "records of this host (exact or glob; broker, serve: refusals recorded by callers)", "query"),
            param("caller", "records of this caller", "query"),
            param("action", "agent.action, or a glob", "query"),
            param("status", "OK, UNAUTHORIZED, ...", "query"),
            param("since", "2h (ago), 7d, 2026-11-22, ISO 8601", "query"),
            param("until", "same forms as since", "query"),
            param("limit", "the newest this many (default 200)", "query"),
            param("reads", "true: also lookups that succeeded", "query"),
          ],
          responses: { "200": json(ref("AuditList")), ...problems },
        },
      },
    },
  };
}
