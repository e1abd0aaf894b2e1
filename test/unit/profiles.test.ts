import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import t from "tap";
import { ConfigError, loadProfiles, parseSize, readProfile, resolveProfile } from "../../client/src/index.js";
import { EXAMPLE_PROFILES } from "../helpers/hypervisor.js";

t.test("sizes", async (t) => {
  const table: [string | number, number][] = [
    [1024, 1024],
    ["1024", 1024],
    ["10G", 10 * 1024 ** 3],
    ["10GiB", 10 * 1024 ** 3],
    ["512M", 512 * 1024 ** 2],
    ["1.5T", 1.5 * 1024 ** 4],
    ["64k", 65536],
  ];
  for (const [text, bytes] of table) t.equal(parseSize(text), bytes, String(text));
  for (const bad of ["", "G", "10 parsecs", "-1G"]) t.throws(() => parseSize(bad), RangeError, bad);
});

t.test("the example profiles read", async (t) => {
  const { profiles, problems } = loadProfiles([EXAMPLE_PROFILES]);
  t.same(problems, []);
  t.same([...profiles.keys()].sort(), ["caching-reverse-proxy-rhel-5", "debian-squeeze-container", "dmz-webserver-rhel-5", "external-name-server-rhel5"]);
  t.match(profiles.get("external-name-server-rhel5"), {
    template: "pxe:rhel5",
    resources: { vcpus: 1, memoryMb: 1024 },
    volumes: [{ name: "root", sizeBytes: 8 * 1024 ** 3, storage: "qcow2" }],
    nics: [{ bridge: "br-ext", vlan: 30 }],
    category: "user",
    requirements: "tags has external-interface",
    spread: "rack",
  });
  t.equal(profiles.get("debian-squeeze-container")?.category, "admin");
});

t.test("a bad profile names the file and each bad field", async (t) => {
  const dir = mkdtempSync(join(tmpdir(), "ampm-profiles-"));
  const cases: [string, RegExp][] = [
    ["template: pxe\nresources: {vcpus: 1, memory_mb: 1}\nvolumes: [{name: root, size: 1G, storage: dir}]\n", /template: must match pattern/],
    ["template: pxe:x\nvolumes: [{name: root, size: 1G, storage: dir}]\n", /missing field "resources"/],
    ["template: pxe:x\nresources: {vcpus: 1, memory_mb: 1}\nvolumes: []\n", /volumes: must NOT have fewer than 1 items/],
    ["template: pxe:x\nresources: {vcpus: 1, memory_mb: 1}\nvolumes: [{name: root, size: 1G, storage: dir}, {name: root, size: 1G, storage: dir}]\n", /volumes: "root" appears twice/],
    ["template: pxe:x\nresources: {vcpus: 1, memory_mb: 1}\nvolumes: [{name: root, size: 1G, storage: dir}]\nrequirements: 'tags has'\n", /requirements: expected a value/],
    ["template: pxe:x\nresources: {vcpus: 1, memory_mb: 1}\nvolumes: [{name: root, size: big, storage: dir}]\n", /volumes\[0\]\.size/],
    ["[not, a, map", /not valid YAML or JSON/],
  ];
  cases.forEach(([text, message], i) => {
    const file = join(dir, `p${i}.yaml`);
    writeFileSync(file, text);
    const err = t.throws(() => readProfile(file), ConfigError) as Error;
    t.match(err?.message, message, text.split("\n")[0]);
    t.match(err?.message, file);
  });
  t.throws(() => resolveProfile("nope", [EXAMPLE_PROFILES]), /no profile "nope" in .* \(have: caching-reverse-proxy-rhel-5, debian-squeeze-container, dmz-webserver-rhel-5, external-name-server-rhel5\)/);
  t.throws(() => resolveProfile("nope", []), /no profile directory \(use --profiles DIR or AMPM_PROFILES\)/);
});

