/**
 * Errors as JSON problem documents (RFC 9457), with HTTP status codes that
 * say what the CLI's exit codes say:
 *
 *   exit 2 usage ─▶ 400   3 nothing matched ─▶ 404   4 no response ─▶ 504
 *   exit 5 no broker ─▶ 503   6 refused ─▶ 403   1 failed ─▶ 409 (conflict, no place) / 422 (a host refused) / 502 (a job failed)
 *   exit 7 unexpected ─▶ 500
 */
import { InvalidArgumentError } from "commander";
import { EXIT, exitCodeForError, FleetError, type HostFailure, type Verdict } from "../../index.js";

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  /** The CLI's exit code for the same outcome. */
  exitCode: number;
  /** Hosts that answered with a failure (or did not answer). */
  failures?: HostFailure[];
  /** For placement: every host's verdict. */
  verdicts?: Verdict[];
}

const TITLES: Record<number, string> = {
  400: "Bad input",
  401: "Not logged in",
  403: "Refused",
  404: "Nothing matched",
  409: "Conflict",
  422: "A host refused",
  429: "Too many attempts",
  500: "Unexpected error",
  502: "The operation failed",
  503: "The broker cannot be reached",
  504: "No response",
};

const EXIT_STATUS: Record<number, number> = {
  [EXIT.USAGE]: 400,
  [EXIT.NO_MATCH]: 404,
  [EXIT.NO_RESPONSE]: 504,
  [EXIT.UNAVAILABLE]: 503,
  [EXIT.UNAUTHORIZED]: 403,
  [EXIT.UNEXPECTED]: 500,
};

const STATUS_EXIT: Record<number, number> = { 400: EXIT.USAGE, 401: EXIT.UNAUTHORIZED, 403: EXIT.UNAUTHORIZED, 404: EXIT.NO_MATCH, 409: EXIT.FAILED, 422: EXIT.FAILED, 429: EXIT.UNAUTHORIZED, 502: EXIT.FAILED, 503: EXIT.UNAVAILABLE, 504: EXIT.NO_RESPONSE };

/** A problem document of this status. */
export function problem(status: number, detail: string, extra: Partial<Problem> = {}): Problem {
  return { type: `https://ampm.example/problems/${status}`, title: TITLES[status] ?? "Error", status, detail, exitCode: STATUS_EXIT[status] ?? EXIT.UNEXPECTED, ...extra };
}

/** The problem document for an error a call or a fleet operation threw. */
export function problemOf(err: unknown): Problem {
  if (err instanceof InvalidArgumentError) return problem(400, err.message);
  const validation = (err as { validation?: unknown; statusCode?: number; message?: string }) ?? {};
  if (validation.validation || (validation.statusCode && validation.statusCode >= 400 && validation.statusCode < 500)) {
    return problem(validation.statusCode === 415 ? 400 : (validation.statusCode ?? 400), String(validation.message ?? "bad request"));
  }
  const exit = exitCodeForError(err);
  let status = EXIT_STATUS[exit] ?? 500;
  if (err instanceof FleetError && exit === EXIT.FAILED) status = err.code === "refused" ? 422 : err.code === "failed" ? 502 : 409;
  const detail = exit === EXIT.UNEXPECTED ? `unexpected error: ${err instanceof Error ? `${err.name}: ${err.message}` : String(err)}` : (err as Error).message;
  const out = problem(status, detail, { exitCode: exit });
  if (err instanceof FleetError && err.verdicts.length > 0) out.verdicts = err.verdicts;
  return out;
}

/** An error that is already a problem document (with per-host failures). */
export class ProblemError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail);
  }
}
