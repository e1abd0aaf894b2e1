import { ampm } from "../../../../proto/wire/index.js";
import type { ActionDef } from "../../action.js";

/** rpcutil.facts: all facts of the host, or only the keys asked for. */
export const facts: ActionDef<{ keys: string[] }, { facts: Record<string, unknown>; tags: readonly string[] }> = {
  description: "The host's facts (built-in, from its facts file and from its agents) and tags",
  input: ampm.v1.FactsRequest,
  output: ampm.v1.FactsReply,
  timeoutMs: 5000,
  schema: { type: "object", properties: { keys: { type: "array", maxItems: 1024, items: { type: "string", maxLength: 256 } } } },
  run: async (input, ctx) => {
    const all = ctx.host.facts();
    if (input.keys.length === 0) return { facts: all, tags: ctx.host.tags() };
    const some: Record<string, unknown> = {};
    for (const key of input.keys) if (Object.hasOwn(all, key)) some[key] = all[key];
    return { facts: some, tags: ctx.host.tags() };
  },
};
