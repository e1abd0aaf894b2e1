/**
 * What a call's outcome means, in one place: a host's status ⇄ the
 * FleetError of a fleet operation it fails ⇄ the exit code of the CLI.
 *
 *   STATUS_OUTCOMES   Status ─▶ { exit code, FleetError code }
 *   exitCodeFor       a call's summary ─▶ exit code
 *   exitCodeForError  an error thrown by a call ─▶ exit code
 */
import {
  AmpmError,
  ConfigError,
  ConnectionError,
  FilterSyntaxError,
  InvalidInputError,
  NotFoundError,
  PermissionError,
  Status,
  type StatusCode,
} from "../../proto/wire/index.js";
import type { Verdict } from "../../proto/domain/index.js";
import type { CallSummary } from "./results.js";

/** Exit codes of the CLI, also useful to scripts using the library. */
export const EXIT = Object.freeze({
  /** Every host answered OK. */
  OK: 0,
  /** Some hosts answered with a failure. */
  FAILED: 1,
  /** Usage: flags, filter syntax, inputs, config files. */
  USAGE: 2,
  /** No host matched. */
  NO_MATCH: 3,
  /** Some hosts did not answer. */
  NO_RESPONSE: 4,
  /** The call could not happen at all: no broker, lost connection. */
  UNAVAILABLE: 5,
  /** Refused: a host (signature, trust, policy) or the broker (login, permissions). */
  UNAUTHORIZED: 6,
  /** An error ampm did not expect (a bug): a one-line message; --debug shows the stack. */
  UNEXPECTED: 7,
});

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

export type FleetErrorCode = "not-found" | "conflict" | "refused" | "unauthorized" | "no-place" | "failed" | "no-response";

/** A fleet operation that cannot be done, with a code the CLI turns into an exit code. */
export class FleetError extends AmpmError {
  constructor(
    message: string,
    readonly code: FleetErrorCode,
    /** For placement: every host's verdict. */
    readonly verdicts: Verdict[] = [],
  ) {
    super(message);
  }
}

interface Outcome {
  /** The exit code of a call in which a host answered with this status. */
  exit: ExitCode;
  /** The FleetError code of a fleet operation that a host fails with this status. */
  error?: FleetErrorCode;
}

/** The one table: every status a host can answer with, and what it makes of a call. */
export const STATUS_OUTCOMES: Readonly<Record<StatusCode, Outcome>> = Object.freeze({
  [Status.OK]: { exit: EXIT.OK },
  [Status.ABORTED]: { exit: EXIT.FAILED, error: "refused" },
  [Status.UNKNOWN_ACTION]: { exit: EXIT.FAILED, error: "not-found" },
  [Status.MISSING_DATA]: { exit: EXIT.FAILED, error: "refused" },
  [Status.INVALID_DATA]: { exit: EXIT.FAILED, error: "refused" },
  [Status.UNKNOWN_ERROR]: { exit: EXIT.FAILED, error: "refused" },
  [Status.UNAUTHORIZED]: { exit: EXIT.UNAUTHORIZED, error: "unauthorized" },
  [Status.EXPIRED]: { exit: EXIT.FAILED, error: "refused" },
  [Status.BUSY]: { exit: EXIT.FAILED, error: "refused" },
  [Status.TIMEOUT]: { exit: EXIT.FAILED, error: "refused" },
});

/** A status's outcome; a code this version does not know is a failure. */
export function outcomeOf(statuscode: number): Outcome {
  return STATUS_OUTCOMES[statuscode as StatusCode] ?? { exit: EXIT.FAILED, error: "refused" };
}

const FLEET_ERROR_EXIT: Readonly<Record<FleetErrorCode, ExitCode>> = Object.freeze({
  "not-found": EXIT.NO_MATCH,
  "no-response": EXIT.NO_RESPONSE,
  unauthorized: EXIT.UNAUTHORIZED,
  conflict: EXIT.FAILED,
  refused: EXIT.FAILED,
  "no-place": EXIT.FAILED,
  failed: EXIT.FAILED,
});

/** 3 when nothing matched, 4 when some host did not answer, 6 when some refused the caller, 1 when some failed, else 0. */
export function exitCodeFor(summary: CallSummary): ExitCode {
  if (summary.discovered === 0 && summary.failed.length === 0) return EXIT.NO_MATCH;
  if (summary.noResponse.length > 0) return EXIT.NO_RESPONSE;
  const exits = summary.failed.map((f) => outcomeOf(f.statuscode).exit);
  if (exits.includes(EXIT.UNAUTHORIZED)) return EXIT.UNAUTHORIZED;
  if (exits.length > 0) return EXIT.FAILED;
  return EXIT.OK;
}

/** The exit code for an error a call or a fleet operation threw: 2 for what the caller can fix, 7 for what nobody expected. */
export function exitCodeForError(err: unknown): ExitCode {
  if (err instanceof FleetError) return FLEET_ERROR_EXIT[err.code];
  if (err instanceof PermissionError) return EXIT.UNAUTHORIZED;
  if (err instanceof ConnectionError) return EXIT.UNAVAILABLE;
  const usage = [FilterSyntaxError, ConfigError, NotFoundError, InvalidInputError, RangeError];
  if (usage.some((type) => err instanceof type)) return EXIT.USAGE;
  return EXIT.UNEXPECTED;
}
