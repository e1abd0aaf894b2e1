/**
 * Status codes of ampm.v1 replies, and the one table that maps them to and
 * from errors.
 */
import { ampm } from "./proto.js";
import { AmpmError } from "./errors.js";

export const Status = ampm.v1.Status;
export type StatusCode = ampm.v1.Status;

const NAMES: ReadonlyMap<number, string> = new Map(
  Object.entries(ampm.v1.Status).map(([name, code]) => [code as number, name]),
);

/** "OK", "TIMEOUT", ... or "STATUS_<n>" for a code this version does not know. */
export function statusName(code: number): string {
  return NAMES.get(code) ?? `STATUS_${code}`;
}

/** Parses a status name ("timeout", "TIMEOUT") or number; undefined when unknown. */
export function statusFromName(name: string): StatusCode | undefined {
  const upper = name.trim().toUpperCase();
  if (/^\d+$/.test(upper)) return NAMES.has(Number(upper)) ? (Number(upper) as StatusCode) : undefined;
  const code = (ampm.v1.Status as unknown as Record<string, number>)[upper];
  return code === undefined ? undefined : (code as StatusCode);
}

/**
 * An action's failure with a status. Throw it from an action to reply with
 * that status and message; the client gives it back as data, not as an
 * exception.
 */
export class StatusError extends AmpmError {
  constructor(
    readonly status: StatusCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** The status and message a reply should carry for an error thrown by an action. */
export function statusOf(err: unknown): { status: StatusCode; message: string } {
  if (err instanceof StatusError) return { status: err.status, message: err.message };
  if (err instanceof Error) {
    if (err.name === "AbortError" || err.name === "TimeoutError") {
      return { status: Status.TIMEOUT, message: err.message };
    }
    return { status: Status.UNKNOWN_ERROR, message: `${err.name}: ${err.message}` };
  }
  return { status: Status.UNKNOWN_ERROR, message: String(err) };
}
