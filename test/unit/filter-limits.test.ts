import t from "tap";
import { FilterSyntaxError } from "../../proto/wire/index.js";
import {
  buildFilter,
  compileGlob,
  compileRegex,
  FILTER_CACHE_LIMITS,
  FILTER_LIMITS,
  FilterMatcher,
  namePattern,
  PATTERN_LIMITS,
  type HostView,
} from "../../proto/domain/index.js";

// A host whose values are as long as a pattern will ever look at.
const long = "a".repeat(PATTERN_LIMITS.text * 4);
const host: HostView = {
  identity: `${"a".repeat(200)}.example.com`,
  facts: { motd: long, nested: { text: long }, list: Array.from({ length: 20 }, () => long.slice(0, 500)) },
  tags: ["dell"],
  agents: ["rpcutil"],
};

/** The slowest of `runs` evaluations in ms (one that is refused as too costly counts too), and whether it was refused. */
function worst(filter: Parameters<FilterMatcher["matches"]>[0], runs = 5): { ms: number; refused: boolean } {
  const matcher = new FilterMatcher();
  let max = 0;
  let refused = false;
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    try {
      matcher.matches(filter, host);
    } catch (err) {
      if (!(err instanceof FilterSyntaxError)) throw err;
      refused = true;
    }
    max = Math.max(max, performance.now() - started);
  }
  return { ms: max, refused };
}

// Patterns that take a backtracking engine exponential or polynomial time.
const HOSTILE: { name: string; filter: Parameters<FilterMatcher["matches"]>[0] }[] = [
  { name: "identity glob of stars", filter: { identity: [`${"*".repeat(20)}x`] } },
  { name: "identity glob of star-letter runs", filter: { identity: [`${"*a".repeat(60)}x`] } },
  { name: "identity regex (a+)+$", filter: { identity: ["/^(a+)+$/"] } },
  { name: "identity regex (a|aa)*b", filter: { identity: ["/^(a|aa)*b$/"] } },
  { name: "fact =~ nested quantifiers", facts: undefined, filter: { facts: [{ fact: "motd", op: "=~", value: "/^(\\w+\\s?)*!$/" }] } },
  { name: "fact on a map, stringified", filter: { facts: [{ fact: "nested", op: "=~", value: "/(x+x+)+y/" }] } },
  { name: "where with many regexes over a list", filter: { where: Array.from({ length: 30 }, () => "list =~ /^(a+)+b$/").join(" or ") } },
] as never;

t.test("the worst patterns a caller can send evaluate in bounded time", async (t) => {
  for (const { name, filter } of HOSTILE) {
    const { ms, refused } = worst(filter);
    t.comment(`${name}: ${ms.toFixed(2)} ms${refused ? " (refused as too costly)" : ""}`);
    // A backtracking engine takes seconds to hours on these; linear matching takes milliseconds.
    t.ok(ms < 250, `${name} evaluates in ${ms.toFixed(1)} ms`);
  }
});

t.test("a filter whose tests would cost too much on this host is refused, not run to the end", async (t) => {
  const filter = { where: Array.from({ length: 30 }, () => "list =~ /^(a+)+b$/").join(" or ") };
  t.throws(() => new FilterMatcher().matches(filter, host), /too costly to evaluate/);
  t.equal(new FilterMatcher().matches(filter, { ...host, facts: { list: ["ab"] } }), true, "the same filter on short values is fine");
});

t.test("patterns beyond RE2 or beyond the limits are refused with a clear error", async (t) => {
  const refused: [string, () => unknown, RegExp][] = [
    ["backreference", () => compileRegex("(a)\\1"), /RE2 syntax/],
    ["lookahead", () => compileRegex("(?=a)b"), /RE2 syntax/],
    ["huge counted repeat", () => compileRegex("[a-y]{1,1000}z"), /too complex/],
    ["long pattern", () => compileRegex("a".repeat(PATTERN_LIMITS.source + 1)), /longer than/],
    ["unknown flag", () => compileRegex("a", "y"), /flag/],
    ["unclosed class", () => compileGlob("web[12"), /'\[' without '\]'/],
    ["unclosed brace", () => compileGlob("web{1,2"), /'\{' without '\}'/],
    ["deep braces", () => compileGlob("{{{{{a}}}}}"), /nested deeper/],
    ["long where", () => buildFilter({ where: `a = ${"b".repeat(FILTER_LIMITS.where)}` }), /longer than/],
    ["deep nesting", () => buildFilter({ where: `${"(".repeat(40)}a${")".repeat(40)}` }), /nested deeper/],
    ["many nots", () => buildFilter({ where: `${"not ".repeat(40)}a` }), /nested deeper/],
    ["too many identities", () => buildFilter({ identity: Array.from({ length: FILTER_LIMITS.entries + 1 }, (_, i) => `h${i}`) }), /more than/],
    ["patterns too costly together", () => buildFilter({ where: Array.from({ length: 40 }, () => "a =~ /[a-z]{1,20}[0-9]{1,20}/").join(" or ") }), /too complex together/],
  ];
  for (const [name, fn, message] of refused) {
    t.throws(fn, FilterSyntaxError, name);
    try {
      fn();
    } catch (err) {
      t.match((err as Error).message, message, `${name}: says why`);
      t.ok((err as Error).message.length < 400, `${name}: the message stays short (${(err as Error).message.length})`);
    }
  }
});

t.test("a megabyte filter is refused at once, and its error does not echo it", async (t) => {
  const matcher = new FilterMatcher();
  const started = performance.now();
  for (const filter of [{ where: `x = ${"y".repeat(1 << 20)}` }, { identity: ["z".repeat(1 << 20)] }, { facts: [{ fact: "a", op: "=", value: "b".repeat(1 << 20) }] }]) {
    t.throws(() => matcher.matches(filter, host), FilterSyntaxError);
    try {
      matcher.matches(filter, host);
    } catch (err) {
      t.ok((err as Error).message.length < 400);
    }
  }
  t.ok(performance.now() - started < 500);
  t.same(matcher.size, { entries: 0, bytes: 0 }, "nothing refused is cached");
});

t.test("the filter cache is bounded by entries and bytes", async (t) => {
  const matcher = new FilterMatcher();
  for (let i = 0; i < 2000; i++) {
    matcher.matches({ where: `rack = r${i} or motd = '${"m".repeat(3000)}${i}'` }, host);
  }
  const { entries, bytes } = matcher.size;
  t.ok(entries <= FILTER_CACHE_LIMITS.entries, `${entries} entries`);
  t.ok(bytes <= FILTER_CACHE_LIMITS.bytes, `${bytes} bytes of keys`);
  t.ok(entries > 0, "it still caches");
});

t.test("globs: classes, negation, alternatives, escapes", async (t) => {
  const cases: [string, string, boolean][] = [
    ["container{1,2}.example.com", "container1.example.com", true],
    ["container{1,2}.example.com", "container2.example.com", true],
    ["container{1,2}.example.com", "container3.example.com", false],
    ["container[!1]*", "container1.example.com", false],
    ["container[!1]*", "container2.example.com", true],
    ["container[^1]*", "container2.example.com", true],
    ["container[1-3].*", "container3.example.com", true],
    ["container[1-3].*", "container4.example.com", false],
    ["web?", "web1", true],
    ["web?", "web12", false],
    ["*.example.com", "a.example.com", true],
    ["*.example.com", "a.example.org", false],
    ["a.b", "axb", false],
    ["a\\*b", "a*b", true],
    ["a\\*b", "axb", false],
    ["hypervisor.image_*", "hypervisor.image_export", true],
    ["hypervisor.{start,stop}", "hypervisor.stop", true],
    ["hypervisor.{start,stop}", "hypervisor.destroy", false],
    ["{a,{b,c}}x", "cx", true],
    ["(x)", "(x)", true],
    ["a+b", "a+b", true],
    ["a+b", "aab", false],
  ];
  for (const [glob, name, expected] of cases) t.equal(namePattern(glob).test(name), expected, `${glob} ~ ${name}`);
});

t.test("regexes keep their flags and JavaScript-compatible syntax", async (t) => {
  t.ok(compileRegex("^WEB", "i").test("web1"));
  t.notOk(compileRegex("^WEB").test("web1"));
  t.ok(compileRegex("^a.b$", "s").test("a\nb"));
  t.ok(compileRegex("^b$", "m").test("a\nb"));
  t.ok(compileRegex("\\d+\\.example\\.com$").test("host12.example.com"));
  t.ok(namePattern("/^container[0-9]+\\./").test("container12.example.com"));
});
