import type { Command } from "commander";
import { EXIT, listPools } from "../../index.js";
import type { CommonFlags } from "../options.js";
import { withClient } from "../session.js";
import { UsageError } from "../usage.js";

export function configure(cmd: Command): void {
  cmd
    .addHelpText("after", `
Pools are the operator attribute "pool" (ampm attr set HOST pool NAME; a
host may be in several: ampm attr set HOST pool a b). Each pool with its
hosts; select a pool's hosts with -F pool=NAME.

Exit code 3 when there is no pool.`)
    .action(async (op: string, flags: CommonFlags) => {
      process.exitCode = await withClient(flags, async (client, output) => {
        if (op !== "ls") throw new UsageError(`pool ${op}: ls`);
        const pools = [...(await listPools(client.transport))].map(([pool, hosts]) => ({ pool, hosts }));
        if (output.mode !== "human") output.items(pools, { pools });
        else if (pools.length > 0) output.table(pools.map((p) => [p.pool, String(p.hosts.length), p.hosts.join(", ")]), ["POOL", "HOSTS", "MEMBERS"]);
        return pools.length === 0 ? EXIT.NO_MATCH : EXIT.OK;
      });
    });
}
