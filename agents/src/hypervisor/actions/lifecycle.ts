import { ampm } from "../../../../proto/wire/index.js";
import type { ActionDef } from "../../action.js";
import { INPUT_SCHEMAS } from "../schemas.js";
import type { Wing } from "../context.js";
import { lifecycle as lifecycle_ } from "../lifecycle.js";

export const LIFECYCLE = ["pause", "resume", "start", "stop", "destroy"] as const;
export type LifecycleOp = (typeof LIFECYCLE)[number];

const WHAT: Record<LifecycleOp, string> = {
  pause: "Pause a running instance",
  resume: "Resume a paused instance",
  start: "Start a stopped instance",
  stop: "Stop an instance cleanly",
  destroy: "Power off an instance and delete it with its volumes",
};

/** hypervisor.pause | resume | start | stop | destroy. */
export function lifecycle(w: Wing, op: LifecycleOp): ActionDef<{ hostname: string }> {
  return {
    description: WHAT[op],
    input: ampm.v1.InstanceRequest,
    schema: INPUT_SCHEMAS.instance,
    output: ampm.v1.InstanceReply,
    timeoutMs: op === "destroy" ? 600_000 : 120_000,
    run: async (input) => ({ instance: await lifecycle_(w, op, input.hostname) }),
  };
}
