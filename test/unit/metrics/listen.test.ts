import t from "tap";
import { resolveConfig } from "../../../agents/src/config.js";
import { isLoopback, parseListen } from "../../../agents/src/metrics/listen.js";
import { ConfigError } from "../../../proto/wire/index.js";

t.test("metrics.listen: a bare port is loopback; addresses are IPs", async (t) => {
  const cases: [string, { host: string; port: number }][] = [
    ["9464", { host: "127.0.0.1", port: 9464 }],
    ["127.0.0.1:9464", { host: "127.0.0.1", port: 9464 }],
    ["0.0.0.0:9464", { host: "0.0.0.0", port: 9464 }],
    ["[::1]:9464", { host: "::1", port: 9464 }],
    ["localhost:0", { host: "localhost", port: 0 }],
  ];
  for (const [value, want] of cases) t.same(parseListen(value), want, value);
  for (const bad of ["", "http://x:1", "host.example.com:9464", "1.2.3.4:70000", "9464:1.2.3.4", "[zz]:1"]) {
    t.throws(() => parseListen(bad), ConfigError, `"${bad}" is refused`);
  }
  t.ok(isLoopback("127.0.0.1") && isLoopback("::1") && isLoopback("localhost"));
  t.notOk(isLoopback("0.0.0.0") || isLoopback("10.1.2.3"));
});

t.test("the config takes metrics.listen as a number or string, and checks it", async (t) => {
  t.equal(resolveConfig({}, {}).metrics, undefined, "off by default");
  t.same(resolveConfig({ metrics: { listen: 9464 as unknown as string } }, {}).metrics, { listen: "9464" });
  t.same(resolveConfig({ metrics: { listen: "9464" } }, { metrics: { listen: "127.0.0.1:1" } }).metrics, { listen: "127.0.0.1:1" }, "the flag wins");
  t.throws(() => resolveConfig({ metrics: { listen: "nope" } }, {}), /metrics.listen: expected PORT/);
});
