import { ampm } from "../../../../proto/wire/index.js";
import type { ActionDef } from "../../action.js";
import { create as create_ } from "../create.js";
import { profileFromMessage } from "../model.js";
import { INPUT_SCHEMAS } from "../schemas.js";
import type { Wing } from "../context.js";

/** hypervisor.create: claim room at once, then build the instance in a job. */
export function create(w: Wing): ActionDef<{ hostname: string; profile: Record<string, unknown> }> {
  return {
    description: "Create an instance from a profile here: claims room at once, then builds it (volumes, template, define, start) in a job",
    input: ampm.v1.CreateRequest,
    schema: INPUT_SCHEMAS.create,
    output: ampm.v1.JobReply,
    timeoutMs: 30_000,
    run: async (input, ctx) => ({ job: (await create_(w, input.hostname, profileFromMessage(input.profile ?? {}), ctx.caller)).record }),
  };
}
