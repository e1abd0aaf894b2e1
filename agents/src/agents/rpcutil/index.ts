import type { AgentDef } from "../../action.js";
import { daemonStats } from "./daemon_stats.js";
import { echo } from "./echo.js";
import { facts } from "./facts.js";
import { inventory } from "./inventory.js";
import { ping } from "./ping.js";
import { reload } from "./reload.js";

/** The rpcutil agent: present on every host. */
export function rpcutilAgent(version: string): AgentDef {
  return {
    name: "rpcutil",
    description: "Discovery and introspection: ping, facts, inventory, daemon_stats, reload, echo",
    version,
    kind: "builtin",
    actions: { ping, facts, inventory, daemon_stats: daemonStats, reload, echo },
  };
}
