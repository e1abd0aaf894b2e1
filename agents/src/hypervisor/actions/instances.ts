import { ampm } from "../../../../proto/wire/index.js";
import type { ActionDef } from "../../action.js";
import { INPUT_SCHEMAS } from "../schemas.js";
import type { Wing } from "../context.js";

/** hypervisor.instances: this host's instances, or the one named. */
export function instances(w: Wing): ActionDef<{ hostname: string }> {
  return {
    description: "This host's instances (or only the one named), with state, volumes and NICs",
    input: ampm.v1.InstancesRequest,
    schema: INPUT_SCHEMAS.instances,
    output: ampm.v1.InstancesReply,
    timeoutMs: 10_000,
    run: async (input) => ({ instances: await w.instances.list(input.hostname) }),
  };
}
