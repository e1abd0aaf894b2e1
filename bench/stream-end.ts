/**
 * The receiving end of a bench stream in a process of its own (bench/stream.ts forks it), as the
 * target agent of a migration is: its own event loop, its own worker thread, its own connection.
 *
 *   raw   counts the bytes of one subject and acks every 8 MiB and at the end (the floor's receiver)
 *   ampm  receiveFile (agents/src/transfer) once the parent says go; sends back the time it took
 *
 * Parent → child (IPC): {go: true} then {exit: true}. Child → parent: {ready: true}, then for ampm
 * {ms} or {error}.
 */
import { connectTransport } from "../proto/wire/index.js";
import { receiveFile, type ReceiveOptions } from "../agents/src/transfer/index.js";
import { rawReceiver } from "./stream.js";

export type EndSpec =
  | { mode: "raw"; server: string; subject: string; total: number }
  | ({ mode: "ampm"; server: string } & Omit<ReceiveOptions, "transport" | "signal" | "onDurable" | "onProgress" | "onRestart">);

export type EndMessage = { ready: true } | { ms: number } | { error: string };

function say(m: EndMessage): void {
  process.send?.(m);
}

function next(key: "go" | "exit"): Promise<void> {
  return new Promise((resolve) => {
    const on = (m: Record<string, unknown>) => {
      if (!m[key]) return;
      process.off("message", on);
      resolve();
    };
    process.on("message", on);
  });
}

async function main(spec: EndSpec): Promise<void> {
  const transport = await connectTransport({ servers: [spec.server], name: `bench stream end (${spec.mode})` });
  try {
    if (spec.mode === "raw") {
      rawReceiver(transport, spec.subject, spec.total);
      await transport.flush();
      say({ ready: true });
      await next("exit");
      return;
    }
    const { mode: _mode, server: _server, ...options } = spec;
    say({ ready: true });
    await next("go");
    const t0 = performance.now();
    try {
      await receiveFile({ ...options, transport });
      say({ ms: performance.now() - t0 });
    } catch (err) {
      say({ error: (err as Error).message });
    }
    await next("exit");
  } finally {
    await transport.close();
  }
}

const arg = process.argv[2];
if (!arg || !process.send) {
  console.error("bench/stream-end: forked by bench/stream.ts with one JSON argument (the end's spec)");
  process.exit(2);
}
main(JSON.parse(arg) as EndSpec).then(
  () => process.exit(0),
  (err: Error) => {
    console.error(`bench/stream-end: ${err.message}`);
    process.exit(1);
  },
);
