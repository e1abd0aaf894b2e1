import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import t from "tap";
import type { DomainSpec } from "../../agents/src/hypervisor/driver.js";
import { archFromCapabilities, domainTypeFor, domainXml, instanceFromXml, liveMigrateArgs, parseNodeinfo } from "../../agents/src/hypervisor/drivers/domain-xml.js";
import { quote } from "../../agents/src/hypervisor/drivers/virsh.js";
import type { Instance } from "../../agents/src/hypervisor/model.js";

const instance: Instance = {
  hostname: "web1.example.com",
  profile: "dmz-webserver-rhel-5",
  category: "user",
  tags: ["dmz", "<odd> & 'quoted'"],
  resources: { vcpus: 2, memoryMb: 2048 },
  volumes: [{ name: "root", storage: "qcow2", volume: "web1.example.com-root", sizeBytes: 10 << 20, path: "/var/lib/ampm/web1.example.com-root.qcow2" }],
  nics: [{ mac: "52:54:00:aa:bb:cc", bridge: "br-dmz", vlan: 20 }],
  template: "pxe:rhel5",
  state: "running",
  host: "container1.example.com",
  createdAtMs: 1,
  spread: "",
  requirements: "tags has dmz",
  slot: "",
  mounted: false,
};

const spec = (over: Partial<DomainSpec> = {}): DomainSpec => ({
  name: instance.hostname,
  vcpus: 2,
  memoryMb: 2048,
  disks: [{ name: "root", path: instance.volumes[0]!.path, storage: "qcow2" }],
  nics: instance.nics,
  boot: "network",
  kind: "vm",
  metadata: instance,
  ...over,
});

t.test("a pxe VM boots from the network first, then its disk", async (t) => {
  const xml = domainXml(spec(), { type: "kvm" });
  t.match(xml, /^<domain type='kvm'>/);
  t.match(xml, /<boot dev='network'\/>\n\s+<boot dev='hd'\/>/);
  t.match(xml, /<driver name='qemu' type='qcow2'\/>\n\s+<source file='\/var\/lib\/ampm\/web1\.example\.com-root\.qcow2'\/>/);
  t.match(xml, /<mac address='52:54:00:aa:bb:cc'\/>\n\s+<source bridge='br-dmz'\/>\n\s+<vlan>\n\s+<tag id='20'\/>/);
  t.match(xml, /<memory unit='MiB'>2048<\/memory>\n\s+<vcpu>2<\/vcpu>/);
  t.notMatch(domainXml(spec({ boot: "disk" }), { type: "kvm" }), /dev='network'/);
});

t.test("an lxc container's root volume is its filesystem", async (t) => {
  const xml = domainXml(spec({ kind: "container", disks: [{ name: "root", path: "/srv/vols/c1-root", storage: "dir" }], boot: "disk" }), { type: "kvm" });
  t.match(xml, /^<domain type='lxc'>/, "a container is an lxc domain whatever the URI says (but test)");
  t.match(xml, /<os>\n\s+<type>exe<\/type>\n\s+<init>\/sbin\/init<\/init>/);
  t.match(xml, /<filesystem type='mount' accessmode='passthrough'>\n\s+<source dir='\/srv\/vols\/c1-root'\/>\n\s+<target dir='\/'\/>/);
  t.notMatch(xml, /<disk /);
  t.match(domainXml(spec({ kind: "container" }), { type: "test" }), /^<domain type='test'>/);
});

t.test("ampm's record travels in <metadata> and comes back whole", async (t) => {
  const xml = domainXml(spec(), { type: "kvm" });
  t.match(xml, /<ampm:instance xmlns:ampm="https:\/\/ampm\.dev\/xmlns\/instance\/1">/);
  t.notMatch(xml, /<odd>/, "escaped");
  t.same(instanceFromXml(xml), instance);
  const libvirtStyle = xml.replace(/ampm:instance/g, "ns0:instance").replace('xmlns:ampm=', "xmlns:ns0=").replace(/&apos;/g, "&#39;");
  t.same(instanceFromXml(libvirtStyle), instance, "whatever prefix and entity style libvirt writes back");
  t.equal(instanceFromXml("<domain type='kvm'><name>other</name></domain>"), undefined, "not ampm's");
  const hexEntities = libvirtStyle.replace(/&quot;/g, "&#x22;").replace(/&#39;/g, "&#x27;").replace(/&lt;/g, "&#60;");
  t.same(instanceFromXml(hexEntities), instance, "numeric entities, hexadecimal ones too, are decoded by the XML parser");
  const decoy = xml.replace("<metadata>", `<metadata>\n    <other:instance xmlns:other="https://example.com/other">{"hostname":"not-this"}</other:instance>`);
  t.same(instanceFromXml(decoy), instance, "another application's <instance> in <metadata> is not ampm's");
  t.equal(instanceFromXml("<domain><metadata><ampm:instance xmlns:ampm='https://ampm.dev/xmlns/instance/1'>not json</ampm:instance></metadata></domain>"), undefined);
  t.equal(instanceFromXml("<domain><unclosed>"), undefined, "broken XML is not a record");
});

t.test("what virsh says of the host, parsed", async (t) => {
  const nodeinfo = "CPU model:           x86_64\nCPU(s):              16\nCPU frequency:       2400 MHz\nMemory size:         67108864 KiB\n";
  t.same(parseNodeinfo(nodeinfo), { vcpus: 16, memoryMb: 65536 });
  t.same(parseNodeinfo(""), { vcpus: 1, memoryMb: 0 });
  t.equal(archFromCapabilities("<capabilities>\n  <host>\n    <cpu>\n      <arch>x86_64</arch>\n    </cpu>\n  </host>\n  <guest><arch name='i686'/></guest>\n</capabilities>"), "x86_64");
  t.equal(archFromCapabilities("<capabilities/>"), undefined);
});

const validator = spawnSync("virt-xml-validate", ["--help"]).error ? "virt-xml-validate is not installed (Debian libvirt-clients)" : false;

t.test("the generated XML is valid for libvirt's schema", { skip: validator }, async (t) => {
  const dir = mkdtempSync(join(tmpdir(), "ampm-xml-"));
  const cases: [string, string][] = [
    ["pxe vm", domainXml(spec(), { type: "kvm" })],
    ["disk vm", domainXml(spec({ boot: "disk", nics: [] }), { type: "kvm", arch: "x86_64" })],
    ["lxc container", domainXml(spec({ kind: "container", disks: [{ name: "root", path: "/srv/c", storage: "dir" }] }), { type: "lxc" })],
    ["test driver", domainXml(spec(), { type: "test" })],
  ];
  for (const [name, xml] of cases) {
    const file = join(dir, `${name.replace(/ /g, "-")}.xml`);
    writeFileSync(file, xml);
    const r = spawnSync("virt-xml-validate", [file, "domain"], { encoding: "utf8" });
    t.equal(r.status, 0, `${name}: ${r.stdout}${r.stderr}`);
  }
  const broken = join(dir, "broken.xml");
  writeFileSync(broken, domainXml(spec(), { type: "kvm" }).replace("<vcpu>2</vcpu>", "<vcpu>two</vcpu>"));
  t.not(spawnSync("virt-xml-validate", [broken, "domain"]).status, 0, "and a broken one is caught");
});

t.test("native live migration: the virsh command", async (t) => {
  t.same(liveMigrateArgs("web1", "qemu+ssh://container2/system"), ["migrate", "--live", "--persistent", "--undefinesource", "--verbose", "web1", "qemu+ssh://container2/system"]);
  t.same(liveMigrateArgs("web1", "qemu+tls://c2/system", { copyStorage: true }).slice(5, 6), ["--copy-storage-all"]);
  const table: [string, string][] = [
    ["qemu:///system", "kvm"],
    ["qemu+ssh://h/system", "kvm"],
    ["lxc:///", "lxc"],
    ["xen:///", "xen"],
    ["test:///default", "test"],
  ];
  for (const [uri, type] of table) t.equal(domainTypeFor(uri), type, uri);
  t.equal(quote("web1.example.com"), "'web1.example.com'");
  t.throws(() => quote("it's"), /cannot pass/);
});
