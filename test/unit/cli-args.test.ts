import t from "tap";
import { jsonOrString, parseInput, splitPairs } from "../../client/src/cli/commands/rpc.js";
import { parseTime } from "../../client/src/cli/commands/audit.js";
import { parseDuration } from "../../client/src/cli/options.js";
import { convertArguments, describeInputs, normalizeBuiltinBody, parseDuration as libraryDuration } from "../../client/src/index.js";

t.test("durations: one parser for flags, config files and audit times", async (t) => {
  const table: [string, number][] = [
    ["500ms", 500],
    ["5s", 5000],
    ["1.5s", 1500],
    ["2m", 120_000],
    ["1h", 3_600_000],
    ["7d", 604_800_000],
    ["2 minutes", 120_000],
  ];
  for (const [text, ms] of table) {
    t.equal(parseDuration(text), ms, `flag ${text}`);
    t.equal(libraryDuration(text), ms, `library ${text}`);
    t.equal(parseTime(text, 10_000_000_000), 10_000_000_000 - ms, `--since ${text}`);
  }
  for (const bad of ["", "5x", "-1s", "fast", "0s"]) t.throws(() => parseDuration(bad), bad);
  t.throws(() => parseDuration("2"), /"2" needs a unit: 2s, 2ms/, "a bare number: seconds or milliseconds?");
  t.equal(libraryDuration(250), 250, "a number (in a file) is milliseconds");
  t.equal(parseTime("2026-11-22 10:00"), Date.parse("2026-11-22T10:00"));
});

t.test("key=value arguments", async (t) => {
  const pairs = splitPairs(["a=1", "b=true", "c=hello", "d=[1,2]", 'e={"x":1}', "f=", "g=a=b"]);
  t.same(pairs, { a: "1", b: "true", c: "hello", d: "[1,2]", e: '{"x":1}', f: "", g: "a=b" });
  t.same(jsonOrString(pairs), { a: 1, b: true, c: "hello", d: [1, 2], e: { x: 1 }, f: "", g: "a=b" });
  t.same(parseInput('{"a":1,"b":1}'), { a: 1, b: 1 });
  t.same(parseInput(undefined), {});
  t.throws(() => splitPairs(["novalue"]), /expected key=value/);
  t.throws(() => parseInput("[1]"), /must be a JSON object/);
  t.throws(() => parseInput("{"), /not valid JSON/);
});

t.test("external inputs are typed by the action's schema", async (t) => {
  const action = {
    name: "create",
    inputSchemaJson: JSON.stringify({
      type: "object",
      required: ["volume", "size_bytes"],
      properties: {
        volume: { type: "string" },
        size_bytes: { type: "integer", minimum: 1 },
        sparse: { type: "boolean" },
        ratio: { type: "number" },
        tags: { type: "array" },
        anything: {},
      },
    }),
  };
  t.same(convertArguments("qcow2", action, { volume: "123", size_bytes: "1048576", sparse: "yes", ratio: "0.5", tags: '["a"]', anything: "7" }), {
    volume: "123",
    size_bytes: 1048576,
    sparse: true,
    ratio: 0.5,
    tags: ["a"],
    anything: 7,
  });
  const bad: [Record<string, string>, RegExp][] = [
    [{ size_bytes: "10G" }, /size_bytes must be an integer, got "10G"/],
    [{ sparse: "maybe" }, /sparse must be true or false/],
    [{ ratio: "x" }, /ratio must be a number/],
    [{ tags: "a,b" }, /tags must be JSON \(array\)/],
    [{ colour: "red" }, /qcow2\.create has no input "colour" \(it takes: volume, size_bytes, sparse, ratio, tags, anything\)/],
  ];
  for (const [pairs, message] of bad) t.throws(() => convertArguments("qcow2", action, pairs), message);
  const fields = describeInputs(action);
  t.same(fields.slice(0, 2), [
    { name: "volume", type: "string", required: true, description: "", notes: [] },
    { name: "size_bytes", type: "integer", required: true, description: "", notes: [">= 1"] },
  ]);
});

t.test("built-in inputs are checked by name", async (t) => {
  t.same(normalizeBuiltinBody("rpcutil", "echo", { message: "m", delay_ms: 5 }), { message: "m", delayMs: 5 });
  t.same(normalizeBuiltinBody("rpcutil", "echo", { delayMs: 5 }), { delayMs: 5 });
  t.throws(() => normalizeBuiltinBody("rpcutil", "echo", { nope: 1 }), /has no input "nope" \(it takes: message, delay_ms\)/);
  t.throws(() => normalizeBuiltinBody("rpcutil", "ping", { x: 1 }), /it takes: nothing/);
  t.same(normalizeBuiltinBody("someplugin", "act", { any: 1 }), { any: 1 }, "external agents take JSON as given");
});
