import { setTimeout as sleep } from "node:timers/promises";
import { ampm } from "../../../../proto/wire/index.js";
import type { ActionDef } from "../../action.js";

/**
 * rpcutil.echo: sends the message back after an optional delay. For trying
 * the path to a host: latency, payload sizes, and how deadlines behave.
 */
export const echo: ActionDef<ampm.v1.IEchoRequest, ampm.v1.IEchoReply> = {
  description: "Send the message back, after delay_ms if given (stops early when the deadline passes)",
  input: ampm.v1.EchoRequest,
  output: ampm.v1.EchoReply,
  timeoutMs: 10 * 60 * 1000,
  schema: { type: "object", properties: { message: { type: "string", maxLength: 512 * 1024 }, delayMs: { type: "integer", minimum: 0, maximum: 10 * 60 * 1000 } } },
  run: async (input, ctx) => {
    if (input.delayMs) await sleep(input.delayMs, undefined, { signal: ctx.signal });
    return { message: input.message ?? "" };
  },
};
