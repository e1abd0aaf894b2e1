/**
 * ampm: the command line. The program (program.ts) loads only the command
 * that runs, so `ampm --version` and `ampm --help` start fast. Here: a
 * closed pipe ends ampm quietly (`ampm facts | head -1`), and an error
 * nobody expected is one line and exit code 7 (its stack with --debug).
 */
import { CommanderError } from "commander";
import { buildProgram, commandName } from "./program.js";

for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (err: NodeJS.ErrnoException) => {
    if (err.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw err;
  });
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const program = await buildProgram(commandName(argv));
  try {
    await program.parseAsync(argv, { from: "user" });
  } catch (err) {
    if (err instanceof CommanderError) {
      process.exitCode = err.exitCode === 0 ? 0 : 2;
    } else {
      const { classify } = await import("./session.js");
      const { code, message } = classify(err, Boolean(program.opts().debug));
      process.stderr.write(`ampm: ${message}\n`);
      process.exitCode = code;
    }
  }
}

// Not a top-level await: the single executable runs this as CommonJS.
void main();
