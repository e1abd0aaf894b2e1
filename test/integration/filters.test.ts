/**
 * A real nats-server and five real ampm-agent processes: each filter form
 * selects exactly the right hosts, through the CLI.
 */
import t from "tap";
import { startFleet } from "../helpers/agents.js";
import { startBroker } from "../helpers/broker.js";
import { runAmpm } from "../helpers/cli.js";
import { ALL, host, SEED_FLEET } from "../helpers/seed-fleet.js";

const broker = await startBroker();
const fleet = await startFleet(broker.url, SEED_FLEET);
t.teardown(async () => {
  await fleet.stop();
  await broker.stop();
});

const ampm = (...args: string[]) => runAmpm([...args, "--server", broker.url, "--discovery-quiet", "150ms"]);

t.test("each filter form selects exactly the matching hosts", async (t) => {
  const cases: [string[], number[]][] = [
    [[], [1, 2, 3, 4, 5]],
    [["-I", host(1)], [1]],
    [["-I", host(1), "-I", host(5)], [1, 5]],
    [["-I", "container[12]*"], [1, 2]],
    [["-I", "container?.example.com"], [1, 2, 3, 4, 5]],
    [["-I", "/^container[45]\\./"], [4, 5]],
    [["-F", "rack=r2"], [3, 4]],
    [["-F", "rack!=r1"], [3, 4, 5]],
    [["-F", "cpus>=16"], [1, 3, 5]],
    [["-F", "memory_mb<32768"], [4]],
    [["-F", "rack=~/^r[13]$/"], [1, 2, 5]],
    [["-F", "site=PHX", "-F", "cpus>8"], [1, 5]],
    [["-T", "dmz-interface"], [1, 3]],
    [["-T", "PHX", "-T", "dell"], [1, 2]],
    [["-A", "rpcutil"], [1, 2, 3, 4, 5]],
    [["-W", "tags has dmz-interface and not disabled"], [1]],
    [["-W", "(rack = r1 or rack = r3) and cpus > 8"], [1, 5]],
    [["-W", "rack in (r2, r3) and not tags has hp"], [5]],
    [["-W", "identity =~ /container[24]/ or external-interface"], [1, 2, 4, 5]],
    [["-T", "PHX", "-F", "rack=r1", "-W", "not tags has dell-2850"], []],
  ];
  for (const [args, expected] of cases) {
    const result = await ampm("discover", ...args, "--json");
    const label = args.join(" ") || "(no filter)";
    t.equal(result.code, expected.length ? 0 : 3, `${label}: exit code`);
    t.same(JSON.parse(result.stdout).hosts, expected.map(host), label);
  }
});

t.test("ping lists every agent; --json parses", async (t) => {
  const human = await ampm("ping");
  t.equal(human.code, 0);
  for (const identity of ALL) t.match(human.stdout, new RegExp(`^${identity.replace(/\./g, "\\.")}\\s+time=`, "m"));
  t.match(human.stdout, /5 replies max: .* min: .* avg: /);
  const json = await ampm("ping", "--json");
  const doc = JSON.parse(json.stdout);
  t.same(doc.results.map((r: { sender: string }) => r.sender).sort(), ALL);
  t.equal(doc.summary.ok, 5);
});

t.test("an agent that is not there: no match, exit 3", async (t) => {
  const result = await ampm("ping", "-A", "hypervisor");
  t.equal(result.code, 3);
  t.match(result.stdout, /No hosts matched/);
});

t.test("facts of one host, and a table of some facts across hosts", async (t) => {
  const one = await ampm("facts", host(3));
  t.equal(one.code, 0);
  t.match(one.stdout, /^container3\.example\.com$/m);
  t.match(one.stdout, /^\s+rack\s+r2$/m);
  t.match(one.stdout, /^\s+\(tags\)\s+hp, dmz-interface, SJC$/m);
  const table = await ampm("facts", "-T", "PHX", "-k", "rack", "-k", "cpus");
  t.equal(table.code, 0);
  t.match(table.stdout, /^HOST\s+rack\s+cpus$/m);
  t.match(table.stdout, /^container5\.example\.com\s+r3\s+32$/m);
  t.notMatch(table.stdout, /container3/);
  const json = JSON.parse((await ampm("facts", host(1), "--json")).stdout);
  t.equal(json.results[0].data.facts.rack, "r1");
  t.same(json.results[0].data.tags, SEED_FLEET[0]!.tags);
});

t.test("rpc: --json is one document, --jsonl a line per host and a summary", async (t) => {
  const json = await ampm("rpc", "rpcutil", "echo", "message=hello", "-T", "PHX", "--json");
  t.equal(json.code, 0);
  const doc = JSON.parse(json.stdout);
  t.same(doc.results.map((r: { sender: string }) => r.sender).sort(), [host(1), host(2), host(5)]);
  t.ok(doc.results.every((r: { data: unknown }) => JSON.stringify(r.data) === '{"message":"hello"}'));
  t.match(doc.summary, { agent: "rpcutil", action: "echo", discovered: 3, ok: 3, failed: [], noResponse: [] });
  const jsonl = await ampm("rpc", "rpcutil", "inventory", "-F", "rack=r2", "--jsonl");
  const lines = jsonl.stdout.trim().split("\n").map((l) => JSON.parse(l));
  t.equal(lines.length, 3);
  t.same(lines.slice(0, 2).map((l) => l.kind), ["result", "result"]);
  t.match(lines[2], { kind: "summary", ok: 2 });
  t.match(lines[0].data.agents[0], { name: "rpcutil", kind: "builtin" });
});

t.test("usage errors exit 2 and say what is wrong", async (t) => {
  const cases: [string[], RegExp][] = [
    [["discover", "-W", "rack >"], /expected a value, but the expression ends at position 7/],
    [["discover", "-F", "rack"], /expected FACT OP VALUE/],
    [["ping", "--discovery-method", "psychic"], /unknown discovery method "psychic"/],
    [["rpc", "rpcutil", "echo", "nope=1"], /has no input "nope"/],
    [["rpc", "rpcutil", "echo", "novalue"], /expected key=value/],
    [["ping", "--timeout", "soon"], /expected a duration/],
    [["ping", "--json", "--jsonl"], /cannot be used together/],
    [["frobnicate"], /unknown command 'frobnicate'/],
  ];
  for (const [args, message] of cases) {
    const result = await ampm(...args);
    t.equal(result.code, 2, `${args.join(" ")}: exit 2`);
    t.match(result.stderr, message, args.join(" "));
  }
});

t.test("no broker: exit 5 with a hint", async (t) => {
  const result = await runAmpm(["ping", "--server", "nats://127.0.0.1:1"]);
  t.equal(result.code, 5);
  t.match(result.stderr, /cannot connect to nats:\/\/127\.0\.0\.1:1.*is nats-server running/);
});
