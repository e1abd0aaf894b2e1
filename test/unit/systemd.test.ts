import t from "tap";
import { SystemdNotifier } from "../../agents/src/systemd.js";

t.test("no NOTIFY_SOCKET: no messages, no systemd-notify runs", async (t) => {
  const log = { warn: () => undefined } as never;
  t.equal(SystemdNotifier.fromEnv({ env: {}, log }), undefined);
  t.equal(SystemdNotifier.fromEnv({ env: { NOTIFY_SOCKET: "/x" }, log })?.watchdogEveryMs, undefined, "no watchdog unless asked");
  t.equal(SystemdNotifier.fromEnv({ env: { NOTIFY_SOCKET: "/x", WATCHDOG_USEC: "30000000" }, log })?.watchdogEveryMs, 15_000, "half of WATCHDOG_USEC");
  t.equal(SystemdNotifier.fromEnv({ env: { NOTIFY_SOCKET: "/x", WATCHDOG_USEC: "30000000", WATCHDOG_PID: "1" }, log, pid: 42 })?.watchdogEveryMs, undefined, "another process's watchdog");
});
