import t from "tap";
import { place, rejections, withInstance, type HostSnapshot, type PlacementRequest } from "../../proto/domain/index.js";

function host(identity: string, over: Partial<HostSnapshot> = {}): HostSnapshot {
  return {
    identity,
    enabled: true,
    reason: "",
    capacity: { slots: 4, vcpus: 8, memoryMb: 8192, diskBytes: 0 },
    used: { slots: 0, vcpus: 0, memoryMb: 0, diskBytes: 0 },
    storageTypes: ["dir", "qcow2"],
    templateTypes: ["pxe", "lxc"],
    categories: ["*"],
    instances: [],
    tags: ["dmz"],
    facts: { rack: "r1" },
    agents: ["rpcutil", "hypervisor"],
    ...over,
  };
}

const web: PlacementRequest = {
  profile: "web",
  template: "pxe:rhel5",
  vcpus: 2,
  memoryMb: 2048,
  volumes: [{ storage: "qcow2", sizeBytes: 10 * 1024 ** 3 }],
  category: "user",
  requirements: "tags has dmz",
  spread: "",
};

t.test("each hard filter rejects with its reason", async (t) => {
  const cases: [string, Partial<HostSnapshot>, Partial<PlacementRequest>, RegExp][] = [
    ["disabled", { enabled: false, reason: "maintenance" }, {}, /^disabled \(maintenance\)$/],
    ["full", { used: { slots: 4, vcpus: 0, memoryMb: 0, diskBytes: 0 } }, {}, /^no free slot \(4 of 4 in use\)$/],
    ["memory", { used: { slots: 0, vcpus: 0, memoryMb: 7000, diskBytes: 0 } }, {}, /^not enough memory \(needs 2048 MB, 1192 MB free\)$/],
    ["vcpus", { used: { slots: 0, vcpus: 7, memoryMb: 0, diskBytes: 0 } }, {}, /^not enough vcpus \(needs 2, 1 free\)$/],
    ["disk", { capacity: { slots: 4, vcpus: 8, memoryMb: 8192, diskBytes: 5 * 1024 ** 3 } }, {}, /^not enough disk \(needs 10240 MB, 5120 MB free\)$/],
    ["storage", { storageTypes: ["dir"] }, {}, /^storage type qcow2 not supported$/],
    ["template", { templateTypes: ["lxc"] }, {}, /^template type pxe not supported$/],
    ["category", { categories: ["user"] }, { category: "admin" }, /^category admin not accepted$/],
    ["requirement", { tags: ["internal"] }, {}, /^requirement not met: tags has dmz$/],
    ["already here", {}, { from: "h1" }, /^the instance is already here$/],
  ];
  for (const [name, over, req, reason] of cases) {
    const reasons = rejections(host("h1", over), { ...web, ...req }, []);
    t.equal(reasons.length, 1, `${name}: one reason (${reasons.join("; ")})`);
    t.match(reasons[0], reason, name);
  }
  t.same(rejections(host("h1"), web, []), [], "a host that fits has no reasons");
  t.same(rejections(host("h1", { categories: ["user", "admin"] }), { ...web, category: "admin" }, []), []);
});

t.test("spread: no two instances of the profile share the fact's value", async (t) => {
  const a = host("a", { facts: { rack: "r1" }, instances: [{ hostname: "web1", profile: "web" }] });
  const b = host("b", { facts: { rack: "r1" } });
  const c = host("c", { facts: { rack: "r2" } });
  const req = { ...web, spread: "rack" };
  t.match(rejections(b, req, [a, b, c]), [/^spread violated: rack r1 already runs web \(web1 on a\)$/]);
  t.same(rejections(c, req, [a, b, c]), []);
  t.same(rejections(b, { ...req, instance: "web1" }, [a, b, c]), [], "an instance does not collide with itself (migration)");
  t.same(rejections(b, { ...req, profile: "db" }, [a, b, c]), [], "other profiles do not count");
});

t.test("weighing: the emptiest host first; rejected ones last, with reasons", async (t) => {
  const busy = host("busy", { used: { slots: 3, vcpus: 2, memoryMb: 4096, diskBytes: 0 } });
  const idle = host("idle");
  const half = host("half", { used: { slots: 2, vcpus: 2, memoryMb: 2048, diskBytes: 0 } });
  const off = host("off", { enabled: false });
  const verdicts = place([busy, off, half, idle], web);
  t.same(verdicts.map((v) => [v.identity, v.ok]), [
    ["idle", true],
    ["half", true],
    ["busy", true],
    ["off", false],
  ]);
  t.ok(verdicts[0]!.score > verdicts[1]!.score);
  t.same(verdicts[3]!.reasons, ["disabled"]);
});

t.test("planning several placements counts the plan's own moves", async (t) => {
  let hosts = [host("a", { capacity: { slots: 1, vcpus: 8, memoryMb: 8192, diskBytes: 0 } }), host("b", { capacity: { slots: 1, vcpus: 8, memoryMb: 8192, diskBytes: 0 } })];
  const first = place(hosts, web)[0]!;
  hosts = hosts.map((h) => (h.identity === first.identity ? withInstance(h, web, "web1") : h));
  const second = place(hosts, web)[0]!;
  t.not(second.identity, first.identity, "the second goes elsewhere");
  hosts = hosts.map((h) => (h.identity === second.identity ? withInstance(h, web, "web2") : h));
  t.equal(place(hosts, web)[0]!.ok, false, "then nothing fits");
});
