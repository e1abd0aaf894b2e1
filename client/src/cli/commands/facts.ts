import type { Command } from "commander";
import { addFanoutOptions, callOptions, type CommonFlags } from "../options.js";
import { printRun, ProgressTicker, UsageError, withClient } from "../session.js";

interface FactsFlags extends CommonFlags {
  key?: string[];
}

interface FactsData {
  facts?: Record<string, unknown>;
  tags?: string[];
}

const show = (value: unknown) => (typeof value === "string" ? value : JSON.stringify(value));

export function configure(cmd: Command): void {
  cmd
    .option("-k, --key <fact>", "only this fact; repeatable (several hosts: a table)", (v: string, p: string[] = []) => [...p, v])
    .addHelpText("after", `
Examples:
  ampm facts container3.example.com
  ampm facts -T dmz-interface -k rack -k memory_mb`);
  addFanoutOptions(cmd).action(async (host: string | undefined, flags: FactsFlags) => {
    process.exitCode = await withClient(flags, async (client, output) => {
      const options = callOptions(flags);
      if (host) {
        if (flags.identity?.length) throw new UsageError("give a HOST or -I filters, not both");
        options.targets = [host];
      }
      const keys = flags.key ?? [];
      const ticker = new ProgressTicker(output);
      const run = client.call("rpcutil", "facts", { keys }, { ...options, onProgress: ticker.update });
      return printRun(run, output, ticker, {
        quiet: true,
        end: (results, _summary, out) => {
          const ok = results.filter((r) => r.ok).sort((a, b) => a.sender.localeCompare(b.sender));
          for (const r of results.filter((r) => !r.ok)) out.line(`${r.sender}: ${out.red(r.status)} ${r.statusmsg}`);
          if (keys.length > 0 && ok.length > 1) {
            out.table(
              ok.map((r) => [r.sender, ...keys.map((k) => show((r.data as FactsData).facts?.[k] ?? "-"))]),
              ["HOST", ...keys],
            );
            return;
          }
          for (const r of ok) {
            const data = r.data as FactsData;
            out.line(out.bold(r.sender));
            const rows = Object.entries(data.facts ?? {})
              .sort(([a], [b]) => a.localeCompare(b))
              .map(([k, v]) => [`  ${k}`, show(v)]);
            if (keys.length === 0) rows.push(["  (tags)", (data.tags ?? []).join(", ")]);
            out.table(rows);
            out.line();
          }
        },
      });
    });
  });
}
