/**
 * libvirt domain XML from a DomainSpec, and ampm's record back out of it.
 * ampm keeps its record of the instance (profile, category, tags, volumes,
 * ...) in the domain's <metadata>, so the host is the source of truth.
 *
 *   vm,  boot disk     <os><type>hvm</type><boot dev='hd'/></os>, disks, NICs
 *   vm,  boot network  pxe: <boot dev='network'/> first, then the disk
 *   container          <domain type='lxc'>, <os><type>exe</type><init>, the root volume as <filesystem target='/'>
 */
import { XMLParser } from "fast-xml-parser";
import type { DomainSpec } from "../driver.js";
import type { Instance } from "../model.js";

export const METADATA_NS = "https://ampm.dev/xmlns/instance/1";

export function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");
}

/** libvirt's XML read back: values as text, attributes as "@name", entities (named and numeric) decoded. */
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", parseTagValue: false, parseAttributeValue: false, processEntities: true, htmlEntities: true });

type XmlNode = Record<string, unknown>;

function parseXml(xml: string): XmlNode | undefined {
  try {
    return parser.parse(xml) as XmlNode;
  } catch {
    return undefined;
  }
}

const child = (node: unknown, name: string): unknown => (node !== null && typeof node === "object" ? (node as XmlNode)[name] : undefined);
const text = (node: unknown): string | undefined => (typeof node === "string" ? node : typeof child(node, "#text") === "string" ? (child(node, "#text") as string) : undefined);

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

/** ampm's record from a domain's XML, whatever prefix libvirt gives its namespace; undefined when the domain is not ampm's. */
export function instanceFromXml(xml: string): Instance | undefined {
  const metadata = child(child(parseXml(xml), "domain"), "metadata");
  for (const [name, node] of Object.entries((metadata ?? {}) as XmlNode)) {
    const [prefix, local] = name.includes(":") ? name.split(":", 2) : [undefined, name];
    if (local !== "instance" || child(node, prefix ? `@xmlns:${prefix}` : "@xmlns") !== METADATA_NS) continue;
    try {
      return JSON.parse(text(node) ?? "") as Instance;
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/** The host's architecture from `virsh capabilities`. */
export function archFromCapabilities(xml: string): string | undefined {
  return text(child(child(child(child(parseXml(xml), "capabilities"), "host"), "cpu"), "arch"));
}

/** `virsh nodeinfo` ("CPU(s):   16", "Memory size:   67108864 KiB"): CPUs and memory in MiB. */
export function parseNodeinfo(output: string): { vcpus: number; memoryMb: number } {
  const fields = new Map(
    output
      .split("\n")
      .filter((line) => line.includes(":"))
      .map((line) => [line.slice(0, line.indexOf(":")).trim(), line.slice(line.indexOf(":") + 1).trim()] as const),
  );
  const [amount, unit] = (fields.get("Memory size") ?? "0 KiB").split(/\s+/);
  const kib = Number(amount) * (unit === "MiB" ? 1024 : unit === "GiB" ? 1024 * 1024 : 1);
  return { vcpus: Number.parseInt(fields.get("CPU(s)") ?? "1", 10) || 1, memoryMb: Math.floor(kib / 1024) || 0 };
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
