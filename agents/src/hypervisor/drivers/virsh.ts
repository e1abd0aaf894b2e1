/**
 * One long-lived `virsh` per agent: commands go to its stdin one at a time,
 * each followed by markers echoed on stdout and stderr, so the output and
 * the errors of each command can be told apart. One connection for the
 * agent's life serves a real libvirtd as well as it serves the test:///
 * driver, whose state lives only as long as its connection.
 */
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import type { Logger } from "pino";

export class VirshError extends Error {
  override name = "VirshError";
}

interface Pending {
  command: string;
  marker: number;
  out?: string;
  err?: string;
  resolve: (stdout: string) => void;
  reject: (err: Error) => void;
  timer: NodeJS.Timeout;
}

const SAFE = /^[^'\n\r]*$/;

/** An argument quoted for virsh's shell-like parser (arguments with quotes or newlines are refused). */
export function quote(arg: string): string {
  if (!SAFE.test(arg)) throw new VirshError(`cannot pass ${JSON.stringify(arg)} to virsh`);
  return `'${arg}'`;
}

export class VirshSession {
  private child: ChildProcessWithoutNullStreams | undefined;
  private stdout = "";
  private stderr = "";
  private readonly queue: { args: string[]; resolve: (s: string) => void; reject: (e: Error) => void }[] = [];
  private current: Pending | undefined;
  private next = 0;

  constructor(
    readonly uri: string,
    private readonly log: Logger,
    private readonly timeoutMs = 120_000,
  ) {}

  /** Runs one virsh command; resolves with its stdout, rejects with its error lines. */
  run(args: string[]): Promise<string> {
    return new Promise((resolve, reject) => {
      this.queue.push({ args, resolve, reject });
      this.pump();
    });
  }

  async close(): Promise<void> {
    const child = this.child;
    this.child = undefined;
    if (!child || child.exitCode !== null) return;
    child.stdin.end("quit\n");
    await new Promise((resolve) => {
      const timer = setTimeout(() => (child.kill("SIGKILL"), resolve(undefined)), 2000);
      child.once("exit", () => (clearTimeout(timer), resolve(undefined)));
    });
  }

  private start(): ChildProcessWithoutNullStreams {
    const child = spawn("virsh", ["-q", "-c", this.uri], { stdio: ["pipe", "pipe", "pipe"] });
    this.stdout = "";
    this.stderr = "";
    child.stdout.setEncoding("utf8");
    child.stderr.setEncoding("utf8");
    child.stdout.on("data", (d: string) => {
      this.stdout += d;
      this.check();
    });
    child.stderr.on("data", (d: string) => {
      this.stderr += d;
      this.check();
    });
    child.on("error", (err) => this.fail(new VirshError(`cannot run virsh: ${err.message} (install libvirt-clients)`)));
    child.on("exit", (code, signal) => {
      if (this.child === child) this.child = undefined;
      this.fail(new VirshError(`virsh (${this.uri}) exited (${signal ?? code}): ${this.stderr.trim().split("\n").slice(-2).join(" ")}`));
    });
    this.log.info({ uri: this.uri, pid: child.pid }, "virsh session started");
    return child;
  }

  private pump(): void {
    if (this.current || this.queue.length === 0) return;
    const { args, resolve, reject } = this.queue.shift()!;
    let command: string;
    try {
      command = args.map((a, i) => (i === 0 ? a : quote(a))).join(" ");
    } catch (err) {
      reject(err as Error);
      return this.pump();
    }
    this.child ??= this.start();
    const marker = ++this.next;
    const timer = setTimeout(() => {
      this.log.error({ command }, "virsh did not answer in time: restarting the session");
      this.child?.kill("SIGKILL");
      this.fail(new VirshError(`virsh ${args[0]} did not finish within ${this.timeoutMs / 1000} s`));
    }, this.timeoutMs);
    this.current = { command, marker, resolve, reject, timer };
    // The markers are typed split in two quoted halves: virsh echoes each command line back on
    // stdout, and only its output of `echo`, not that echo, may end the command's output.
    this.child.stdin.write(`${command}\necho '__AMPM''_OUT_${marker}__'\necho --err '__AMPM''_ERR_${marker}__'\n`);
  }

  private check(): void {
    const cur = this.current;
    if (!cur) return;
    const outMark = `__AMPM_OUT_${cur.marker}__`;
    const errMark = `error: __AMPM_ERR_${cur.marker}__`;
    if (cur.out === undefined) {
      const at = this.stdout.indexOf(outMark);
      if (at >= 0) {
        cur.out = this.stdout.slice(0, at);
        this.stdout = this.stdout.slice(at + outMark.length);
      }
    }
    if (cur.err === undefined) {
      const at = this.stderr.indexOf(errMark);
      if (at >= 0) {
        cur.err = this.stderr.slice(0, at);
        this.stderr = this.stderr.slice(at + errMark.length).replace(/^\n/, "");
      }
    }
    if (cur.out === undefined || cur.err === undefined) return;
    clearTimeout(cur.timer);
    this.current = undefined;
    const out = cur.out
      .split("\n")
      .filter((l) => !l.startsWith("virsh # "))
      .join("\n")
      .trim();
    const errors = cur.err
      .split("\n")
      .map((l) => l.trim())
      .filter(Boolean)
      .map((l) => l.replace(/^error: /, ""));
    if (errors.length > 0) cur.reject(new VirshError(errors.join("; ")));
    else cur.resolve(out);
    this.pump();
  }

  private fail(err: Error): void {
    const cur = this.current;
    this.current = undefined;
    if (cur) {
      clearTimeout(cur.timer);
      cur.reject(err);
    }
    this.pump();
  }
}
