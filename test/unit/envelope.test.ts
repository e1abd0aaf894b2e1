import { randomBytes } from "node:crypto";
import t from "tap";
import {
  ampm,
  createReply,
  createRequest,
  decodeBody,
  decodeMessage,
  decodeReply,
  decodeRequest,
  encodeMessage,
  encodeReply,
  encodeRequest,
  lookupType,
  newRequestId,
  ProtocolError,
  Status,
  statusFromName,
  statusName,
  typeName,
} from "../../proto/wire/index.js";

t.test("a request survives encode and decode", async (t) => {
  const request = createRequest({
    agent: "rpcutil",
    action: "echo",
    caller: "alice",
    ttlMs: 60_000,
    timeoutMs: 5000,
    filter: { identity: ["web*"], facts: [{ fact: "rack", op: "=", value: "r1" }], tags: ["dmz"], agents: ["hypervisor"], where: "not disabled" },
    body: encodeMessage(ampm.v1.EchoRequest, { message: "hi", delayMs: 5 }),
    bodyType: typeName(ampm.v1.EchoRequest),
  });
  const decoded = decodeRequest(encodeRequest(request));
  t.equal(decoded.protocol, "ampm.v1");
  t.match(decoded.id, /^[0-9a-f]{32}$/);
  t.equal(decoded.caller, "alice");
  t.equal(decoded.agent, "rpcutil");
  t.equal(decoded.action, "echo");
  t.equal(decoded.ttlMs, 60_000);
  t.equal(decoded.timeoutMs, 5000);
  t.equal(typeof decoded.createdAtMs, "number");
  t.ok(Math.abs(decoded.createdAtMs - Date.now()) < 5000);
  t.same(decoded.filter?.identity, ["web*"]);
  t.same(decoded.filter?.facts?.[0], { fact: "rack", op: "=", value: "r1" });
  t.equal(decoded.filter?.where, "not disabled");
  t.equal(decoded.bodyType, "ampm.v1.EchoRequest");
  t.same(decodeMessage(ampm.v1.EchoRequest, decoded.body), { message: "hi", delayMs: 5 });
});

t.test("a reply survives encode and decode", async (t) => {
  const reply = createReply({ requestId: newRequestId(), sender: "h1", status: Status.TIMEOUT, statusmsg: "too slow", actionMs: 12.5, receivedAtMs: 1000 });
  const decoded = decodeReply(encodeReply(reply));
  t.equal(decoded.sender, "h1");
  t.equal(decoded.statuscode, Status.TIMEOUT);
  t.equal(decoded.statusmsg, "too slow");
  t.equal(decoded.timing?.actionMs, 12.5);
  t.equal(createReply({ requestId: "x", sender: "h", status: Status.OK }).statusmsg, "OK");
});

t.test("anything that is not an ampm.v1 request is a ProtocolError", async (t) => {
  t.throws(() => decodeRequest(Buffer.from("hello world")), ProtocolError);
  t.throws(() => decodeRequest(new Uint8Array(0)), ProtocolError, "empty bytes decode to an empty message: no protocol");
  const other = ampm.v1.Request.encode({ protocol: "ampm.v2", id: "abc" }).finish();
  t.throws(() => decodeRequest(other), /unknown protocol "ampm.v2"/);
  const noId = ampm.v1.Request.encode({ protocol: "ampm.v1", id: "" }).finish();
  t.throws(() => decodeRequest(noId), /valid id/);
  t.throws(() => decodeReply(Buffer.from([0xff, 0xff, 0xff])), ProtocolError);
  let other2 = 0;
  for (let i = 0; i < 2000; i++) {
    try {
      decodeRequest(randomBytes(1 + (i % 300)));
    } catch (err) {
      if (!(err instanceof ProtocolError)) other2++;
    }
  }
  t.equal(other2, 0, "2000 random buffers: only ProtocolErrors");
});

t.test("facts travel as google.protobuf.Struct and read back as plain JSON", async (t) => {
  const facts = { rack: "r12", cpus: 8, dmz: true, none: null, roles: ["web", 2], os: { family: "debian", release: { major: 12 } } };
  const bytes = encodeMessage(ampm.v1.FactsReply, { facts, tags: ["a"] });
  t.same(decodeMessage(ampm.v1.FactsReply, bytes), { facts, tags: ["a"] });
  t.same(decodeBody(bytes, "ampm.v1.FactsReply"), { facts, tags: ["a"] });
});

t.test("bodies decode by body_type", async (t) => {
  t.same(decodeBody(Buffer.from('{"a":1}'), "application/json"), { a: 1 });
  t.throws(() => decodeBody(Buffer.from("{nope"), "application/json"), ProtocolError);
  t.same(decodeBody(Buffer.from([1, 2]), "x/unknown"), { bodyType: "x/unknown", base64: "AQI=" });
  t.equal(lookupType("ampm.v1.PingReply"), ampm.v1.PingReply);
  t.equal(lookupType("ampm.v1.nothing"), undefined);
  t.equal(lookupType("other.PingReply"), undefined);
  t.equal(lookupType("ampm.v1.Status"), undefined, "an enum is not a message");
});

t.test("status names", async (t) => {
  const table: [number, string][] = [
    [0, "OK"],
    [1, "ABORTED"],
    [2, "UNKNOWN_ACTION"],
    [3, "MISSING_DATA"],
    [4, "INVALID_DATA"],
    [5, "UNKNOWN_ERROR"],
    [6, "UNAUTHORIZED"],
    [7, "EXPIRED"],
    [8, "BUSY"],
    [9, "TIMEOUT"],
    [42, "STATUS_42"],
  ];
  for (const [code, name] of table) t.equal(statusName(code), name);
  t.equal(statusFromName("timeout"), Status.TIMEOUT);
  t.equal(statusFromName("8"), Status.BUSY);
  t.equal(statusFromName("nope"), undefined);
});
