import t from "tap";
import { parseArguments } from "../../client/src/cli/commands/rpc.js";
import { parseDuration } from "../../client/src/cli/options.js";
import { normalizeBuiltinBody } from "../../client/src/index.js";

t.test("durations", async (t) => {
  const table: [string, number][] = [
    ["500ms", 500],
    ["5s", 5000],
    ["2", 2000],
    ["1.5s", 1500],
    ["2m", 120_000],
    ["1h", 3_600_000],
  ];
  for (const [text, ms] of table) t.equal(parseDuration(text), ms, text);
  for (const bad of ["", "5x", "-1s", "fast", "0"]) t.throws(() => parseDuration(bad), bad);
});

t.test("key=value arguments", async (t) => {
  t.same(parseArguments(["a=1", "b=true", "c=hello", "d=[1,2]", 'e={"x":1}', "f=", "g=a=b"]), { a: 1, b: true, c: "hello", d: [1, 2], e: { x: 1 }, f: "", g: "a=b" });
  t.same(parseArguments(["b=2"], '{"a":1,"b":1}'), { a: 1, b: 2 });
  t.throws(() => parseArguments(["novalue"]), /expected key=value/);
  t.throws(() => parseArguments([], "[1]"), /must be a JSON object/);
  t.throws(() => parseArguments([], "{"), /not valid JSON/);
});

t.test("built-in inputs are checked by name", async (t) => {
  t.same(normalizeBuiltinBody("rpcutil", "echo", { message: "m", delay_ms: 5 }), { message: "m", delayMs: 5 });
  t.same(normalizeBuiltinBody("rpcutil", "echo", { delayMs: 5 }), { delayMs: 5 });
  t.throws(() => normalizeBuiltinBody("rpcutil", "echo", { nope: 1 }), /has no input "nope" \(it takes: message, delay_ms\)/);
  t.throws(() => normalizeBuiltinBody("rpcutil", "ping", { x: 1 }), /it takes: nothing/);
  t.same(normalizeBuiltinBody("someplugin", "act", { any: 1 }), { any: 1 }, "external agents take JSON as given");
});
