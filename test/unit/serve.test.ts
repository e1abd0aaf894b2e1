/** ampm serve's pieces that need no broker: passwords, the logins file, --listen, problem documents. */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import t from "tap";
import { parseListen } from "../../client/src/cli/commands/serve.js";
import { checkPassword, hashPassword, readLogins } from "../../client/src/cli/serve/logins.js";
import { problemOf } from "../../client/src/cli/serve/problems.js";
import { isLoopback } from "../../client/src/cli/serve/server.js";
import { ConfigError, ConnectionError, FilterSyntaxError, FleetError, PermissionError } from "../../client/src/index.js";

t.test("passwords: scrypt hashes, salted, checked in constant time", async (t) => {
  const a = hashPassword("s3cret");
  const b = hashPassword("s3cret");
  t.match(a, /^scrypt\$16384\$8\$1\$[\w-]+\$[\w-]+$/);
  t.not(a, b, "a new salt each time");
  t.ok(checkPassword("s3cret", a));
  t.notOk(checkPassword("s3cret ", a));
  t.notOk(checkPassword("", a));
  t.notOk(checkPassword("s3cret", "plain-text"), "a malformed hash matches nothing");
  t.notOk(checkPassword("s3cret", "scrypt$0$0$0$$"));
});

t.test("the logins file: users, their key files and roles; mistakes name the user and the field", async (t) => {
  const dir = mkdtempSync(join(tmpdir(), "ampm-logins-"));
  writeFileSync(join(dir, "alice.nk"), "SU...");
  const hash = hashPassword("pw");
  const file = (name: string, text: string) => {
    writeFileSync(join(dir, name), text);
    return join(dir, name);
  };
  const logins = readLogins(file("ok.yaml", `users:\n  alice: { password: "${hash}", key: alice.nk, role: operator }\n  bob: { password: "${hash}", key: ${join(dir, "alice.nk")} }\n`));
  t.same(logins.get("alice"), { user: "alice", passwordHash: hash, key: join(dir, "alice.nk"), role: "operator" }, "a relative key is beside the file");
  t.equal(logins.get("bob")?.role, "readonly", "readonly unless said");
  t.throws(() => readLogins(file("a.yaml", `users:\n  alice: { password: "${hash}", key: nope.nk }\n`)), { message: /user "alice": key file .*nope\.nk does not exist/ });
  t.throws(() => readLogins(file("b.yaml", `users:\n  alice: { password: "pw", key: alice.nk }\n`)), { message: /"password" must be a hash from ampm serve --hash-password/ });
  t.throws(() => readLogins(file("c.yaml", `users:\n  alice: { password: "${hash}", key: alice.nk, role: admin }\n`)), { message: /"role" must be operator or readonly, got "admin"/ });
  t.throws(() => readLogins(file("d.yaml", `users:\n  "al ice": { password: "${hash}", key: alice.nk }\n`)), { message: /user name "al ice" is not valid/ });
  t.throws(() => readLogins(file("e.yaml", `users: {}\n`)), ConfigError);
  t.throws(() => readLogins(file("f.yaml", `nobody\n`)), { message: /expected "users:"/ });
});

t.test("--listen: host:port, [v6]:port, :port (loopback)", async (t) => {
  t.same(parseListen("127.0.0.1:8080"), { host: "127.0.0.1", port: 8080 });
  t.same(parseListen("[::1]:0"), { host: "::1", port: 0 });
  t.same(parseListen(":9000"), { host: "127.0.0.1", port: 9000 });
  t.same(parseListen("0.0.0.0:443"), { host: "0.0.0.0", port: 443 });
  for (const bad of ["8080", "localhost", "host:99999", "a:b"]) t.throws(() => parseListen(bad), { message: /expected HOST:PORT/ }, bad);
  t.ok(isLoopback("127.0.0.1") && isLoopback("127.1.2.3") && isLoopback("::1") && isLoopback("localhost"));
  t.notOk(isLoopback("0.0.0.0") || isLoopback("::") || isLoopback("10.0.0.1"));
});

t.test("problem documents: the HTTP status says what the exit code says", async (t) => {
  const cases: [unknown, number, number][] = [
    [new FleetError("no instance x", "not-found"), 404, 3],
    [new FleetError("h did not answer", "no-response"), 504, 4],
    [new FleetError("h refused: not allowed", "unauthorized"), 403, 6],
    [new PermissionError("the broker does not let"), 403, 6],
    [new ConnectionError("no broker"), 503, 5],
    [new FilterSyntaxError("bad", "tags has (", 9), 400, 2],
    [new FleetError("x exists already", "conflict"), 409, 1],
    [new FleetError("no host can take x", "no-place", [{ identity: "h", ok: false, reasons: ["disabled"], score: 0 }]), 409, 1],
    [new FleetError("h: cannot pause x: it is paused", "refused"), 422, 1],
    [new FleetError("the job failed", "failed"), 502, 1],
    [new TypeError("oops"), 500, 7],
  ];
  for (const [err, status, exitCode] of cases) {
    const p = problemOf(err);
    t.match(p, { status, exitCode, type: `https://ampm.example/problems/${status}` }, `${(err as Error).constructor.name}: ${(err as Error).message}`);
  }
  t.same(problemOf(new FleetError("no host can take x", "no-place", [{ identity: "h", ok: false, reasons: ["disabled"], score: 0 }])).verdicts, [{ identity: "h", ok: false, reasons: ["disabled"], score: 0 }], "with every host's verdict");
  t.match(problemOf(new TypeError("oops")).detail, /^unexpected error: TypeError: oops/);
});
