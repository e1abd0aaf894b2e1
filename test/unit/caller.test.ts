/**
 * The wire caller (proto/wire/caller.ts) on the in-memory transport, with
 * hand-made hosts: what it sends (signed, bound to each target) and what it
 * makes of what comes back (results with status, the silent named).
 */
import t from "tap";
import {
  broadcastSubject,
  Caller,
  createReply,
  decodeRequest,
  encodeJson,
  encodeReply,
  JSON_BODY,
  nodeSubject,
  provesTarget,
  SigningKey,
  splitSignature,
  Status,
  Verifier,
  type Request,
  type Transport,
} from "../../proto/wire/index.js";
import { MemoryBroker } from "../helpers/memory-transport.js";

type Answer = (request: Request, raw: Uint8Array) => Uint8Array | null;

/** A host that answers on its own subject and on the broadcast subject of `agent` (null: stays silent). */
function host(transport: Transport, identity: string, answer: Answer, agent = "rpcutil"): void {
  const handle = (msg: { data: Uint8Array; reply?: string }) => {
    const request = decodeRequest(msg.data);
    const bytes = answer(request, msg.data);
    if (bytes && msg.reply) transport.publish(msg.reply, bytes);
  };
  transport.subscribe(nodeSubject(identity), handle);
  transport.subscribe(broadcastSubject(agent), handle);
}

const echo =
  (identity: string): Answer =>
  (request) =>
    encodeReply(createReply({ requestId: request.id, sender: identity, status: Status.OK, body: encodeJson({ got: request.action, caller: request.caller }), bodyType: JSON_BODY }));

function ping(caller: Caller, timeoutMs = 200) {
  return caller.request({ agent: "rpcutil", action: "ping", body: encodeJson({}), bodyType: JSON_BODY, timeoutMs, ttlMs: 60_000 });
}

t.test("success: each target's reply decoded, with status and round trip", async (t) => {
  const broker = new MemoryBroker();
  for (const id of ["a.example.com", "b.example.com"]) host(broker.connect(), id, echo(id));
  const caller = new Caller(broker.connect(), "tester");
  t.teardown(() => caller.close());
  const seen: string[] = [];
  const outcome = await caller.send(ping(caller), { targets: ["a.example.com", "b.example.com"], waitMs: 2000, onReply: (r) => seen.push(r.sender) });
  t.same(seen.sort(), ["a.example.com", "b.example.com"]);
  t.same(outcome.noResponse, []);
  const a = outcome.results.find((r) => r.sender === "a.example.com")!;
  t.match(a, { ok: true, status: "OK", statuscode: Status.OK, data: { got: "ping", caller: "tester" }, requestId: outcome.requestId });
  t.ok(a.rttMs >= 0);
});

t.test("timeout: a silent target is named in noResponse, the others still count", async (t) => {
  const broker = new MemoryBroker();
  host(broker.connect(), "a.example.com", echo("a.example.com"));
  host(broker.connect(), "quiet.example.com", () => null);
  const caller = new Caller(broker.connect(), "tester");
  t.teardown(() => caller.close());
  const started = performance.now();
  const outcome = await caller.send(ping(caller), { targets: ["quiet.example.com", "a.example.com", "nobody.example.com"], waitMs: 150 });
  t.ok(performance.now() - started >= 140, "waited for the silent ones");
  t.same(
    outcome.results.map((r) => r.sender),
    ["a.example.com"],
  );
  t.same(outcome.noResponse, ["quiet.example.com", "nobody.example.com"], "no response from them, in the order asked");
});

t.test("a malformed reply: an undecodable envelope is counted, an undecodable body is a result with UNKNOWN_ERROR", async (t) => {
  const broker = new MemoryBroker();
  host(broker.connect(), "junk.example.com", () => new Uint8Array([0xff, 0xff, 0xff, 0x07]));
  host(broker.connect(), "badbody.example.com", (request) =>
    encodeReply(createReply({ requestId: request.id, sender: "badbody.example.com", status: Status.OK, body: new TextEncoder().encode("{not json"), bodyType: JSON_BODY })),
  );
  const caller = new Caller(broker.connect(), "tester");
  t.teardown(() => caller.close());
  const outcome = await caller.send(ping(caller), { targets: ["junk.example.com", "badbody.example.com"], waitMs: 150 });
  t.equal(outcome.malformed, 1, "the envelope that is no reply");
  t.same(outcome.noResponse, ["junk.example.com"], "the host behind it did not answer");
  t.equal(outcome.results.length, 1);
  t.match(outcome.results[0], { sender: "badbody.example.com", ok: false, status: "UNKNOWN_ERROR", statusmsg: /could not be decoded/ });
});

t.test("signatures: the caller signs each target's copy; a host that trusts another key refuses it, and that is a result", async (t) => {
  const broker = new MemoryBroker();
  const trusted = SigningKey.generate();
  const verifier = new Verifier();
  // A host as a secure agent checks: the signer is trusted, the signature holds, the copy is meant for this host.
  const strict =
    (identity: string): Answer =>
    (request, raw) => {
      const { unsigned, signature } = splitSignature(raw);
      const good = request.callerPublicKey === trusted.publicKey && signature !== undefined && verifier.verify(request.callerPublicKey, unsigned, signature) && provesTarget(identity, request.targetsRoot, request.targetProof);
      return good
        ? echo(identity)(request, raw)
        : encodeReply(createReply({ requestId: request.id, sender: identity, status: Status.UNAUTHORIZED, statusmsg: "bad signature" }));
    };
  for (const id of ["a.example.com", "b.example.com", "c.example.com"]) host(broker.connect(), id, strict(id));
  const targets = ["a.example.com", "b.example.com", "c.example.com"];

  const good = new Caller(broker.connect(), "tester", trusted);
  const signed = await good.send(ping(good), { targets, waitMs: 2000 });
  t.same(signed.results.map((r) => r.status), ["OK", "OK", "OK"], "signed by the trusted key and bound to each target");
  good.close();

  const other = new Caller(broker.connect(), "mallory", SigningKey.generate());
  const refused = await other.send(ping(other), { targets, waitMs: 2000 });
  t.same(refused.results.map((r) => r.status), ["UNAUTHORIZED", "UNAUTHORIZED", "UNAUTHORIZED"]);
  t.equal(refused.results[0]!.statusmsg, "bad signature");
  t.same(refused.noResponse, [], "a refusal is an answer, not silence");
  other.close();

  const unsigned = new Caller(broker.connect(), "anon");
  const plain = await unsigned.send(ping(unsigned), { targets: ["a.example.com"], waitMs: 2000 });
  t.equal(plain.results[0]!.status, "UNAUTHORIZED", "an unsigned request is refused too");
  unsigned.close();
});

t.test("a broadcast with an expected set (registry): ends once all answered, or names the registered host that stayed silent", async (t) => {
  const broker = new MemoryBroker();
  for (const id of ["a.example.com", "b.example.com"]) host(broker.connect(), id, echo(id));
  host(broker.connect(), "silent.example.com", () => null);
  const caller = new Caller(broker.connect(), "tester");
  t.teardown(() => caller.close());

  let started = performance.now();
  const all = await caller.send(ping(caller), { targets: null, waitMs: 5000, quietMs: 5000, expected: new Set(["a.example.com", "b.example.com"]) });
  t.ok(performance.now() - started < 2000, "did not wait for the quiet time once every expected host had answered");
  t.same(all.results.map((r) => r.sender).sort(), ["a.example.com", "b.example.com"]);
  t.same(all.noResponse, []);

  started = performance.now();
  const some = await caller.send(ping(caller), { targets: null, waitMs: 200, quietMs: 200, expected: new Set(["silent.example.com", "a.example.com", "b.example.com"]) });
  t.ok(performance.now() - started >= 190, "waited for the silent one until the wait was over");
  t.same(some.results.map((r) => r.sender).sort(), ["a.example.com", "b.example.com"]);
  t.same(some.noResponse, ["silent.example.com"]);

  started = performance.now();
  const none = await caller.send(ping(caller), { targets: null, waitMs: 3000, quietMs: 3000, expected: new Set() });
  t.ok(performance.now() - started < 1000, "no host expected: nothing to wait for");
  t.same(none.results, []);
});

t.test("a broadcast without an expected set ends when replies go quiet", async (t) => {
  const broker = new MemoryBroker();
  for (const id of ["a.example.com", "b.example.com"]) host(broker.connect(), id, echo(id));
  const caller = new Caller(broker.connect(), "tester");
  t.teardown(() => caller.close());
  const started = performance.now();
  const outcome = await caller.send(ping(caller), { targets: null, waitMs: 5000, quietMs: 50 });
  t.ok(performance.now() - started < 2000);
  t.same(outcome.results.map((r) => r.sender).sort(), ["a.example.com", "b.example.com"]);
  t.same(outcome.noResponse, [], "without a registry nobody is known to be missing");
});
