import { ampm } from "../../../../proto/wire/index.js";
import type { ActionDef } from "../../action.js";

/** rpcutil.ping: the cheapest round trip, and the probe of broadcast discovery. */
export const ping: ActionDef<ampm.v1.IPingRequest, ampm.v1.IPingReply> = {
  description: "Answer at once with the host's clock",
  input: ampm.v1.PingRequest,
  output: ampm.v1.PingReply,
  timeoutMs: 5000,
  run: () => ({ timeMs: Date.now() }),
};
