import type { Command } from "commander";
import { deleteAttribute, EXIT, getAttributes, setAttribute } from "../../index.js";
import type { CommonFlags } from "../options.js";
import { withClient } from "../session.js";
import { UsageError } from "../usage.js";

export function configure(cmd: Command): void {
  cmd
    .addHelpText("after", `
Operator attributes (clusto's idea): values kept about a host by the broker
(KV bucket ampm-attributes), not by the host. The host merges them into its
facts, over its own (an attribute rack=r9 wins over the agent's rack), as
soon as they change; so every filter (-F, -W), profile requirement, policy
"when" and registry discovery sees them, and ampm facts shows them.
A pool is the attribute "pool" (ampm pool ls).

  ampm attr set hv1.example.com pool db-prod
  ampm attr set hv1.example.com owners alice bob      several values: a list
  ampm attr get hv1.example.com
  ampm discover -F pool=db-prod
  ampm attr del hv1.example.com pool

Exit code 3 when get or del finds no such attribute.`)
    .action(async (op: string, host: string, key: string | undefined, values: string[], flags: CommonFlags) => {
      process.exitCode = await withClient(flags, async (client, output) => {
        if (op === "set") {
          if (!key) throw new UsageError("attr set HOST KEY VALUE...");
          const attrs = await setAttribute(client.transport, host, key, values);
          if (output.mode !== "human") output.json({ host, attributes: attrs });
          else output.note(`${host}: ${key} set`);
          return EXIT.OK;
        }
        if (op === "get") {
          if (values.length > 0) throw new UsageError("attr get HOST [KEY]");
          const attrs = await getAttributes(client.transport, host);
          const shown = key ? (Object.hasOwn(attrs, key) ? { [key]: attrs[key]! } : {}) : attrs;
          if (output.mode !== "human") output.json({ host, attributes: shown });
          else output.table(Object.entries(shown).map(([k, v]) => [k, Array.isArray(v) ? v.join(", ") : v]));
          return Object.keys(shown).length === 0 ? EXIT.NO_MATCH : EXIT.OK;
        }
        if (op === "del") {
          if (!key || values.length > 0) throw new UsageError("attr del HOST KEY");
          const had = await deleteAttribute(client.transport, host, key);
          if (output.mode !== "human") output.json({ host, deleted: had ? [key] : [] });
          else output.note(had ? `${host}: ${key} deleted` : `${host} has no attribute ${key}`);
          return had ? EXIT.OK : EXIT.NO_MATCH;
        }
        throw new UsageError(`attr ${op}: set, get or del`);
      });
    });
}
