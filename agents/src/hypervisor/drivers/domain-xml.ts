/**
 * libvirt domain XML from a DomainSpec, and ampm's record back out of it.
 * ampm keeps its record of the instance (profile, category, tags, volumes,
 * ...) in the domain's <metadata>, so the host is the source of truth.
 *
 *   vm,  boot disk     <os><type>hvm</type><boot dev='hd'/></os>, disks, NICs
 *   vm,  boot network  pxe: <boot dev='network'/> first, then the disk
 *   container          <domain type='lxc'>, <os><type>exe</type><init>, the root volume as <filesystem target='/'>
 */
import type { DomainSpec } from "../driver.js";
import type { Instance } from "../model.js";

export const METADATA_NS = "https://ampm.dev/xmlns/instance/1";

export function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");
}

function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&amp;/g, "&");
}

export interface XmlOptions {
  /** The <domain type=...>: kvm, qemu, xen, lxc, test. */
  type: string;
  arch?: string;
}

function disk(d: DomainSpec["disks"][number], index: number): string {
  const dev = `vd${String.fromCharCode(97 + index)}`;
  const block = d.path.startsWith("/dev/");
  const format = d.storage === "qcow2" ? "qcow2" : "raw";
  return [
    `    <disk type='${block ? "block" : "file"}' device='disk'>`,
    `      <driver name='qemu' type='${format}'/>`,
    `      <source ${block ? "dev" : "file"}='${escapeXml(d.path)}'/>`,
    `      <target dev='${dev}' bus='virtio'/>`,
    `    </disk>`,
  ].join("\n");
}

function nic(n: DomainSpec["nics"][number], container: boolean): string {
  const lines = [`    <interface type='bridge'>`, `      <mac address='${escapeXml(n.mac)}'/>`, `      <source bridge='${escapeXml(n.bridge)}'/>`];
  if (n.vlan > 0) lines.push(`      <vlan>`, `        <tag id='${n.vlan}'/>`, `      </vlan>`);
  if (!container) lines.push(`      <model type='virtio'/>`);
  lines.push(`    </interface>`);
  return lines.join("\n");
}

/** The domain XML for a spec. A container's <domain type> is lxc unless the connection says otherwise (test:///). */
export function domainXml(spec: DomainSpec, options: XmlOptions): string {
  const container = spec.kind === "container";
  const type = container && options.type !== "test" ? "lxc" : options.type;
  const os = container
    ? [`  <os>`, `    <type>exe</type>`, `    <init>/sbin/init</init>`, `  </os>`]
    : [
        `  <os>`,
        `    <type${options.arch ? ` arch='${escapeXml(options.arch)}'` : ""}>hvm</type>`,
        ...(spec.boot === "network" ? [`    <boot dev='network'/>`, `    <boot dev='hd'/>`] : [`    <boot dev='hd'/>`]),
        `  </os>`,
      ];
  const devices = container
    ? spec.disks.map((d, i) =>
        [
          `    <filesystem type='mount' accessmode='passthrough'>`,
          `      <source dir='${escapeXml(d.path)}'/>`,
          `      <target dir='${i === 0 ? "/" : `/mnt/${escapeXml(d.name)}`}'/>`,
          `    </filesystem>`,
        ].join("\n"),
      )
    : spec.disks.map(disk);
  return [
    `<domain type='${escapeXml(type)}'>`,
    `  <name>${escapeXml(spec.name)}</name>`,
    `  <metadata>`,
    `    <ampm:instance xmlns:ampm="${METADATA_NS}">${escapeXml(JSON.stringify(spec.metadata))}</ampm:instance>`,
    `  </metadata>`,
    `  <memory unit='MiB'>${spec.memoryMb}</memory>`,
    `  <vcpu>${spec.vcpus}</vcpu>`,
    ...os,
    `  <on_poweroff>destroy</on_poweroff>`,
    `  <on_reboot>restart</on_reboot>`,
    `  <on_crash>destroy</on_crash>`,
    `  <devices>`,
    ...devices,
    ...spec.nics.map((n) => nic(n, container)),
    `    <console type='pty'/>`,
    `  </devices>`,
    `</domain>`,
    "",
  ].join("\n");
}

/** ampm's record from a domain's XML; undefined when the domain is not ampm's. */
export function instanceFromXml(xml: string): Instance | undefined {
  const m = /<(\w+):instance\s+xmlns:\1=["']https:\/\/ampm\.dev\/xmlns\/instance\/1["']\s*>([\s\S]*?)<\/\1:instance>/.exec(xml);
  if (!m) return undefined;
  try {
    return JSON.parse(unescapeXml(m[2]!)) as Instance;
  } catch {
    return undefined;
  }
}

/** The domain type a connection URI implies: qemu:///system → kvm, lxc:/// → lxc, test:/// → test. */
export function domainTypeFor(uri: string): string {
  const scheme = uri.split(":")[0]!.split("+")[0]!;
  switch (scheme) {
    case "qemu":
      return "kvm";
    case "lxc":
      return "lxc";
    case "xen":
    case "libxl":
      return "xen";
    case "test":
      return "test";
    default:
      return scheme;
  }
}

/** `virsh migrate` arguments for a native live migration. */
export function liveMigrateArgs(name: string, targetUri: string, options: { copyStorage?: boolean } = {}): string[] {
  return ["migrate", "--live", "--persistent", "--undefinesource", "--verbose", ...(options.copyStorage ? ["--copy-storage-all"] : []), name, targetUri];
}
