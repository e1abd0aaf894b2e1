/** Hypervisor hosts for tests: sim driver, the shipped plugins with their paths under the fleet's root. */
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readdirSync } from "node:fs";
import { join } from "node:path";
import type { AgentSpec } from "./agents.js";
import { ROOT } from "./paths.js";

export const EXAMPLE_PROFILES = join(ROOT, "examples", "profiles");
export const TEST_PROFILES = join(ROOT, "test", "fixtures", "profiles", "good");
export const BAD_PROFILES = join(ROOT, "test", "fixtures", "profiles", "bad");

export interface HostOptions {
  tags?: string[];
  facts?: Record<string, unknown>;
  slots?: number | { name: string; mac?: string; bridge?: string }[];
  memoryMb?: number;
  vcpus?: number;
  env?: Record<string, string>;
  /** Extra hypervisor settings (driver, uri, images_dir, lock_wait, ...). */
  hypervisor?: Record<string, unknown>;
}

/** A hypervisor host's spec; creates its TFTP root and the shared templates under `root`. */
export function hypervisorHost(root: string, identity: string, options: HostOptions = {}): AgentSpec {
  const templates = join(root, "templates");
  if (!existsSync(join(templates, "debian-squeeze.tar.gz"))) {
    mkdirSync(templates, { recursive: true });
    execFileSync("tar", ["czf", join(templates, "debian-squeeze.tar.gz"), "-C", join(ROOT, "examples", "demo", "rootfs"), "."]);
  }
  const tftp = join(root, `${identity}-tftp`);
  mkdirSync(tftp, { recursive: true });
  return {
    identity,
    tags: options.tags,
    facts: options.facts,
    env: options.env,
    config: {
      shipped_plugins: true,
      hypervisor: { driver: "sim", slots: options.slots ?? 8, memory_mb: options.memoryMb ?? 65536, vcpus: options.vcpus ?? 32, ...options.hypervisor },
      plugins: {
        pxe: { tftp_root: tftp, templates: { rhel5: { kernel: "rhel5/vmlinuz", initrd: "rhel5/initrd.img", append: "ks=http://install.example.com/ks/rhel5.cfg" } } },
        lxc: { templates_dir: templates },
      },
    },
  };
}

/** Files under a directory, recursively (relative names), for "nothing was left behind" checks. */
export function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath ?? (e as unknown as { path: string }).path, e.name).slice(dir.length + 1))
    .sort();
}

/** A hypervisor host on libvirt's test:/// driver, with a node file of its own. */
export function libvirtHost(root: string, identity: string, options: HostOptions = {}): AgentSpec {
  const node = join(root, `${identity}-node.xml`);
  copyFileSync(join(ROOT, "test", "fixtures", "libvirt", "node.xml"), node);
  return hypervisorHost(root, identity, { ...options, hypervisor: { driver: "libvirt", uri: `test://${node}`, ...options.hypervisor } });
}
