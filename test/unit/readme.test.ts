/**
 * What the READMEs promise an operator and a library user, held to the code:
 * the exit codes, contexts, completion and the JSON convention.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import t from "tap";
import { EXIT_HELP } from "../../client/src/cli/program.js";
import { EXIT } from "../../client/src/index.js";
import { ROOT } from "../helpers/paths.js";

const readme = readFileSync(join(ROOT, "README.md"), "utf8");
const clientReadme = readFileSync(join(ROOT, "client", "README.md"), "utf8");

t.test("the exit-code table is the library's, in the README and in ampm --help", async (t) => {
  const table = readme.slice(readme.indexOf("| exit | meaning |"));
  const rows = [...table.matchAll(/^\| (\d+) \| ([^|]+) \|$/gm)].map((m) => Number(m[1]));
  t.same(rows.slice(0, Object.keys(EXIT).length), Object.values(EXIT), "README rows 0..7");
  for (const code of Object.values(EXIT)) t.match(EXIT_HELP, new RegExp(`\\b${code}  \\S`), `ampm --help lists ${code}`);
  t.match(readme, /\| 7 \| an error ampm did not expect/);
});

t.test("the README shows contexts, completion, the man page and the JSON convention", async (t) => {
  for (const text of ["ampm context add", "ampm context ls", "ampm context show", "ampm context rm", "ampm completion bash", "ampm man", "lowerCamelCase", "NATS_URL", "XDG_CONFIG_HOME"]) {
    t.ok(readme.includes(text), text);
  }
  for (const text of ["connect(fromEnvironment())", "lowerCamelCase", "STATUS_OUTCOMES", "AMPM_CONTEXT"]) t.ok(clientReadme.includes(text), `client/README.md: ${text}`);
});
