/**
 * Registry discovery: one read of the host registry (the JetStream KV
 * bucket ampm-hosts, proto/domain/registry.ts), the filter evaluated here
 * with the hosts' own FilterMatcher on each snapshot. Hosts whose entry is
 * older than their missed heartbeats are gone: never targets.
 */
import type { ampm, Transport } from "../../../proto/wire/index.js";
import { FilterMatcher, HOSTS_BUCKET, registeredHost, type RegisteredHost } from "../../../proto/domain/index.js";

/** Every host in the registry (gone ones too), sorted by identity; null when the broker has no registry. */
export async function readRegistry(transport: Transport, nowMs = Date.now()): Promise<RegisteredHost[] | null> {
  const bucket = await transport.kv?.().open(HOSTS_BUCKET);
  if (!bucket) return null;
  const hosts: RegisteredHost[] = [];
  for (const entry of await bucket.entries()) {
    const host = registeredHost(entry, nowMs);
    if (host) hosts.push(host);
  }
  return hosts.sort((a, b) => (a.snapshot.identity < b.snapshot.identity ? -1 : a.snapshot.identity > b.snapshot.identity ? 1 : 0));
}

/** The registered hosts the filter selects, as a host would decide with the same snapshot (a FilterSyntaxError when it does not parse). */
export function selectHosts(hosts: readonly RegisteredHost[], filter: ampm.v1.IFilter, matcher = new FilterMatcher()): RegisteredHost[] {
  return hosts.filter(({ snapshot: s }) => matcher.matches(filter, { identity: s.identity, facts: s.facts, tags: s.tags, agents: s.agents }));
}
