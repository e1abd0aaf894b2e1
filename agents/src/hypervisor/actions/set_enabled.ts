import { ampm } from "../../../../proto/wire/index.js";
import type { ActionDef } from "../../action.js";
import { INPUT_SCHEMAS } from "../schemas.js";
import type { Wing } from "../context.js";

/** hypervisor.set_enabled: in or out of placement; running instances are untouched. */
export function setEnabled(w: Wing): ActionDef<{ enabled: boolean; reason: string }> {
  return {
    description: "Take this host in or out of placement (new instances, migrations); running instances stay",
    input: ampm.v1.SetEnabledRequest,
    schema: INPUT_SCHEMAS.setEnabled,
    output: ampm.v1.SetEnabledReply,
    timeoutMs: 10_000,
    run: async (input, ctx) => {
      const state = w.host.setEnabled(input.enabled, input.reason, ctx.caller);
      w.log.info({ enabled: input.enabled, reason: input.reason, by: ctx.caller }, input.enabled ? "host enabled" : "host disabled");
      return { state };
    },
  };
}
