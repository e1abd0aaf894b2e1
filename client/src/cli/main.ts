/**
 * ampm: the command line. One file per command under commands/; shared
 * option groups in options.ts; all printing in output.ts.
 */
import { Command, CommanderError } from "commander";
import { VERSION } from "../../../proto/wire/version.js";
import { registerDiscover } from "./commands/discover.js";
import { registerFacts } from "./commands/facts.js";
import { registerPing } from "./commands/ping.js";
import { registerRpc } from "./commands/rpc.js";

const program = new Command("ampm")
  .description("Query and command a fleet of hypervisor hosts running ampm-agent, over NATS.")
  .version(VERSION)
  .exitOverride()
  .showHelpAfterError("(add --help for more)")
  .configureHelp({ sortSubcommands: false, showGlobalOptions: false })
  .addHelpText(
    "after",
    `
Exit codes:
  0  every host answered OK        3  no host matched the filters
  1  some hosts answered a failure 4  some hosts did not answer
  2  usage error                   5  the broker could not be reached

Start with:  ampm ping      then  ampm <command> --help`,
  );

registerPing(program);
registerDiscover(program);
registerFacts(program);
registerRpc(program);

try {
  await program.parseAsync();
} catch (err) {
  if (err instanceof CommanderError) {
    process.exitCode = err.exitCode === 0 ? 0 : 2;
  } else {
    process.stderr.write(`ampm: ${(err as Error).stack ?? String(err)}\n`);
    process.exitCode = 5;
  }
}
