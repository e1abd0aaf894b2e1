/**
 * The single executable: one program with two names. Started as
 * `ampm-agent` (a link to `ampm`) it is the agent; otherwise the CLI.
 * Only the chosen program's modules are initialised.
 */
import { basename } from "node:path";

const name = basename(process.argv0 || process.argv[1] || "ampm");
if (name === "ampm-agent" || name.startsWith("ampm-agent.")) void import("../agents/src/main.js");
else void import("../client/src/cli/main.js");
