/**
 * A real root filesystem, archived by real `tar`, through the lxc template
 * (agents/plugins/lib/safe_tar.py): absolute and relative symlinks and hard
 * links are kept, device nodes are made as root and skipped with a warning
 * otherwise, and archives that would write outside the volume are refused.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { chmodSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import t from "tap";
import { Status } from "../../proto/wire/index.js";
import { callContext, catalog, SHIPPED } from "../helpers/plugins.js";
import { ROOT } from "../helpers/paths.js";

const base = mkdtempSync(join(tmpdir(), "ampm-rootfs-"));
chmodSync(base, 0o755);
const templates = join(base, "templates");
mkdirSync(templates);
const plugins = catalog({ dirs: [SHIPPED("template")], stateDir: join(base, "state"), config: { lxc: { templates_dir: templates } } });
await plugins.load();
t.teardown(() => rmSync(base, { recursive: true, force: true }));

const apply = async (template: string, volume: string) => {
  mkdirSync(volume, { recursive: true });
  return plugins.call("lxc", "apply", { template, volume_path: volume }, callContext());
};

/** A debootstrap-like tree: usrmerge links, /etc/localtime, alternatives, a hard link, a FIFO, /dev/null when it can be made. */
function rootfs(dir: string): { device: boolean } {
  for (const d of ["etc/alternatives", "usr/bin", "usr/share/zoneinfo/Etc", "dev", "var/run"]) mkdirSync(join(dir, d), { recursive: true });
  writeFileSync(join(dir, "etc", "debian_version"), "12.8\n");
  writeFileSync(join(dir, "usr", "share", "zoneinfo", "Etc", "UTC"), "TZif2 UTC\n");
  writeFileSync(join(dir, "usr", "bin", "mawk"), "#!/bin/sh\n");
  symlinkSync("/usr/share/zoneinfo/Etc/UTC", join(dir, "etc", "localtime"));
  symlinkSync("/usr/bin/mawk", join(dir, "etc", "alternatives", "awk"));
  symlinkSync("../../usr/bin/mawk", join(dir, "etc", "alternatives", "nawk"));
  symlinkSync("usr/bin", join(dir, "bin"));
  symlinkSync("/run", join(dir, "var", "run", "up"));
  execFileSync("ln", [join(dir, "usr", "bin", "mawk"), join(dir, "usr", "bin", "awk")]);
  execFileSync("mkfifo", [join(dir, "dev", "initctl")]);
  const device = spawnSync("mknod", [join(dir, "dev", "null"), "c", "1", "3"]).status === 0;
  return { device };
}

const src = join(base, "src");
const { device } = rootfs(src);
execFileSync("tar", ["-czf", join(templates, "bookworm.tar.gz"), "-C", src, "."]);
const listing = execFileSync("tar", ["-tvzf", join(templates, "bookworm.tar.gz")], { encoding: "utf8" });

t.test("real tar made the archive this test is about", async (t) => {
  t.match(listing, /^l.* \.\/etc\/localtime -> \/usr\/share\/zoneinfo\/Etc\/UTC$/m, "an absolute symlink");
  t.match(listing, /^l.* \.\/etc\/alternatives\/nawk -> \.\.\/\.\.\/usr\/bin\/mawk$/m, "a relative symlink");
  t.match(listing, /^h.* \.\/usr\/bin\/(awk|mawk) link to \.\/usr\/bin\/(mawk|awk)$/m, "a hard link");
  t.match(listing, /^p.* \.\/dev\/initctl$/m, "a FIFO");
  if (device) t.match(listing, /^c.* \.\/dev\/null$/m, "a device node");
});

t.test("a rootfs with absolute and relative links, hard links and a FIFO is extracted whole", async (t) => {
  const volume = join(base, "vol");
  const applied = await apply("bookworm", volume);
  t.equal(applied.status, Status.OK, applied.message);
  t.equal(readlinkSync(join(volume, "etc", "localtime")), "/usr/share/zoneinfo/Etc/UTC", "absolute symlinks are kept as they are: the rootfs's own paths");
  t.equal(readlinkSync(join(volume, "etc", "alternatives", "awk")), "/usr/bin/mawk");
  t.equal(readFileSync(join(volume, "etc", "alternatives", "nawk"), "utf8"), "#!/bin/sh\n", "a relative link resolves inside the volume");
  t.equal(readlinkSync(join(volume, "bin")), "usr/bin");
  t.equal(statSync(join(volume, "usr", "bin", "awk")).ino, statSync(join(volume, "usr", "bin", "mawk")).ino, "the hard link is one file");
  t.ok(lstatSync(join(volume, "dev", "initctl")).isFIFO());
  if (device) t.ok(lstatSync(join(volume, "dev", "null")).isCharacterDevice(), "as root, device nodes are made");
  t.notOk(existsSync("/run/ampm-rootfs-test"), "nothing written through var/run/up");
});

const nobody = spawnSync("setpriv", ["--reuid=65534", "--regid=65534", "--clear-groups", "true"]).status === 0;

t.test("not as root, a device node is skipped with a warning; the rest is extracted", { skip: device && nobody ? false : "needs root to make the device node (mknod) and setpriv to drop it" }, async (t) => {
  const volume = join(base, "unprivileged");
  mkdirSync(volume);
  chmodSync(volume, 0o777);
  const script = "import sys; sys.path.insert(0, sys.argv[1]); import safe_tar; print(safe_tar.extract(sys.argv[2], sys.argv[3]))";
  const run = spawnSync("setpriv", ["--reuid=65534", "--regid=65534", "--clear-groups", "/usr/bin/python3", "-c", script, join(ROOT, "agents", "plugins", "lib"), join(templates, "bookworm.tar.gz"), volume], { encoding: "utf8" });
  t.equal(run.status, 0, run.stderr);
  t.match(run.stderr, /safe_tar: skipping device node \.\/dev\/null \(not root\)/);
  t.notOk(existsSync(join(volume, "dev", "null")));
  t.equal(readlinkSync(join(volume, "etc", "localtime")), "/usr/share/zoneinfo/Etc/UTC");
  t.ok(lstatSync(join(volume, "dev", "initctl")).isFIFO());
});

t.test("archives made by real tar that would write outside the volume are refused, before anything is written", async (t) => {
  // ../escape.txt, kept as it is by tar --absolute-names
  const work = join(base, "evil", "work");
  mkdirSync(work, { recursive: true });
  writeFileSync(join(base, "evil", "escape.txt"), "x\n");
  execFileSync("tar", ["-czPf", join(templates, "dotdot.tar.gz"), "../escape.txt"], { cwd: work });
  // etc -> a directory outside, then etc/passwd written through it
  const outside = join(base, "outside");
  mkdirSync(outside);
  const tree = join(base, "evil", "tree");
  const other = join(base, "evil", "other");
  mkdirSync(tree, { recursive: true });
  mkdirSync(join(other, "etc"), { recursive: true });
  writeFileSync(join(tree, "fine.txt"), "ok\n");
  symlinkSync(outside, join(tree, "etc"));
  writeFileSync(join(other, "etc", "passwd"), "root::0:0::/:/bin/sh\n");
  execFileSync("tar", ["-cf", join(templates, "through.tar"), "-C", tree, "."]);
  execFileSync("tar", ["-rf", join(templates, "through.tar"), "-C", other, "etc/passwd"]);
  const cases: [string, RegExp][] = [
    ["dotdot", /refusing archive member '\.\.\/escape\.txt': '\.\.' in its path/],
    ["through", /refusing archive member 'etc\/passwd': it would be written through the symlink '\.\/etc'|written through the symlink 'etc'/],
  ];
  for (const [template, message] of cases) {
    const volume = join(base, `victim-${template}`);
    const outcome = await apply(template, volume);
    t.equal(outcome.status, Status.ABORTED, template);
    t.match(outcome.message, message, template);
    t.same(readdirSync(volume), [], `${template}: nothing was written`);
  }
  t.same(readdirSync(outside), [], "nothing reached the directory the link points to");
});
