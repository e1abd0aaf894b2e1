import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import t from "tap";
import { ROOT } from "../helpers/paths.js";

const unit = join(ROOT, "agents", "systemd", "ampm-agent.service");
const missing = spawnSync("systemd-analyze", ["--version"]).error ? "systemd-analyze is not installed" : false;

t.test("the shipped systemd unit passes systemd-analyze verify", { skip: missing }, async (t) => {
  const text = readFileSync(unit, "utf8");
  t.match(text, /^ExecStart=\/usr\/local\/bin\/ampm-agent --config \/etc\/ampm\/agent\.yaml$/m);
  t.match(text, /^ExecReload=\/bin\/kill -HUP \$MAINPID$/m, "reload is SIGHUP: facts and plugins are re-read");
  // verify wants ExecStart to exist: point it at this checkout's binary.
  const copy = join(mkdtempSync(join(tmpdir(), "ampm-unit-")), "ampm-agent.service");
  writeFileSync(copy, text.replace("/usr/local/bin/ampm-agent", join(ROOT, "bin", "ampm-agent.js")));
  const r = spawnSync("systemd-analyze", ["verify", copy], { encoding: "utf8" });
  t.equal(r.status, 0, r.stderr);
  t.equal(r.stderr.trim(), "", "no warnings");
  writeFileSync(copy, text.replace("/usr/local/bin/ampm-agent", join(ROOT, "bin", "ampm-agent.js")).replace("Restart=on-failure", "Restart=sometimes"));
  const bad = spawnSync("systemd-analyze", ["verify", copy], { encoding: "utf8" });
  t.match(bad.stderr, /Failed to parse service restart specifier/, "and a broken unit is caught");
});
