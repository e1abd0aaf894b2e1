import { ampm } from "../../../../proto/wire/index.js";
import type { ActionDef } from "../../action.js";
import { migrateOut } from "../migrate-out.js";
import { INPUT_SCHEMAS } from "../schemas.js";
import type { Wing } from "../context.js";

/** hypervisor.migrate: move an instance of this host to another (a job here). */
export function migrate(w: Wing): ActionDef<{ hostname: string; target: string }> {
  return {
    description: "Move an instance of this host to the target host: stop, export, transfer, import there, start there, remove here",
    input: ampm.v1.MigrateRequest,
    schema: INPUT_SCHEMAS.migrate,
    output: ampm.v1.JobReply,
    timeoutMs: 30_000,
    run: async (input, ctx) => ({ job: (await migrateOut(w, input.hostname, input.target, ctx.caller)).record }),
  };
}
