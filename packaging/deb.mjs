/**
 * The Debian package, built with dpkg-deb from a staging tree:
 *
 *   /usr/bin/ampm                       the single executable (no Node.js needed)
 *   /usr/bin/ampm-agent -> ampm         the same program, started as the agent
 *   /usr/lib/ampm/plugins/              the shipped plugins (storage, template, their Python lib)
 *   /etc/ampm/agent.yaml                an example config (a conffile: upgrades keep the host's)
 *   /lib/systemd/system/ampm-agent.service
 *   /etc/logrotate.d/ampm-agent
 *   /usr/share/doc/ampm/                README, plugin guide
 *   postinst: /var/lib/ampm and /var/log/ampm; systemd reloaded
 */
import { execFileSync } from "node:child_process";
import { chmodSync, copyFileSync, cpSync, mkdirSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { arch } from "node:os";
import { dirname, join } from "node:path";

const ARCH = { x64: "amd64", arm64: "arm64" };

/** Where the .deb puts the shipped plugins, relative to /usr/bin (the single executable's directory). */
export const DEB_PLUGINS = "../lib/ampm/plugins";

function du(dir) {
  let bytes = 0;
  for (const name of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, name.name);
    if (name.isDirectory()) bytes += du(path);
    else if (name.isFile()) bytes += statSync(path).size;
  }
  return bytes;
}

function put(root, path, from, mode) {
  const to = join(root, path);
  mkdirSync(dirname(to), { recursive: true });
  copyFileSync(from, to);
  chmodSync(to, mode);
}

/** Builds ampm_<version>_<arch>.deb in `outDir` from the single executable `exe`; returns its path. */
export function buildDeb({ root, exe, version, outDir }) {
  const debArch = ARCH[arch()];
  if (!debArch) throw new Error(`no Debian architecture for ${arch()}`);
  const stage = join(outDir, "deb-root");
  rmSync(stage, { recursive: true, force: true });
  put(stage, "usr/bin/ampm", exe, 0o755);
  symlinkSync("ampm", join(stage, "usr/bin/ampm-agent"));
  cpSync(join(root, "agents", "plugins"), join(stage, "usr/lib/ampm/plugins"), {
    recursive: true,
    filter: (src) => !/(__pycache__|\.pyc$|README\.md$)/.test(src),
  });
  put(stage, "etc/ampm/agent.yaml", join(root, "packaging", "etc", "agent.yaml"), 0o640);
  put(stage, "lib/systemd/system/ampm-agent.service", join(root, "agents", "systemd", "ampm-agent.service"), 0o644);
  put(stage, "etc/logrotate.d/ampm-agent", join(root, "packaging", "etc", "logrotate"), 0o644);
  put(stage, "usr/share/doc/ampm/README.md", join(root, "README.md"), 0o644);
  put(stage, "usr/share/doc/ampm/plugins.md", join(root, "agents", "plugins", "README.md"), 0o644);
  for (const script of ["postinst", "prerm", "postrm"]) put(stage, `DEBIAN/${script}`, join(root, "packaging", "debian", script), 0o755);
  writeFileSync(join(stage, "DEBIAN", "conffiles"), "/etc/ampm/agent.yaml\n/etc/logrotate.d/ampm-agent\n");
  const control = [
    "Package: ampm",
    `Version: ${version}`,
    `Architecture: ${debArch}`,
    "Maintainer: ampm developers <ampm@example.com>",
    `Installed-Size: ${Math.ceil(du(stage) / 1024)}`,
    // The single executable links these (ldd); the shipped plugins are Python. No Node.js.
    "Depends: libc6 (>= 2.28), libstdc++6 (>= 12), libgcc-s1, python3",
    "Recommends: libvirt-clients, qemu-utils, rsync, logrotate, systemd",
    "Suggests: lvm2, nats-server",
    "Section: admin",
    "Priority: optional",
    "Homepage: https://github.com/ampm/ampm",
    "Description: message-bus agent mesh for fleets of hypervisor hosts",
    " ampm-agent answers requests for its host on NATS (status, placement,",
    " create, migrate, evacuate; storage and template plugins); ampm fans",
    " requests out to many hosts and gathers the replies. A single executable:",
    " Node.js is not needed on the host.",
    "",
  ].join("\n");
  writeFileSync(join(stage, "DEBIAN", "control"), control);
  const deb = join(outDir, `ampm_${version}_${debArch}.deb`);
  execFileSync("dpkg-deb", ["--root-owner-group", "-Zxz", "-z6", "--build", stage, deb], { stdio: "pipe" });
  return deb;
}
