/** The shipped template plugins: pxe writes exactly the expected file; lxc extracts a rootfs and refuses traversal. */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import t from "tap";
import { Status } from "../../proto/wire/index.js";
import { callContext, catalog, SHIPPED } from "../helpers/plugins.js";

const base = mkdtempSync(join(tmpdir(), "ampm-template-"));
t.teardown(() => rmSync(base, { recursive: true, force: true }));
const tftp = join(base, "tftp");
const templates = join(base, "templates");
mkdirSync(tftp);
mkdirSync(templates);

const plugins = catalog({
  dirs: [SHIPPED("template")],
  stateDir: join(base, "state"),
  config: {
    pxe: { tftp_root: tftp, templates: { "centos6.2": { kernel: "centos6.2/vmlinuz", initrd: "centos6.2/initrd.img", append: "ks=http://ks.example.com/ns3 ip=dhcp" } } },
    lxc: { templates_dir: templates },
  },
});
await plugins.load();
const call = (plugin: string, action: string, data: Record<string, unknown>) => plugins.call(plugin, action, data, callContext());

t.test("pxe writes pxelinux.cfg/01-<mac> exactly, and removes it", async (t) => {
  t.ok(plugins.get("pxe")?.active, plugins.get("pxe")?.inactiveReason ?? "pxe loaded");
  const applied = await call("pxe", "apply", { template: "centos6.2", mac: "AA:BB:CC:DD:EE:FF", instance: "ns3.example.com" });
  t.equal(applied.status, Status.OK, applied.message);
  const path = join(tftp, "pxelinux.cfg", "01-aa-bb-cc-dd-ee-ff");
  t.same(applied.data, { path });
  t.equal(
    readFileSync(path, "utf8"),
    [
      "# written by ampm for ns3.example.com (template pxe:centos6.2)",
      "DEFAULT centos6.2",
      "LABEL centos6.2",
      "  KERNEL centos6.2/vmlinuz",
      "  APPEND initrd=centos6.2/initrd.img ks=http://ks.example.com/ns3 ip=dhcp",
      "",
    ].join("\n"),
  );
  t.same(readdirSync(join(tftp, "pxelinux.cfg")), ["01-aa-bb-cc-dd-ee-ff"], "no temporary files left");
  const unknown = await call("pxe", "apply", { template: "windows95", mac: "aa:bb:cc:dd:ee:01" });
  t.equal(unknown.message, "no pxe template 'windows95'");
  const badMac = await call("pxe", "apply", { template: "centos6.2", mac: "aa:bb:cc" });
  t.equal(badMac.status, Status.INVALID_DATA);
  t.same((await call("pxe", "remove", { mac: "aa:bb:cc:dd:ee:ff" })).data, { path, removed: true });
  t.notOk(existsSync(path));
});

t.test("lxc extracts the template's rootfs onto the volume", async (t) => {
  const src = join(base, "rootfs");
  mkdirSync(join(src, "etc"), { recursive: true });
  writeFileSync(join(src, "etc", "debian_version"), "6.0.10\n");
  symlinkSync("debian_version", join(src, "etc", "version-link"));
  execFileSync("tar", ["czf", join(templates, "debian-squeeze.tar.gz"), "-C", src, "."]);
  const volume = join(base, "vol1");
  mkdirSync(volume);
  const progress: unknown[] = [];
  const applied = await plugins.call("lxc", "apply", { template: "debian-squeeze", volume_path: volume }, { ...callContext(), onProgress: (p) => progress.push(p) });
  t.equal(applied.status, Status.OK, applied.message);
  t.match(applied.data, { path: volume, archive: join(templates, "debian-squeeze.tar.gz"), files: 4 });
  t.equal(readFileSync(join(volume, "etc", "debian_version"), "utf8"), "6.0.10\n");
  t.equal(readFileSync(join(volume, "etc", "version-link"), "utf8"), "6.0.10\n", "links inside the volume are kept");
  t.equal(progress.length, 4);
  const missing = await call("lxc", "apply", { template: "gentoo", volume_path: volume });
  t.match(missing.message, /no rootfs archive for template 'gentoo'/);
});

t.test("lxc refuses a malicious tarball before writing anything", async (t) => {
  const script = `
import io, sys, tarfile
kind, path = sys.argv[1], sys.argv[2]
with tarfile.open(path, "w:gz") as t:
    ok = tarfile.TarInfo("fine.txt"); ok.size = 2; t.addfile(ok, io.BytesIO(b"ok"))
    if kind == "dotdot":
        m = tarfile.TarInfo("etc/../../escape"); m.size = 1; t.addfile(m, io.BytesIO(b"x"))
    elif kind == "absolute":
        m = tarfile.TarInfo("/tmp/ampm-escape"); m.size = 1; t.addfile(m, io.BytesIO(b"x"))
    elif kind == "through-symlink":
        m = tarfile.TarInfo("etc"); m.type = tarfile.SYMTYPE; m.linkname = "/etc"; t.addfile(m)
        m = tarfile.TarInfo("etc/passwd"); m.size = 1; t.addfile(m, io.BytesIO(b"x"))
    elif kind == "symlink-up":
        m = tarfile.TarInfo("up"); m.type = tarfile.SYMTYPE; m.linkname = "../../.."; t.addfile(m)
    elif kind == "hardlink":
        m = tarfile.TarInfo("passwd"); m.type = tarfile.LNKTYPE; m.linkname = "/etc/passwd"; t.addfile(m)
    elif kind == "hardlink-outside":
        m = tarfile.TarInfo("shadow"); m.type = tarfile.LNKTYPE; m.linkname = "etc/shadow"; t.addfile(m)
`;
  const cases: [string, RegExp][] = [
    ["dotdot", /refusing archive member 'etc\/\.\.\/\.\.\/escape': '\.\.' in its path/],
    ["absolute", /refusing archive member '\/tmp\/ampm-escape': absolute path/],
    ["through-symlink", /refusing archive member 'etc\/passwd': it would be written through the symlink 'etc'/],
    ["symlink-up", /refusing archive member 'up': symlink to '\.\.\/\.\.\/\.\.' leaves the target/],
    ["hardlink", /refusing archive member 'passwd': hard link to '\/etc\/passwd' leaves the target/],
    ["hardlink-outside", /refusing archive member 'shadow': hard link to 'etc\/shadow', which is not an earlier member of the archive/],
  ];
  for (const [kind, message] of cases) {
    execFileSync("python3", ["-c", script, kind, join(templates, `evil-${kind}.tar.gz`)]);
    const volume = join(base, `victim-${kind}`);
    mkdirSync(volume);
    const outcome = await call("lxc", "apply", { template: `evil-${kind}`, volume_path: volume });
    t.equal(outcome.status, Status.ABORTED, kind);
    t.match(outcome.message, message, kind);
    t.same(readdirSync(volume), [], `${kind}: nothing was written, not even the harmless member`);
  }
  t.notOk(existsSync("/tmp/ampm-escape"));
});

t.test("template plugins without their config are inactive, with the reason", async (t) => {
  const bare = catalog({ dirs: [SHIPPED("template")], stateDir: join(base, "state2") });
  await bare.load();
  t.match(bare.get("pxe")?.inactiveReason, /probe: no tftp_root in the plugin config/);
  t.match(bare.get("lxc")?.inactiveReason, /probe: no templates_dir in the plugin config/);
});
