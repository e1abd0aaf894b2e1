import { ampm } from "../../../../proto/wire/index.js";
import type { ActionDef } from "../../action.js";
import { evacuate as start, plan } from "../evacuate.js";
import type { HypervisorService } from "../service.js";

/** hypervisor.evacuate: move every instance away (a job here), or only plan it. */
export function evacuate(svc: HypervisorService): ActionDef<{ parallel: number; dryRun: boolean }> {
  return {
    description: "Move every instance of this host to hosts placement picks, `parallel` at a time; dry_run only plans",
    input: ampm.v1.EvacuateRequest,
    output: ampm.v1.EvacuateReply,
    timeoutMs: 60_000,
    run: async (input, ctx) => {
      if (input.dryRun) return { plan: await plan(svc) };
      const { job, plan: entries } = await start(svc, input.parallel || 2, ctx.caller);
      return { job: job.record, plan: entries };
    },
  };
}
