import { ampm } from "../../../../proto/wire/index.js";
import type { ActionDef } from "../../action.js";

/** rpcutil.daemon_stats: what the dispatcher has seen since the agent started. */
export const daemonStats: ActionDef<ampm.v1.IDaemonStatsRequest, ampm.v1.IDaemonStatsReply> = {
  description: "Counters of the request pipeline: received, malformed, filtered, duplicates, expired, busy, replies, runs per action",
  input: ampm.v1.DaemonStatsRequest,
  output: ampm.v1.DaemonStatsReply,
  timeoutMs: 5000,
  run: async (_input, ctx) => {
    const security = ctx.host.security();
    const disk = ctx.host.disk();
    return {
      startedAtMs: ctx.host.startedAtMs,
      ...ctx.host.stats(),
      securityMode: security.mode,
      auditRecords: security.auditRecords,
      auditBacklogBytes: security.auditBacklogBytes,
      stateReadOnly: !disk.writable,
      stateProblem: disk.problem,
    };
  },
};
