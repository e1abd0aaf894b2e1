import { ampm } from "../../../../proto/wire/index.js";
import type { ActionDef } from "../../action.js";

/** rpcutil.inventory: the agents and actions this host offers. */
export const inventory: ActionDef<ampm.v1.IInventoryRequest, ampm.v1.IInventoryReply> = {
  description: "The agents and actions this host offers, its plugins (active or not) and what was skipped",
  input: ampm.v1.InventoryRequest,
  output: ampm.v1.InventoryReply,
  timeoutMs: 5000,
  run: async (_input, ctx) => {
    const { plugins, problems } = ctx.host.plugins();
    return {
      version: ctx.host.version,
      startedAtMs: ctx.host.startedAtMs,
      tags: [...ctx.host.tags()],
      agents: ctx.host.inventory(),
      plugins,
      pluginProblems: [...problems],
    };
  },
};
