/**
 * One table keyed by the Status enum says what a host's status makes of a
 * call: its exit code, and the FleetError of a fleet operation it fails.
 */
import t from "tap";
import { EXIT, exitCodeFor, exitCodeForError, FleetError, outcomeOf, STATUS_OUTCOMES, type CallSummary } from "../../client/src/index.js";
import { ConfigError, ConnectionError, PermissionError, Status } from "../../proto/wire/index.js";

const summary = (failed: { statuscode: number; status: string }[], more: Partial<CallSummary> = {}): CallSummary => ({
  agent: "rpcutil",
  action: "ping",
  requestIds: [],
  discovered: failed.length + 1,
  targets: [],
  ok: 1,
  failed: failed.map((f, i) => ({ sender: `h${i}`, statusmsg: "", ...f })),
  noResponse: [],
  gone: [],
  unexpected: [],
  discoveryMs: 0,
  elapsedMs: 0,
  ...more,
});

t.test("every status has its outcome", async (t) => {
  const codes = Object.values(Status).filter((v): v is number => typeof v === "number");
  t.same(Object.keys(STATUS_OUTCOMES).map(Number).sort((a, b) => a - b), codes.sort((a, b) => a - b));
  t.equal(outcomeOf(Status.OK).exit, EXIT.OK);
  t.same(outcomeOf(Status.UNAUTHORIZED), { exit: EXIT.UNAUTHORIZED, error: "unauthorized" });
  t.same(outcomeOf(Status.UNKNOWN_ACTION), { exit: EXIT.FAILED, error: "not-found" });
  t.same(outcomeOf(42), { exit: EXIT.FAILED, error: "refused" }, "a code this version does not know is a failure");
});

t.test("a call's exit code comes from the status codes, not their names", async (t) => {
  t.equal(exitCodeFor(summary([])), EXIT.OK);
  t.equal(exitCodeFor(summary([{ statuscode: Status.TIMEOUT, status: "TIMEOUT" }])), EXIT.FAILED);
  t.equal(exitCodeFor(summary([{ statuscode: Status.TIMEOUT, status: "TIMEOUT" }, { statuscode: Status.UNAUTHORIZED, status: "STATUS_6" }])), EXIT.UNAUTHORIZED);
  t.equal(exitCodeFor(summary([{ statuscode: Status.TIMEOUT, status: "UNAUTHORIZED" }])), EXIT.FAILED, "a name is only a name: not 6");
  t.equal(exitCodeFor(summary([], { discovered: 0, ok: 0 })), EXIT.NO_MATCH);
  t.equal(exitCodeFor(summary([{ statuscode: Status.UNAUTHORIZED, status: "UNAUTHORIZED" }], { noResponse: ["h9"] })), EXIT.NO_RESPONSE);
});

t.test("errors a call throws: their exit codes", async (t) => {
  const table: [unknown, number][] = [
    [new FleetError("x", "not-found"), EXIT.NO_MATCH],
    [new FleetError("x", "no-response"), EXIT.NO_RESPONSE],
    [new FleetError("x", "unauthorized"), EXIT.UNAUTHORIZED],
    [new FleetError("x", "no-place"), EXIT.FAILED],
    [new PermissionError("x"), EXIT.UNAUTHORIZED],
    [new ConnectionError("x"), EXIT.UNAVAILABLE],
    [new ConfigError("x"), EXIT.USAGE],
    [new RangeError("x"), EXIT.USAGE],
    [new TypeError("x"), EXIT.UNEXPECTED],
    ["a string", EXIT.UNEXPECTED],
  ];
  for (const [err, code] of table) t.equal(exitCodeForError(err), code, String(err));
});

t.test("hosts gone from the registry never make the exit code on their own", async (t) => {
  const gone = [{ identity: "old.example.com", lastSeen: "2026-01-01T00:00:00.000Z", lastSeenAgoMs: 60_000 }];
  t.equal(exitCodeFor(summary([], { gone })), EXIT.OK, "the others answered: 0");
  t.equal(exitCodeFor(summary([], { gone, noResponse: ["silent.example.com"] })), EXIT.NO_RESPONSE, "a registered but silent host still makes it 4");
  t.equal(exitCodeFor(summary([], { gone, discovered: 0, ok: 0 })), EXIT.NO_MATCH, "every match gone: nothing was asked, as when nothing matched");
});
