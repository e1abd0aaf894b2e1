/**
 * sd_notify for systemd's Type=notify, without a native addon: Node has no
 * unix datagram sockets, so each message goes through systemd's own
 * `systemd-notify` (the unit sets NotifyAccess=all, since the sender is a
 * child). systemd-notify waits until the manager has read the message.
 *
 *   NOTIFY_SOCKET set ─▶ READY=1 once subscribed ─▶ WATCHDOG=1 every WATCHDOG_USEC/2 ─▶ STOPPING=1 on drain
 */
import { execFile } from "node:child_process";
import type { Logger } from "./log.js";

export interface NotifierOptions {
  env: NodeJS.ProcessEnv;
  log: Logger;
  pid?: number;
  /** The command that sends a message (tests may point it elsewhere). */
  command?: string;
}

export class SystemdNotifier {
  private watchdog: NodeJS.Timeout | undefined;
  private warned = false;

  private constructor(
    private readonly options: NotifierOptions,
    /** Half the watchdog interval in ms, when systemd asked for pings for this process. */
    readonly watchdogEveryMs: number | undefined,
  ) {}

  /** A notifier when started by systemd with Type=notify (NOTIFY_SOCKET), else undefined. */
  static fromEnv(options: NotifierOptions): SystemdNotifier | undefined {
    const { env } = options;
    if (!env.NOTIFY_SOCKET) return undefined;
    const usec = Number(env.WATCHDOG_USEC);
    const forUs = !env.WATCHDOG_PID || Number(env.WATCHDOG_PID) === (options.pid ?? process.pid);
    const every = Number.isFinite(usec) && usec > 0 && forUs ? Math.max(1, Math.floor(usec / 2000)) : undefined;
    return new SystemdNotifier(options, every);
  }

  /** Sends `KEY=VALUE` assignments; resolves when sent (or failed: logged once, never thrown). */
  send(...assignments: string[]): Promise<void> {
    return new Promise((resolve) => {
      execFile(this.options.command ?? "systemd-notify", assignments, { env: this.options.env, timeout: 10_000 }, (err, _stdout, stderr) => {
        if (err && !this.warned) {
          this.warned = true;
          this.options.log.warn({ err: err.message, stderr: String(stderr).trim() }, "cannot notify systemd (systemd-notify failed)");
        }
        resolve();
      });
    });
  }

  /** READY=1 and, if systemd asked for them, watchdog pings from now on. */
  async ready(status: string): Promise<void> {
    await this.send("READY=1", `STATUS=${status}`, `MAINPID=${this.options.pid ?? process.pid}`);
    if (this.watchdogEveryMs !== undefined && !this.watchdog) {
      this.watchdog = setInterval(() => void this.send("WATCHDOG=1"), this.watchdogEveryMs);
      this.watchdog.unref();
    }
  }

  status(text: string): Promise<void> {
    return this.send(`STATUS=${text}`);
  }

  stopping(): Promise<void> {
    if (this.watchdog) clearInterval(this.watchdog);
    this.watchdog = undefined;
    return this.send("STOPPING=1");
  }
}
