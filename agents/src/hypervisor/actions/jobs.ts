import { ampm } from "../../../../proto/wire/index.js";
import type { ActionDef } from "../../action.js";
import { INPUT_SCHEMAS } from "../schemas.js";
import type { Wing } from "../context.js";

/** hypervisor.jobs: the jobs this host remembers, or the one named. */
export function jobs(w: Wing): ActionDef<{ id: string }> {
  return {
    description: "Jobs on this host (create, migrate, migrate-in, evacuate), newest first, or the one named",
    input: ampm.v1.JobsRequest,
    schema: INPUT_SCHEMAS.jobs,
    output: ampm.v1.JobsReply,
    timeoutMs: 10_000,
    run: async (input) => ({ jobs: input.id ? [w.jobs.get(input.id)].filter(Boolean) : w.jobs.list() }),
  };
}
