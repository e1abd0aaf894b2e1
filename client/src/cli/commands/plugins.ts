import type { Command } from "commander";
import type { ampm } from "../../index.js";
import { addFanoutOptions, callOptions, type CommonFlags } from "../options.js";

interface InventoryData {
  plugins?: ampm.v1.IAgentInfo[];
  pluginProblems?: string[];
}

export function configure(cmd: Command): void {
  cmd.addHelpText(
    "after",
    `
For each host: every plugin found on its plugin path (storage, template and
external agents), whether it is active (its probe passed) and why not, and
the plugin directories it skipped (bad manifest, not executable, ...).

Examples:
  ampm plugins container1.example.com
  ampm plugins -T dmz-interface --json
  ampm rpc rpcutil reload -I container1.example.com     re-read the plugin path`,
  );
  addFanoutOptions(cmd).action(async (host: string | undefined, flags: CommonFlags) => {
    const session = await import("../session.js");
    process.exitCode = await session.withClient(flags, async (client, output) => {
      const options = callOptions(flags);
      if (host) options.targets = [host];
      const ticker = new session.ProgressTicker(output);
      const run = client.call("rpcutil", "inventory", {}, { ...options, onProgress: ticker.update });
      return session.printRun(run, output, ticker, {
        quiet: true,
        document: (results, summary) => ({
          hosts: results.map((r) => ({
            identity: r.sender,
            status: r.status,
            statusmsg: r.statusmsg,
            plugins: (r.data as InventoryData | null)?.plugins ?? [],
            problems: (r.data as InventoryData | null)?.pluginProblems ?? [],
          })),
          summary,
        }),
        end: (results, _summary, out) => {
          for (const r of [...results].sort((a, b) => a.sender.localeCompare(b.sender))) {
            if (!r.ok) {
              out.line(`${r.sender}: ${out.red(r.status)} ${r.statusmsg}`);
              continue;
            }
            const data = r.data as InventoryData;
            out.line(out.bold(r.sender));
            const rows = (data.plugins ?? []).map((p) => [
              `  ${p.name}`,
              p.kind ?? "",
              p.version ?? "",
              p.active ? "active" : out.yellow("inactive"),
              p.active ? (p.actions ?? []).map((a) => a.name).join(", ") : (p.inactiveReason ?? ""),
            ]);
            if (rows.length > 0) out.table(rows, ["  NAME", "KIND", "VERSION", "STATE", "ACTIONS / WHY NOT"]);
            else out.line("  no plugins");
            for (const problem of data.pluginProblems ?? []) out.line(`  ${out.yellow("skipped")} ${problem}`);
            out.line();
          }
        },
      });
    });
  });
}
