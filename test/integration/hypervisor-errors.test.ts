/**
 * What must not happen: overfilling a host under concurrent creates, and
 * bad input changing anything. Each refusal is a clear error and the fleet
 * is as it was.
 */
import { join } from "node:path";
import t from "tap";
import { fleetRoot, startFleet } from "../helpers/agents.js";
import { startBroker } from "../helpers/broker.js";
import { runAmpm } from "../helpers/cli.js";
import { BAD_PROFILES, filesUnder, hypervisorHost, TEST_PROFILES } from "../helpers/hypervisor.js";

const root = fleetRoot();
const broker = await startBroker();
const fleet = await startFleet(
  broker.url,
  [hypervisorHost(root, "small.example.com", { slots: 4 }), hypervisorHost(root, "other.example.com", { slots: 8, tags: ["spare"] })],
  root,
);
t.teardown(async () => {
  await fleet.stop();
  await broker.stop();
});

const ampm = (...args: string[]) => runAmpm([...args, "--server", broker.url], { env: { AMPM_PROFILES: TEST_PROFILES }, timeoutMs: 60_000 });
const volumes = (identity: string) => filesUnder(join(fleet.get(identity).dir, "state", "plugins", "dir", "volumes")).filter((f) => !f.startsWith("."));
const instances = async () => JSON.parse((await ampm("status", "all", "--json")).stdout).hosts.flatMap((h: { instances: { hostname: string }[] }) => h.instances.map((i) => i.hostname)).sort();

t.test("ten creates at once onto a host with four free slots: exactly four succeed", async (t) => {
  const results = await Promise.all(
    Array.from({ length: 10 }, (_, i) => ampm("create", "--profile", "tiny", "--hostname", `c${i}.example.com`, "--container", "small.example.com")),
  );
  const won = results.filter((r) => r.code === 0);
  const lost = results.filter((r) => r.code !== 0);
  t.equal(won.length, 4, "four created");
  t.equal(lost.length, 6, "six refused");
  for (const r of lost) t.match(r.stderr, /small\.example\.com( cannot take c\d\.example\.com: no free slot \(4 of 4 in use\)|: small\.example\.com has no free slot \(4 of 4 in use\))/);
  t.same((await ampm("status", "small.example.com", "--json").then((r) => JSON.parse(r.stdout))).hosts[0].usedSlots, 4);
  t.equal(new Set(volumes("small.example.com").map((f) => f.split("/")[0])).size, 4, "exactly four volumes on disk: the refused left nothing");
});

t.test("bad input: a clear error, and nothing changed", async (t) => {
  const before = await instances();
  const c0 = before[0] as string;
  const beforeVolumes = [...volumes("small.example.com"), ...volumes("other.example.com")];
  const cases: [string[], number, RegExp][] = [
    [["query", "--container", "nobody.example.com"], 3, /no instance nobody\.example\.com on any host/],
    [["migrate", "nobody.example.com"], 3, /no instance nobody\.example\.com/],
    [["query", "--profile", `${c0}:wrong-profile`], 3, /c\d\.example\.com has profile tiny, not wrong-profile/],
    [["create", "--profile", "nosuch", "--hostname", "x.example.com"], 2, /no profile "nosuch" in .*profiles\/good \(have: big, tiny\)/],
    [["create", "--profile", "broken", "--hostname", "x.example.com", "--profiles", BAD_PROFILES], 2, /profile .*broken\.yaml: (?=.*resources\.vcpus: must be integer)(?=.*unknown field "colour")(?=.*volumes\[0\]\.size)/],
    [["create", "--profile", "tiny", "--hostname", "x.example.com", "--container", "small.example.com"], 1, /no free slot \(4 of 4 in use\)/],
    [["create", "--profile", "big", "--hostname", "x.example.com"], 1, /no host can take x\.example\.com \(big\)/],
    [["create", "--profile", "tiny", "--hostname", c0], 1, /c\d\.example\.com exists already \(on small\.example\.com\)/],
    [["create", "--profile", "tiny", "--hostname", "bad_name!"], 1, /hostname "bad_name!" is not valid: it must be a DNS name in lower case/],
    [["create", "--profile", "tiny", "--hostname", "x.example.com", "--container", "nohost.example.com"], 3, /no hypervisor host nohost\.example\.com answered/],
    [["migrate", c0, "small.example.com"], 1, /c\d\.example\.com:tiny is on small\.example\.com already/],
    [["migrate", "--all", c0], 2, /give the host with --from/],
    [["container", "--enable", "--disable"], 2, /say --enable or --disable/],
    [["list", "everything"], 2, /"instances" or "status"/],
    [["query", "find-containers", "--profile", "nosuch"], 2, /no profile "nosuch"/],
  ];
  for (const [args, code, message] of cases) {
    const r = await ampm(...args);
    t.equal(r.code, code, `${args.join(" ")}: exit ${code}`);
    t.match(r.stderr, message, args.join(" "));
  }
  await ampm("container", "--disable", "other.example.com", "--reason", "test");
  const disabled = await ampm("create", "--profile", "tiny", "--hostname", "y.example.com", "--container", "other.example.com");
  t.equal(disabled.code, 1);
  t.match(disabled.stderr, /other\.example\.com cannot take y\.example\.com: disabled \(test\)/);
  const toDisabled = await ampm("migrate", c0, "other.example.com");
  t.equal(toDisabled.code, 1);
  t.match(toDisabled.stderr, /other\.example\.com cannot take c\d\.example\.com: disabled \(test\)/);
  const full = await ampm("migrate", c0);
  t.equal(full.code, 1);
  t.match(full.stderr, /no host can take c\d\.example\.com:tiny/);
  await ampm("container", "--enable", "other.example.com");
  t.same(await instances(), before, "the same instances");
  t.same([...volumes("small.example.com"), ...volumes("other.example.com")], beforeVolumes, "the same volumes");
});

t.test("a hypervisor RPC with a bad body is refused by the agent", async (t) => {
  const r = await ampm("rpc", "hypervisor", "create", "hostname=z.example.com", "-I", "small.example.com", "--json");
  t.equal(r.code, 1);
  t.match(JSON.parse(r.stdout).results[0], { status: "MISSING_DATA", statusmsg: 'hypervisor.create: missing field "profile"' });
  const noVolumes = await ampm("rpc", "hypervisor", "create", "--input", '{"hostname":"z.example.com","profile":{"name":"p","resources":{"vcpus":1,"memory_mb":1}}}', "-I", "small.example.com", "--json");
  t.match(JSON.parse(noVolumes.stdout).results[0], { status: "MISSING_DATA", statusmsg: 'hypervisor.create: missing field "profile.volumes"' });
});
