/**
 * The shipped storage plugins on real files: dir and qcow2 (real qemu-img),
 * lvm on a loop device in metadata-only mode (this kernel has no
 * device-mapper, so its data path is skipped with the reason).
 */
import { execFileSync, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import t, { type Test } from "tap";
import { Status, statusName } from "../../proto/wire/index.js";
import { callContext, catalog, SHIPPED } from "../helpers/plugins.js";

const base = mkdtempSync(join(tmpdir(), "ampm-storage-"));
t.teardown(() => rmSync(base, { recursive: true, force: true }));

async function storage(config: Record<string, unknown>) {
  const c = catalog({ dirs: [SHIPPED("storage")], stateDir: join(base, "state"), config });
  await c.load();
  const call = async (plugin: string, action: string, data: Record<string, unknown> = {}, progress?: unknown[]) => {
    const outcome = await c.call(plugin, action, data, { ...callContext(60_000), onProgress: progress ? (p) => progress.push(p) : undefined });
    return outcome;
  };
  return { catalog: c, call };
}

const sha256 = (path: string) => createHash("sha256").update(readFileSync(path)).digest("hex");

t.test("dir: create, info, list, export to tar.gz, import, delete", async (t) => {
  const root = join(base, "dir-volumes");
  const { catalog: c, call } = await storage({ dir: { root } });
  t.ok(c.get("dir")?.active, c.get("dir")?.inactiveReason ?? "dir loaded");
  const created = await call("dir", "create", { volume: "vm1-root", size_bytes: 1 << 20 });
  t.equal(created.status, Status.OK, created.message);
  t.same(created.data, { path: join(root, "vm1-root"), size_bytes: 1 << 20 });
  writeFileSync(join(root, "vm1-root", "hostname"), "vm1\n");
  t.match((await call("dir", "info", { volume: "vm1-root" })).data, { volume: "vm1-root", format: "dir", size_bytes: 1 << 20, used_bytes: 4 });
  t.equal((await call("dir", "create", { volume: "vm1-root" })).message, "volume vm1-root exists already");
  const progress: unknown[] = [];
  const exported = await call("dir", "export", { volume: "vm1-root", to: join(base, "vm1.tar.gz") }, progress);
  t.equal(exported.status, Status.OK, exported.message);
  const e = exported.data as { sha256: string; bytes: number };
  t.equal(e.sha256, sha256(join(base, "vm1.tar.gz")), "the checksum is the file's");
  t.ok(progress.length > 0, "export reported progress");
  const imported = await call("dir", "import", { volume: "vm2-root", from: join(base, "vm1.tar.gz") });
  t.equal(imported.status, Status.OK, imported.message);
  t.equal(readFileSync(join(root, "vm2-root", "hostname"), "utf8"), "vm1\n");
  t.same(((await call("dir", "list")).data as { volumes: { volume: string }[] }).volumes.map((v) => v.volume), ["vm1-root", "vm2-root"]);
  // Migrations move the raw form: an uncompressed tar, imported the same way.
  const plain = await call("dir", "export", { volume: "vm1-root", to: join(base, "vm1.tar"), format: "tar" });
  t.equal(plain.status, Status.OK, plain.message);
  t.equal((plain.data as { format: string }).format, "tar");
  t.equal(readFileSync(join(base, "vm1.tar")).subarray(257, 262).toString(), "ustar", "a plain tar (not gzip)");
  const fromPlain = await call("dir", "import", { volume: "vm3-root", from: join(base, "vm1.tar"), format: "tar" });
  t.equal(fromPlain.status, Status.OK, fromPlain.message);
  t.equal(readFileSync(join(root, "vm3-root", "hostname"), "utf8"), "vm1\n");
  t.same((await call("dir", "delete", { volume: "vm3-root" })).data, { volume: "vm3-root", deleted: true });
  t.same((await call("dir", "delete", { volume: "vm1-root" })).data, { volume: "vm1-root", deleted: true });
  t.same((await call("dir", "delete", { volume: "vm1-root" })).data, { volume: "vm1-root", deleted: false }, "deleting again is not an error");
  t.notOk(existsSync(join(root, "vm1-root")));
  const bad = await call("dir", "create", { volume: "../escape" });
  t.equal(statusName(bad.status), "INVALID_DATA");
  t.match(bad.message, /invalid volume name/);
});

const hasQemuImg = spawnSync("qemu-img", ["--version"]).status === 0;

t.test("qcow2: backing images, resize, export and import through qemu-img", { skip: hasQemuImg ? false : "qemu-img is not installed (Debian qemu-utils)" }, async (t) => {
  const root = join(base, "qcow2-volumes");
  const { catalog: c, call } = await storage({ qcow2: { root } });
  t.ok(c.get("qcow2")?.active, c.get("qcow2")?.inactiveReason ?? "qcow2 loaded");
  t.equal((await call("qcow2", "create", { volume: "base", size_bytes: 8 << 20 })).status, Status.OK);
  const vm = await call("qcow2", "create", { volume: "vm1", size_bytes: 16 << 20, backing: "base" });
  t.equal(vm.status, Status.OK, vm.message);
  t.match(vm.data, { volume: "vm1", format: "qcow2", size_bytes: 16 << 20, backing: join(root, "base.qcow2") });
  const info = JSON.parse(execFileSync("qemu-img", ["info", "--output=json", join(root, "vm1.qcow2")], { encoding: "utf8" }));
  t.equal(info["backing-filename"], join(root, "base.qcow2"), "qemu-img itself sees the backing file");
  t.match((await call("qcow2", "resize", { volume: "vm1", size_bytes: 32 << 20 })).data, { size_bytes: 32 << 20 });
  // put recognisable bytes in, export to raw, import, compare
  const raw = join(base, "pattern.raw");
  writeFileSync(raw, Buffer.alloc(4 << 20, 0x5a));
  const fromRaw = await call("qcow2", "import", { volume: "pattern", from: raw, format: "raw" });
  t.equal(fromRaw.status, Status.OK, fromRaw.message);
  const progress: { done: number; total: number }[] = [];
  const exported = await call("qcow2", "export", { volume: "pattern", to: join(base, "pattern-out.raw"), format: "raw" }, progress);
  t.equal(exported.status, Status.OK, exported.message);
  t.equal((exported.data as { sha256: string }).sha256, sha256(raw), "raw bytes survive import and export");
  t.equal(progress.at(-1)?.done, 100, "qemu-img -p progress reached 100%");
  // The migration form: a qcow2 without a backing image goes as is, its holes kept, and comes back the same.
  const asIs = await call("qcow2", "export", { volume: "pattern", to: join(base, "pattern-out.qcow2") });
  t.equal(asIs.status, Status.OK, asIs.message);
  t.equal((asIs.data as { sha256: string }).sha256, sha256(join(root, "pattern.qcow2")), "the file as is");
  t.equal((asIs.data as { sha256: string }).sha256, sha256(join(base, "pattern-out.qcow2")), "its checksum is the copy's");
  const allocated = (f: string) => statSync(f).blocks * 512;
  t.ok(allocated(join(base, "pattern-out.qcow2")) <= allocated(join(root, "pattern.qcow2")) + 65536, "no more disk than the original (holes kept)");
  const back = await call("qcow2", "import", { volume: "pattern2", from: join(base, "pattern-out.qcow2") });
  t.equal(back.status, Status.OK, back.message);
  t.equal(sha256(join(root, "pattern2.qcow2")), sha256(join(root, "pattern.qcow2")), "imported as is");
  t.equal((await call("qcow2", "delete", { volume: "pattern2" })).status, Status.OK);
  t.same(((await call("qcow2", "list")).data as { volumes: { volume: string }[] }).volumes.map((v) => v.volume), ["base", "pattern", "vm1"]);
  t.equal((await call("qcow2", "delete", { volume: "vm1" })).status, Status.OK);
  const missing = await call("qcow2", "info", { volume: "vm1" });
  t.equal(missing.status, Status.ABORTED);
  t.equal(missing.message, "no volume vm1");
  const noBacking = await call("qcow2", "create", { volume: "x", size_bytes: 1 << 20, backing: "nope" });
  t.match(noBacking.message, /no backing image/);
});

t.test("qcow2 without qemu-img is inactive, with the reason", async (t) => {
  const { catalog: c } = await storage({ qcow2: { qemu_img: "/nonexistent/qemu-img" } });
  t.equal(c.get("qcow2")?.active, false);
  t.match(c.get("qcow2")?.inactiveReason, /probe: \/nonexistent\/qemu-img is not installed/);
});

/** A loop device with a fresh volume group on it, removed at teardown. */
function volumeGroup(t: Test, activation: boolean): string {
  const image = join(base, `pv-${activation ? "active" : "meta"}.img`);
  execFileSync("truncate", ["-s", "64M", image]);
  const loop = execFileSync("losetup", ["-f", "--show", image], { encoding: "utf8" }).trim();
  const vg = `ampmtest${process.pid}${activation ? "a" : "m"}`;
  const quiet = { stdio: "ignore" as const, env: { ...process.env, LVM_SUPPRESS_FD_WARNINGS: "1" } };
  t.teardown(() => {
    spawnSync("vgremove", ["-y", ...(activation ? [] : ["--config", "global{activation=0}"]), vg], quiet);
    spawnSync("pvremove", ["-y", loop], quiet);
    spawnSync("losetup", ["-d", loop], quiet);
  });
  execFileSync("pvcreate", ["-y", loop], quiet);
  execFileSync("vgcreate", [vg, loop], quiet);
  return vg;
}

function lvmSkipReason(): string | false {
  if (process.getuid?.() !== 0) return "LVM needs root";
  if (spawnSync("lvcreate", ["--version"]).status !== 0) return "lvm2 is not installed";
  if (spawnSync("losetup", ["-f"]).status !== 0) return "no loop devices on this machine";
  return false;
}

t.test("lvm: create, list, info, remove on a loop device, metadata only", { skip: lvmSkipReason() }, async (t) => {
  const vg = volumeGroup(t, false);
  const quiet = { env: { ...process.env, LVM_SUPPRESS_FD_WARNINGS: "1" } };
  const { catalog: c, call } = await storage({ lvm: { volume_group: vg, metadata_only: true } });
  t.ok(c.get("lvm")?.active, c.get("lvm")?.inactiveReason ?? "lvm loaded");
  const created = await call("lvm", "create", { volume: "vm1-root", size_bytes: 8 << 20 });
  t.equal(created.status, Status.OK, created.message);
  t.match(created.data, { volume: "vm1-root", path: `/dev/${vg}/vm1-root`, size_bytes: 8 << 20 });
  const lvs = execFileSync("lvs", ["--noheadings", "-o", "lv_name,lv_tags", vg], { encoding: "utf8", env: quiet.env });
  t.match(lvs, /vm1-root\s+ampm/, "lvs sees the volume, tagged");
  t.same(((await call("lvm", "list")).data as { volumes: { volume: string }[] }).volumes.map((v) => v.volume), ["vm1-root"]);
  t.match((await call("lvm", "info", { volume: "vm1-root" })).data, { size_bytes: 8 << 20 });
  t.equal((await call("lvm", "create", { volume: "vm1-root", size_bytes: 1 << 20 })).message, "volume vm1-root exists already");
  const exported = await call("lvm", "export", { volume: "vm1-root", to: join(base, "lv.raw") });
  t.equal(exported.status, Status.ABORTED);
  t.match(exported.message, /metadata_only mode \(no device-mapper\)/);
  t.same((await call("lvm", "delete", { volume: "vm1-root" })).data, { volume: "vm1-root", deleted: true });
  t.same(((await call("lvm", "list")).data as { volumes: unknown[] }).volumes, []);
});

const deviceMapper = existsSync("/proc/misc") && /device-mapper/.test(readFileSync("/proc/misc", "utf8"));
const dataPathSkip = lvmSkipReason() || (deviceMapper ? false : "no device-mapper in this kernel (not in /proc/misc): LVM volumes cannot be activated, so their data cannot be read or written");

t.test("lvm: export and import through the volume's block device", { skip: dataPathSkip }, async (t) => {
  const vg = volumeGroup(t, true);
  const { call } = await storage({ lvm: { volume_group: vg } });
  const raw = join(base, "lv-in.raw");
  writeFileSync(raw, Buffer.alloc(4 << 20, 0x33));
  const imported = await call("lvm", "import", { volume: "data", from: raw });
  t.equal(imported.status, Status.OK, imported.message);
  const exported = await call("lvm", "export", { volume: "data", to: join(base, "lv-out.raw") });
  t.equal(exported.status, Status.OK, exported.message);
  t.equal(readFileSync(join(base, "lv-out.raw")).subarray(0, 4 << 20).equals(readFileSync(raw)), true, "the bytes came back");
  t.equal((await call("lvm", "delete", { volume: "data" })).status, Status.OK);
});

t.test("lvm without a volume group configured is inactive, with the reason", async (t) => {
  const { catalog: c } = await storage({});
  t.equal(c.get("lvm")?.active, false);
  t.match(c.get("lvm")?.inactiveReason, /probe: no volume_group in the plugin config/);
});
