import { ampm } from "../../../../proto/wire/index.js";
import type { ActionDef } from "../../action.js";
import { checkPlan, evacuate as start, type PlanEntry } from "../evacuate.js";
import { INPUT_SCHEMAS } from "../schemas.js";
import type { Wing } from "../context.js";

/** hypervisor.evacuate: move every instance away as the caller's plan says (a job here), or only check the plan. */
export function evacuate(w: Wing): ActionDef<{ parallel: number; dryRun: boolean; plan: Partial<PlanEntry>[] }> {
  return {
    description: "Move every instance of this host to the hosts the caller's plan names (ampm migrate --all plans), `parallel` at a time; dry_run only checks the plan",
    input: ampm.v1.EvacuateRequest,
    schema: INPUT_SCHEMAS.evacuate,
    output: ampm.v1.EvacuateReply,
    timeoutMs: 60_000,
    run: async (input, ctx) => {
      if (input.dryRun) return { plan: await checkPlan(w, input.plan ?? []) };
      const { job, plan } = await start(w, input.plan ?? [], input.parallel || 2, ctx.caller);
      return { job: job.record, plan };
    },
  };
}
