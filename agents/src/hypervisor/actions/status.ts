import { ampm } from "../../../../proto/wire/index.js";
import type { ActionDef } from "../../action.js";
import { INPUT_SCHEMAS } from "../schemas.js";
import type { HypervisorService } from "../service.js";

/** hypervisor.status: what placement needs to know about this host. */
export function status(svc: HypervisorService): ActionDef {
  return {
    description: "This host's state, capacity and use, what it offers, and its instances",
    input: ampm.v1.HostStatusRequest,
    schema: INPUT_SCHEMAS.status,
    output: ampm.v1.HostStatusReply,
    timeoutMs: 10_000,
    run: async (_input, ctx) => ({
      state: svc.state(),
      capacity: svc.capacity(),
      used: svc.used(),
      storageTypes: svc.storageTypes(),
      templateTypes: svc.templateTypes(),
      categories: svc.deps.settings.categories,
      instances: await svc.instances(),
      driver: svc.driver.name,
      tags: [...ctx.host.tags()],
      facts: ctx.host.facts(),
      agents: svc.deps.agents(),
    }),
  };
}
