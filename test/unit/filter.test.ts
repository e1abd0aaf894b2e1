import t from "tap";
import { FilterSyntaxError } from "../../proto/wire/index.js";
import {
  buildFilter,
  evaluate,
  FilterMatcher,
  identityMatcher,
  parseExpression,
  parseFactFilter,
  type HostView,
} from "../../proto/domain/index.js";

const host: HostView = {
  identity: "container3.example.com",
  facts: {
    rack: "r12",
    free_slots: 3,
    memory_mb: "4096",
    disabled: false,
    maintenance: "no",
    os: { family: "debian", release: "12" },
    "os.kernel": "6.1",
    roles: ["web", "dns"],
    version: "1.10.2",
  },
  tags: ["dell", "dmz-interface", "PHX"],
  agents: ["rpcutil", "hypervisor"],
};

t.test("expressions evaluate as the grammar says", async (t) => {
  const cases: [string, boolean][] = [
    ["rack = r12", true],
    ["rack == r12", true],
    ["rack = 'r12'", true],
    ['rack = "r13"', false],
    ["rack != r13", true],
    ["missing != x", true],
    ["missing = x", false],
    ["free_slots >= 2", true],
    ["free_slots > 3", false],
    ["free_slots < 4", true],
    ["free_slots <= 3", true],
    ["memory_mb >= 4096", true],
    ["memory_mb = 4096.0", true],
    ["memory_mb > 10000", false],
    ["missing > 1", false],
    ["rack =~ /^r1/", true],
    ["rack =~ /^R1/i", true],
    ["rack =~ /^r2/", false],
    ["rack =~ r1", true],
    ["rack !~ /^r2/", true],
    ["rack = /r1./", true],
    ["tags has dmz-interface", true],
    ["tags has dmz", false],
    ["tags has /^dmz/", true],
    ["agents has hypervisor", true],
    ["roles has dns", true],
    ["roles = web", true],
    ["os has family", true],
    ["os.family = debian", true],
    ["facts.os.release >= 12", true],
    ["os.kernel = 6.1", true],
    ["rack in (r11, r12)", true],
    ["rack in [r1, r2]", false],
    ["rack not in (r1, r2)", true],
    ["identity = container3.example.com", true],
    ["identity =~ /^container[0-9]+\\./", true],
    ["dell", true],
    ["disabled", false],
    ["not disabled", true],
    ["maintenance", false],
    ["free_slots", true],
    ["nothing", false],
    ["not (rack = r12)", false],
    ["tags has dell and free_slots >= 2 and not disabled", true],
    ["tags has nope or rack = r12", true],
    ["tags has nope or rack = r13 and dell", false],
    ["(tags has nope or rack = r12) and dell", true],
    ["NOT disabled AND dell", true],
    ["not not dell", true],
    ["version > 1.9", false],
    ["version >= '1.10'", true],
  ];
  for (const [source, expected] of cases) {
    t.equal(evaluate(parseExpression(source), host), expected, source);
  }
});

t.test("syntax errors say where", async (t) => {
  const cases: [string, RegExp, number][] = [
    ["", /empty expression/, 1],
    ["rack >", /expected a value/, 7],
    ["rack = r1 r2", /missing 'and' or 'or'/, 11],
    ["(rack = r1", /expected '\)'/, 11],
    ["rack = r1 and", /ends too early/, 14],
    ["rack < /re/", /cannot be compared/, 6],
    ["rack =~ /(/", /invalid regular expression/, 9],
    ["rack = 'open", /unterminated string/, 8],
    ["rack =~ /open", /unterminated regular expression/, 9],
    ["rack in r1", /expected '\(' or '\['/, 9],
    ["rack in (r1 r2)", /expected ',' or '\)'/, 13],
    ["and", /expected a fact/, 1],
    ["!disabled", /unexpected character '!'/, 1],
  ];
  for (const [source, message, position] of cases) {
    const err = t.throws(() => parseExpression(source), FilterSyntaxError, source) as FilterSyntaxError | undefined;
    if (err) {
      t.match(err.message, message, `${source}: message`);
      t.equal(err.position + 1, position, `${source}: position`);
    }
  }
});

t.test("fact filters (-F)", async (t) => {
  const cases: [string, { fact: string; op: string; value: string }][] = [
    ["rack=r12", { fact: "rack", op: "=", value: "r12" }],
    ["rack == r12", { fact: "rack", op: "=", value: "r12" }],
    ["memory_mb>=4096", { fact: "memory_mb", op: ">=", value: "4096" }],
    ["free_slots<2", { fact: "free_slots", op: "<", value: "2" }],
    ["os.family!=redhat", { fact: "os.family", op: "!=", value: "redhat" }],
    ["rack=~/^r1/", { fact: "rack", op: "=~", value: "/^r1/" }],
    ["name='with space'", { fact: "name", op: "=", value: "with space" }],
    ["desc=a=b", { fact: "desc", op: "=", value: "a=b" }],
  ];
  for (const [source, expected] of cases) t.same(parseFactFilter(source), expected, source);
  for (const bad of ["rack", "=r12", "rack=~/(/", "rack</x/"]) {
    t.throws(() => parseFactFilter(bad), FilterSyntaxError, bad);
  }
});

t.test("identity patterns", async (t) => {
  const cases: [string, string, boolean][] = [
    ["container3.example.com", "container3.example.com", true],
    ["container3.example.com", "container3xexample.com", false],
    ["container*", "container3.example.com", true],
    ["container?.example.com", "container3.example.com", true],
    ["container?.example.com", "container13.example.com", false],
    ["*.example.org", "container3.example.com", false],
    ["/^container[35]\\./", "container3.example.com", true],
    ["/^CONTAINER/i", "container3.example.com", true],
    ["/^web/", "container3.example.com", false],
  ];
  for (const [pattern, identity, expected] of cases) t.equal(identityMatcher(pattern)(identity), expected, `${pattern} ~ ${identity}`);
  t.throws(() => identityMatcher("/(/"), FilterSyntaxError);
});

t.test("Filter messages: every part must match", async (t) => {
  const matcher = new FilterMatcher();
  const cases: [Parameters<typeof buildFilter>[0], boolean][] = [
    [{}, true],
    [{ identity: ["container1*", "container3*"] }, true],
    [{ identity: ["container1*"] }, false],
    [{ tags: ["dell", "PHX"] }, true],
    [{ tags: ["dell", "SJC"] }, false],
    [{ agents: ["hypervisor"] }, true],
    [{ agents: ["puppet"] }, false],
    [{ facts: ["rack=r12", "free_slots>=3"] }, true],
    [{ facts: ["rack=r12", "free_slots>3"] }, false],
    [{ where: "dell and not disabled" }, true],
    [{ identity: ["container3*"], tags: ["dell"], facts: ["rack=r12"], where: "free_slots >= 1" }, true],
    [{ identity: ["container3*"], tags: ["dell"], facts: ["rack=r12"], where: "free_slots >= 9" }, false],
  ];
  for (const [spec, expected] of cases) t.equal(matcher.matches(buildFilter(spec), host), expected, JSON.stringify(spec));
});

t.test("buildFilter refuses what the agents could not parse", async (t) => {
  t.throws(() => buildFilter({ where: "rack >" }), FilterSyntaxError);
  t.throws(() => buildFilter({ facts: ["nope"] }), FilterSyntaxError);
  t.throws(() => buildFilter({ identity: ["/(/"] }), FilterSyntaxError);
  t.throws(() => buildFilter({ tags: [" "] }), FilterSyntaxError);
});
