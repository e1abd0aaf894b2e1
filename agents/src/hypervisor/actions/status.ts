import { ampm } from "../../../../proto/wire/index.js";
import type { ActionDef } from "../../action.js";
import { INPUT_SCHEMAS } from "../schemas.js";
import type { Wing } from "../context.js";

/** hypervisor.status: what placement needs to know about this host. */
export function status(w: Wing): ActionDef {
  return {
    description: "This host's state, capacity and use, what it offers, and its instances",
    input: ampm.v1.HostStatusRequest,
    schema: INPUT_SCHEMAS.status,
    output: ampm.v1.HostStatusReply,
    timeoutMs: 10_000,
    run: async (_input, ctx) => ({
      state: w.host.state(),
      capacity: w.host.capacity(),
      used: w.host.used(),
      storageTypes: w.volumes.storageTypes(),
      templateTypes: w.templates.templateTypes(),
      categories: w.settings.categories,
      instances: await w.instances.list(),
      driver: w.driver.name,
      tags: [...ctx.host.tags()],
      facts: ctx.host.facts(),
      agents: w.agents(),
    }),
  };
}
