/** Five hosts after the seed's containers, with tags and facts that filters can tell apart. */
import type { AgentSpec } from "./agents.js";

export const SEED_FLEET: AgentSpec[] = [
  {
    identity: "container1.example.com",
    tags: ["dell", "dell-2850", "250gig-local-storage", "dmz-interface", "external-interface", "PHX"],
    facts: { rack: "r1", cpus: 16, memory_mb: 65536, site: "PHX" },
  },
  {
    identity: "container2.example.com",
    tags: ["dell", "dell-2850", "PHX"],
    facts: { rack: "r1", cpus: 8, memory_mb: 32768, site: "PHX" },
  },
  {
    identity: "container3.example.com",
    tags: ["hp", "dmz-interface", "SJC"],
    facts: { rack: "r2", cpus: 16, memory_mb: 65536, site: "SJC", disabled: true },
  },
  {
    identity: "container4.example.com",
    tags: ["hp", "SJC"],
    facts: { rack: "r2", cpus: 4, memory_mb: 16384, site: "SJC" },
  },
  {
    identity: "container5.example.com",
    tags: ["supermicro", "external-interface", "PHX"],
    facts: { rack: "r3", cpus: 32, memory_mb: 131072, site: "PHX" },
  },
];

export const ALL = SEED_FLEET.map((s) => s.identity);
export const host = (n: number) => `container${n}.example.com`;
