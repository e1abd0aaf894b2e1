/**
 * Hostname claims: the keys of the instance index (KV bucket
 * ampm-instances, proto/domain/registry.ts) that make a hostname unique
 * fleet-wide. A create claims its name before building anything, the
 * owning host keeps the record current and deletes it when the instance
 * goes. A host that died for good (or lost its disk) leaves its claims
 * behind: `releaseName` clears one, after asking the holder.
 *
 *   release NAME ─▶ read the claim (revision R) ─▶ holder gone from the registry, or not registered? ─▶ delete if still R
 *                                               └▶ holder up? ask it: has NAME (instance, or a create/move job)? ─▶ refuse
 *                                                                                       no ─▶ delete if still R
 */
import type { KvBucket } from "../../proto/wire/index.js";
import { HOSTS_BUCKET, INSTANCES_BUCKET, instanceRecord, type RegisteredHost } from "../../proto/domain/index.js";
import type { Client } from "./client.js";
import { readRegistry } from "./discovery/index.js";
import { FleetError } from "./outcomes.js";

/** What the host registry says of a claim's holder. */
export type HolderState = "up" | "disabled" | "gone" | "unregistered" | "unknown";

export interface NameClaim {
  name: string;
  /** The host that holds it. */
  host: string;
  profile: string;
  /** "creating" while a create runs; then the instance's state as its host last wrote it. */
  state: string;
  /** When the holder wrote it (ISO 8601, the holder's clock). */
  written: string;
  /** The KV revision (a release deletes only this revision). */
  revision: number;
  /** The holder in the host registry (unknown: the broker has no registry). */
  holder: HolderState;
  /** When the registry last heard from the holder, if it is registered. */
  holderLastSeenAgoMs?: number;
}

export interface ReleaseResult {
  claim: NameClaim;
  /** Released without asking (--force). */
  forced: boolean;
  /** Why the claim was stale (or that it was forced). */
  reason: string;
}

async function bucketOf(client: Client): Promise<KvBucket> {
  const bucket = await client.transport.kv?.().open(INSTANCES_BUCKET);
  if (!bucket) throw new FleetError(`the broker has no instance index (bucket ${INSTANCES_BUCKET}): there are no name claims (hypervisor agents create it when they start)`, "not-found");
  return bucket;
}

async function registryOf(client: Client, now: number): Promise<Map<string, RegisteredHost> | undefined> {
  const hosts = (await client.transport.kv?.().open(HOSTS_BUCKET)) ? await readRegistry(client.transport, now) : null;
  return hosts ? new Map(hosts.map((h) => [h.snapshot.identity, h])) : undefined;
}

function holderOf(registry: Map<string, RegisteredHost> | undefined, host: string, now: number): Pick<NameClaim, "holder" | "holderLastSeenAgoMs"> {
  if (!registry) return { holder: "unknown" };
  const h = registry.get(host);
  if (!h) return { holder: "unregistered" };
  return { holder: h.gone ? "gone" : h.snapshot.enabled ? "up" : "disabled", holderLastSeenAgoMs: Math.max(0, now - h.lastSeenMs) };
}

/** Every claim, sorted by name (undecodable keys are left out). */
export async function listNames(client: Client): Promise<NameClaim[]> {
  const bucket = await bucketOf(client);
  const now = Date.now();
  const registry = await registryOf(client, now);
  const claims: NameClaim[] = [];
  for (const entry of await bucket.entries()) {
    const rec = instanceRecord(entry);
    if (!rec) continue;
    claims.push({ name: rec.hostname, host: rec.host, profile: rec.profile, state: rec.state, written: new Date(rec.time_ms).toISOString(), revision: entry.revision, ...holderOf(registry, rec.host, now) });
  }
  return claims.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

const ago = (ms: number | undefined) => (ms === undefined ? "" : ` (last seen ${Math.round(ms / 1000)}s ago)`);

/**
 * Whether the holder, asked directly, still has the name: an instance of
 * it, or a job (create, incoming migration) running for it. Throws a
 * FleetError "no-response" when it does not answer.
 */
async function holderHas(client: Client, host: string, name: string, timeoutMs: number): Promise<string | undefined> {
  const ask = async (action: string, body: unknown) => {
    const { results, summary } = await client.call("hypervisor", action, body, { targets: [host], timeoutMs }).collect();
    if (summary.noResponse.length > 0) {
      throw new FleetError(`${host} holds ${name} and is registered but did not answer: it may still have it; not released (wait until \`ampm hosts\` shows it gone, or --force)`, "no-response");
    }
    const r = results[0]!;
    if (!r.ok) throw new FleetError(`${host} holds ${name} but could not say whether it has it (${r.status}: ${r.statusmsg}); not released (--force to release anyway)`, "refused");
    return r.data;
  };
  const { instances } = (await ask("instances", { hostname: name })) as { instances: { hostname: string; state: string }[] };
  const instance = instances.find((i) => i.hostname === name);
  if (instance) return `${host} is up and has the instance ${name} (${instance.state})`;
  const { jobs } = (await ask("jobs", {})) as { jobs: { id: string; kind: string; instance: string; state: string }[] };
  const job = jobs.find((j) => j.instance === name && j.state === "running");
  if (job) return `${host} is up and runs the ${job.kind} job ${job.id} of ${name}`;
  return undefined;
}

/**
 * Clears a stale claim: when its holder is gone from the registry (or not
 * in it), or is up and has neither the instance nor a job for it. Refuses
 * (FleetError "conflict") when the holder has it, "no-response" when a
 * registered holder does not answer. `force` skips the checks. The delete
 * is bound to the revision read first: a claim that changed meanwhile (a
 * create or a move took it) is left as it is.
 */
export async function releaseName(client: Client, name: string, options: { force?: boolean; timeoutMs?: number } = {}): Promise<ReleaseResult> {
  const bucket = await bucketOf(client);
  const entry = await bucket.get(name);
  const rec = entry && instanceRecord(entry);
  if (!entry || !rec) throw new FleetError(`no claim of the name ${name} (ampm names ls lists them)`, "not-found");
  const now = Date.now();
  const registry = await registryOf(client, now);
  const claim: NameClaim = { name, host: rec.host, profile: rec.profile, state: rec.state, written: new Date(rec.time_ms).toISOString(), revision: entry.revision, ...holderOf(registry, rec.host, now) };
  let reason: string;
  if (options.force) reason = `forced: ${rec.host} (${claim.holder}) was not asked`;
  else if (claim.holder === "gone") reason = `its holder ${rec.host} is gone from the host registry${ago(claim.holderLastSeenAgoMs)}`;
  else if (claim.holder === "unregistered") reason = `its holder ${rec.host} is not in the host registry`;
  else {
    // Up, disabled, or no registry to tell: the holder is asked.
    const has = await holderHas(client, rec.host, name, options.timeoutMs ?? 5000);
    if (has) throw new FleetError(`${has}: the claim is not stale; not released (destroy or move the instance instead, or --force)`, "conflict");
    reason = `its holder ${rec.host} answered and has neither the instance nor a job for it`;
  }
  if (!(await bucket.delete(name, entry.revision))) {
    throw new FleetError(`the claim of ${name} changed while it was checked (a create or a move took it): not released`, "conflict");
  }
  return { claim, forced: options.force === true, reason };
}
