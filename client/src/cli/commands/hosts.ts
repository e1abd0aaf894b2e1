import type { Command } from "commander";
import { buildFilter, EXIT, FleetError, readRegistry, selectHosts, type RegisteredHost } from "../../index.js";
import { addFilterOptions, filterSpec, type CommonFlags } from "../options.js";
import { formatAge } from "../output.js";
import { withClient } from "../session.js";

type Usage = { slots: number; vcpus: number; memory_mb: number; disk_bytes: number };
const usageJson = (u: Usage) => ({ slots: u.slots, vcpus: u.vcpus, memoryMb: u.memory_mb, diskBytes: u.disk_bytes });
const capacityJson = (c: Usage & { used: Usage }) => ({ ...usageJson(c), used: usageJson(c.used) });

function state(host: RegisteredHost): "up" | "disabled" | "gone" {
  return host.gone ? "gone" : host.snapshot.enabled ? "up" : "disabled";
}

export function configure(cmd: Command): void {
  cmd.addHelpText("after", `
Every host in the host registry (the broker's KV bucket ampm-hosts), read
once: each agent writes its snapshot when it starts, when it changes and
on every heartbeat (registry.heartbeat in its config, default 30s).
STATE is up, disabled (out of placement) or gone: no heartbeat for
registry.missed (default 3) heartbeats. A gone host is listed with its
last-seen age until the bucket's max age (registry.max_age, default 24h)
removes it; a host stopped cleanly removes its own entry.

The filters (-I -F -T -A -W) are evaluated here, on each host's snapshot.

Examples:
  ampm hosts
  ampm hosts -W "free_slots >= 2" --json

Exit code 3 when no host matched.`);
  addFilterOptions(cmd).action(async (flags: CommonFlags) => {
    process.exitCode = await withClient(flags, async (client, output) => {
      const filter = buildFilter(filterSpec(flags));
      const all = await readRegistry(client.transport);
      if (!all) throw new FleetError("the broker has no host registry (bucket ampm-hosts): agents create it when they start", "not-found");
      const now = Date.now();
      const hosts = selectHosts(all, filter);
      const items = hosts.map((h) => ({
        identity: h.snapshot.identity,
        state: state(h),
        lastSeen: new Date(h.lastSeenMs).toISOString(),
        lastSeenAgoMs: now - h.lastSeenMs,
        version: h.snapshot.version,
        enabled: h.snapshot.enabled,
        tags: h.snapshot.tags,
        agents: h.snapshot.agents,
        ...(h.snapshot.capacity ? { capacity: capacityJson(h.snapshot.capacity) } : {}),
        startedAt: new Date(h.snapshot.started_ms).toISOString(),
        heartbeatMs: h.snapshot.heartbeat_ms,
      }));
      if (output.mode !== "human") output.items(items, { hosts: items });
      else if (items.length > 0) {
        output.table(
          hosts.map((h, i) => {
            const c = h.snapshot.capacity;
            const st = items[i]!.state;
            return [
              h.snapshot.identity,
              st === "gone" ? output.red(st) : st === "disabled" ? output.yellow(st) : st,
              `${formatAge(items[i]!.lastSeenAgoMs)} ago`,
              h.snapshot.version,
              c ? `${c.used.slots}/${c.slots}` : "-",
              h.snapshot.agents.join(","),
            ];
          }),
          ["IDENTITY", "STATE", "LAST SEEN", "VERSION", "SLOTS", "AGENTS"],
        );
        const gone = items.filter((h) => h.state === "gone").length;
        output.note(`\n${items.length} host${items.length === 1 ? "" : "s"}${gone ? `, ${gone} gone` : ""}`);
      }
      return items.length === 0 ? EXIT.NO_MATCH : EXIT.OK;
    });
  });
}
