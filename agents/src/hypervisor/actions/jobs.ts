import { ampm } from "../../../../proto/wire/index.js";
import type { ActionDef } from "../../action.js";
import { INPUT_SCHEMAS } from "../schemas.js";
import type { HypervisorService } from "../service.js";

/** hypervisor.jobs: the jobs this host remembers, or the one named. */
export function jobs(svc: HypervisorService): ActionDef<{ id: string }> {
  return {
    description: "Jobs on this host (create, migrate, migrate-in, evacuate), newest first, or the one named",
    input: ampm.v1.JobsRequest,
    schema: INPUT_SCHEMAS.jobs,
    output: ampm.v1.JobsReply,
    timeoutMs: 10_000,
    run: async (input) => ({ jobs: input.id ? [svc.jobs.get(input.id)].filter(Boolean) : svc.jobs.list() }),
  };
}
