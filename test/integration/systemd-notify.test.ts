/**
 * Type=notify without systemd: a real agent started with NOTIFY_SOCKET
 * pointing at a datagram socket of the test's (a Python stand-in for
 * systemd) says READY=1 once subscribed, pings the watchdog at half of
 * WATCHDOG_USEC, and STOPPING=1 when it drains.
 */
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import t from "tap";
import { startAgent } from "../helpers/agents.js";
import { startBroker } from "../helpers/broker.js";
import { ROOT } from "../helpers/paths.js";

const missing = spawnSync("systemd-notify", ["--help"]).error ? "systemd-notify is not installed (Debian package systemd)" : false;

t.test("READY=1 once subscribed, WATCHDOG=1 pings, STOPPING=1 on drain", { skip: missing }, async (t) => {
  const broker = await startBroker();
  t.teardown(() => broker.stop());
  const socketPath = join(mkdtempSync(join(tmpdir(), "ampm-notify-")), "notify.sock");
  const receiver = spawn("/usr/bin/python3", [join(ROOT, "test", "fixtures", "systemd", "notify-socket.py"), socketPath], { stdio: ["ignore", "pipe", "pipe"] });
  t.teardown(() => void receiver.kill());
  const messages: string[] = [];
  let buffered = "";
  let listening!: () => void;
  const ready = new Promise<void>((resolve) => (listening = resolve));
  receiver.stdout.on("data", (d) => {
    buffered += d;
    const lines = buffered.split("\n");
    buffered = lines.pop() ?? "";
    for (const line of lines) {
      const doc = JSON.parse(line) as { listening?: string; message?: string };
      if (doc.listening) listening();
      if (doc.message) messages.push(doc.message);
    }
  });
  await ready;

  const agent = await startAgent(broker.url, { identity: "notify1.example.com", env: { NOTIFY_SOCKET: socketPath, WATCHDOG_USEC: "400000" } });
  const deadline = Date.now() + 20_000;
  while (messages.filter((m) => m === "WATCHDOG=1").length < 2 && Date.now() < deadline) await sleep(50);
  const readyMessage = messages.find((m) => m.split("\n").includes("READY=1"));
  t.ok(readyMessage, `READY=1 was sent (got: ${JSON.stringify(messages)})`);
  t.match(readyMessage ?? "", new RegExp(`^MAINPID=${agent.process.pid}$`, "m"), "with the agent's pid");
  t.match(readyMessage ?? "", /^STATUS=serving notify1\.example\.com/m);
  t.ok(messages.filter((m) => m === "WATCHDOG=1").length >= 2, "the watchdog is pinged again and again");
  t.ok(messages.indexOf(readyMessage!) < messages.indexOf("WATCHDOG=1"), "pings start after READY");
  t.equal(await agent.stop(), 0, "drains and exits 0");
  await sleep(200);
  t.ok(messages.includes("STOPPING=1"), "STOPPING=1 on SIGTERM");
});
