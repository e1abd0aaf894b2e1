import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import t from "tap";
import { ROOT } from "../helpers/paths.js";

const unit = join(ROOT, "agents", "systemd", "ampm-agent.service");
const text = readFileSync(unit, "utf8");
const missing = spawnSync("systemd-analyze", ["--version"]).error ? "systemd-analyze is not installed (Debian package systemd)" : false;
const dir = mkdtempSync(join(tmpdir(), "ampm-unit-"));

/** The unit with ExecStart pointing at a program that exists here (verify checks it). */
function runnable(body: string, name = "ampm-agent.service"): string {
  const copy = join(dir, name);
  writeFileSync(copy, body.replaceAll("/usr/bin/ampm-agent", join(ROOT, "bin", "ampm-agent.js")));
  return copy;
}

/** systemd-analyze security's overall exposure (0 safe .. 10 unsafe). */
function exposure(file: string): number {
  const r = spawnSync("systemd-analyze", ["security", "--offline=yes", file], { encoding: "utf8" });
  const m = /Overall exposure level for .*: (\d+(?:\.\d+)?)/.exec(r.stdout);
  if (!m) throw new Error(`no exposure level in systemd-analyze security's output:\n${r.stdout}\n${r.stderr}`);
  return Number(m[1]);
}

t.test("the unit runs the installed agent as a hardened notify service", async (t) => {
  const directives: [string, RegExp][] = [
    ["ExecStart", /^ExecStart=\/usr\/bin\/ampm-agent --config \/etc\/ampm\/agent\.yaml$/m],
    ["reload is SIGHUP", /^ExecReload=\/bin\/kill -HUP \$MAINPID$/m],
    ["Type=notify", /^Type=notify$/m],
    ["systemd-notify sends for it", /^NotifyAccess=all$/m],
    ["a watchdog", /^WatchdogSec=\d+s$/m],
    ["restarts on failure", /^Restart=on-failure$/m],
    ["read-only system", /^ProtectSystem=strict$/m],
    ["state dir", /^StateDirectory=ampm$/m],
    ["logs dir", /^LogsDirectory=ampm$/m],
    ["plugins' writable paths", /^ReadWritePaths=.*-\/var\/lib\/libvirt\/images/m],
    ["NoNewPrivileges", /^NoNewPrivileges=yes$/m],
    ["PrivateTmp", /^PrivateTmp=yes$/m],
    ["capability bounding set", /^CapabilityBoundingSet=CAP_SYS_ADMIN( CAP_[A-Z_]+)+$/m],
  ];
  for (const [what, re] of directives) t.match(text, re, what);
  const caps = /^CapabilityBoundingSet=(.*)$/m.exec(text)![1].split(" ");
  for (const cap of ["CAP_NET_ADMIN", "CAP_SYS_PTRACE", "CAP_SYS_MODULE", "CAP_SETUID", "CAP_NET_RAW", "CAP_SYS_BOOT"]) t.notOk(caps.includes(cap), `no ${cap}`);
});

t.test("systemd-analyze verify passes, and catches a broken unit", { skip: missing }, async (t) => {
  const r = spawnSync("systemd-analyze", ["verify", runnable(text)], { encoding: "utf8" });
  t.equal(r.status, 0, r.stderr);
  t.equal(r.stderr.trim(), "", "no warnings");
  const bad = spawnSync("systemd-analyze", ["verify", runnable(text.replace("Restart=on-failure", "Restart=sometimes"), "bad.service")], { encoding: "utf8" });
  t.match(bad.stderr, /Failed to parse service restart specifier/, "and a broken unit is caught");
});

t.test("systemd-analyze security rates the unit OK (exposure at most 4.5 of 10)", { skip: missing }, async (t) => {
  const score = exposure(runnable(text));
  t.comment(`systemd-analyze security: exposure ${score} of 10 for agents/systemd/ampm-agent.service`);
  t.ok(score <= 4.5, `exposure ${score}`);
  const bare = text.replace(/^(ProtectSystem|ProtectHome|PrivateTmp|NoNewPrivileges|CapabilityBoundingSet|SystemCallFilter|RestrictNamespaces|ProtectKernel\w+|DeviceAllow)=.*$/gm, "");
  const unhardened = exposure(runnable(bare, "bare.service"));
  t.ok(unhardened > score + 2, `without its hardening the same unit scores ${unhardened}: the check can fail`);
});
