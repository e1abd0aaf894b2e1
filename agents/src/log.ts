/** pino logs: JSON lines, or pretty ones when stdout is a terminal. */
import { pino, type Logger, type LevelWithSilent } from "pino";
import { PinoPretty } from "pino-pretty";

export type { Logger };

export interface LogOptions {
  level: LevelWithSilent;
  pretty?: boolean;
  name?: string;
}

export function createLogger(options: LogOptions): Logger {
  const base = { level: options.level, name: options.name, base: { pid: process.pid } };
  if (options.pretty ?? process.stdout.isTTY) {
    return pino(base, PinoPretty({ colorize: true, sync: true, ignore: "pid,hostname" }));
  }
  return pino(base);
}
