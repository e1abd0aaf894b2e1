/**
 * The .deb's /etc/logrotate.d/ampm-agent, run by the real logrotate on a
 * scratch copy of /var/log/ampm: the audit file is moved away and a new
 * one made, with the agent's mode.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import t from "tap";
import { ROOT } from "../../helpers/paths.js";

const snippet = readFileSync(join(ROOT, "packaging", "etc", "logrotate"), "utf8");
const missing = spawnSync("logrotate", ["--version"]).error ? "logrotate is not installed (Debian package logrotate)" : false;

t.test("the snippet rotates /var/log/ampm/*.jsonl and signals the agent's main process", async (t) => {
  t.match(snippet, /^\/var\/log\/ampm\/\*\.jsonl \{$/m);
  t.match(snippet, /systemctl kill --kill-whom=main --signal=SIGUSR1 ampm-agent\.service/, "SIGUSR1 to the agent only, not to its plugins");
  t.match(snippet, /^\s+create 0640 root root$/m);
});

t.test("logrotate -f rotates the audit file and makes a new one", { skip: missing }, async (t) => {
  const dir = mkdtempSync(join(tmpdir(), "ampm-logrotate-"));
  const logs = join(dir, "log");
  mkdirSync(logs);
  writeFileSync(join(logs, "audit.jsonl"), '{"action":"ping"}\n');
  const conf = join(dir, "ampm-agent");
  // Same snippet, on the scratch directory, as the user running the test, without the systemctl call.
  const user = spawnSync("id", ["-un"], { encoding: "utf8" }).stdout.trim();
  const group = spawnSync("id", ["-gn"], { encoding: "utf8" }).stdout.trim();
  writeFileSync(
    conf,
    snippet
      .replace("/var/log/ampm/", `${logs}/`)
      .replace("create 0640 root root", `create 0640 ${user} ${group}`)
      .replace(/systemctl kill[^\n]*/, `touch ${join(dir, "signalled")}`),
  );
  const r = spawnSync("logrotate", ["-f", "-s", join(dir, "state"), conf], { encoding: "utf8" });
  t.equal(r.status, 0, r.stderr);
  t.equal(readFileSync(join(logs, "audit.jsonl.1"), "utf8"), '{"action":"ping"}\n', "the old records are kept, uncompressed until the next rotation (delaycompress)");
  t.ok(existsSync(join(logs, "audit.jsonl")), "a new file is made");
  t.equal(statSync(join(logs, "audit.jsonl")).mode & 0o777, 0o640);
  t.ok(existsSync(join(dir, "signalled")), "postrotate runs");
});
