import type { Command } from "commander";
import { addFanoutOptions, discoveryOptions, filterSpec, type CommonFlags } from "../options.js";
import { formatMs } from "../output.js";
import { printRun, ProgressTicker, withClient } from "../session.js";

export function configure(cmd: Command): void {
  cmd
    .addHelpText("after", `
With the host registry (the default when the broker has it), the ping
still goes to every host at once, but the registered hosts that match are
known: it ends as soon as they all answered, and one that does not answer
within --timeout (default: --discovery-timeout, 2s) is named in "no
response from" (exit 4). Hosts gone from the registry (no heartbeat for
registry.missed heartbeats) are not asked nor waited for: the summary names
them apart, with their last-seen age ("Gone from the registry", --json
summary.gone), and they do not change the exit code.
Broadcast discovery (--discovery-method broadcast, or without a registry)
asks every host at once; each one checks the filters itself and answers
only when it matches. It ends once replies go quiet (--discovery-quiet,
default 300ms) or at --discovery-timeout.

Examples:
  ampm ping
  ampm ping -T dmz-interface -F rack=r12
  ampm ping -W "cpus >= 8 and not tags has disabled" --json`);
  addFanoutOptions(cmd).action(async (flags: CommonFlags) => {
    process.exitCode = await withClient(flags, async (client, output) => {
      const ticker = new ProgressTicker(output);
      const run = client.ping(filterSpec(flags), { discovery: discoveryOptions(flags), timeoutMs: flags.timeout, onProgress: ticker.update });
      return printRun(run, output, ticker, {
        quiet: true,
        host: (r, out) => {
          if (r.ok) out.table([[r.sender, `time=${formatMs(r.rttMs)}`]]);
          else out.line(`${r.sender}  ${out.red(r.status)} ${r.statusmsg}`);
        },
        end: (results, summary, out) => {
          const times = results.filter((r) => r.ok).map((r) => r.rttMs);
          if (times.length === 0) return;
          const avg = times.reduce((a, b) => a + b, 0) / times.length;
          out.line();
          out.line("---- ping statistics ----");
          out.line(`${times.length} replies max: ${formatMs(Math.max(...times))} min: ${formatMs(Math.min(...times))} avg: ${formatMs(avg)}`);
          if (summary.failed.length === 0 && summary.noResponse.length === 0) return;
        },
      });
    });
  });
}
