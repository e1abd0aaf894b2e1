import type { Command } from "commander";
import { EXIT } from "../../index.js";
import { addSelectionOptions, discoveryOptions, filterSpec, type CommonFlags } from "../options.js";
import { ProgressTicker, withClient } from "../session.js";

export function configure(cmd: Command): void {
  cmd
    .addHelpText("after", `
Prints one identity a line, sorted, so it pipes well:
  ampm discover -T dmz-interface > dmz-hosts
  ampm rpc rpcutil inventory --nodes dmz-hosts

Discovery method: registry when the broker has the host registry (one
read; the filter is evaluated here, hosts gone silent are left out: see
ampm hosts), else broadcast; --discovery-method picks one.

Exit code 3 when no host matched.`);
  addSelectionOptions(cmd).action(async (flags: CommonFlags) => {
    process.exitCode = await withClient(flags, async (client, output) => {
      const discovery = discoveryOptions(flags);
      let hosts: string[];
      const method = await client.discoveryMethod(discovery);
      if (method !== "broadcast") {
        hosts = (await client.discoverWith(filterSpec(flags), discovery, method)).targets;
      } else {
        const ticker = new ProgressTicker(output);
        const run = client.ping(filterSpec(flags), { discovery: { ...discovery, method }, onProgress: ticker.update });
        try {
          hosts = (await run.collect()).summary.targets;
        } finally {
          ticker.stop();
        }
      }
      if (output.mode === "json") output.json({ hosts });
      else if (output.mode === "jsonl") for (const identity of hosts) output.jsonLine({ identity });
      else {
        for (const identity of hosts) output.line(identity);
        output.note(`\n${hosts.length} host${hosts.length === 1 ? "" : "s"}`);
      }
      return hosts.length === 0 ? EXIT.NO_MATCH : EXIT.OK;
    });
  });
}
