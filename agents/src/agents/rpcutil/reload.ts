import { ampm } from "../../../../proto/wire/index.js";
import type { ActionDef } from "../../action.js";

/** rpcutil.reload: re-read the facts file and the plugin path, as SIGHUP does. */
export const reload: ActionDef<ampm.v1.IReloadRequest, ampm.v1.IReloadReply> = {
  description: "Re-read the facts file, the plugin directories (probing every plugin again), the trusted callers and the policy, without a restart",
  input: ampm.v1.ReloadRequest,
  output: ampm.v1.ReloadReply,
  timeoutMs: 60_000,
  run: async (_input, ctx) => {
    const securityProblems = await ctx.host.reload();
    const { plugins, problems } = ctx.host.plugins();
    return { plugins, pluginProblems: [...problems], securityProblems };
  },
};
