/**
 * What a fan-out call gives back: one result per host (a failed host is
 * data, not an exception) and a summary.
 */
import { Status, statusName, type Reply } from "../../proto/wire/index.js";
import { decodeBody } from "../../proto/wire/index.js";

export interface HostResult {
  sender: string;
  ok: boolean;
  statuscode: number;
  /** "OK", "TIMEOUT", ... */
  status: string;
  statusmsg: string;
  /** The decoded body: a plain object for protobuf and JSON bodies. */
  data: unknown;
  requestId: string;
  /** From publishing the request to receiving this reply. */
  rttMs: number;
  /** How long the action ran on the host. */
  actionMs: number;
}

export interface HostFailure {
  sender: string;
  statuscode: number;
  status: string;
  statusmsg: string;
}

export interface CallSummary {
  agent: string;
  action: string;
  requestIds: string[];
  /** How many hosts were asked (for a broadcast without discovery: how many answered). */
  discovered: number;
  /** The hosts asked, when known (direct addressing). */
  targets: string[];
  ok: number;
  failed: HostFailure[];
  /** Asked but silent until the timeout: exact, because requests went to each host's own subject. */
  noResponse: string[];
  /** Replies from hosts that were not asked (should not happen; kept for diagnosis). */
  unexpected: string[];
  discoveryMs: number;
  elapsedMs: number;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

export function toHostResult(reply: Reply, rttMs: number): HostResult {
  let data: unknown = null;
  let statuscode: number = reply.statuscode;
  let statusmsg = reply.statusmsg;
  try {
    data = decodeBody(reply.body, reply.bodyType);
  } catch (err) {
    statuscode = Status.UNKNOWN_ERROR;
    statusmsg = `the reply's body could not be decoded: ${(err as Error).message}`;
  }
  return {
    sender: reply.sender,
    ok: statuscode === Status.OK,
    statuscode,
    status: statusName(statuscode),
    statusmsg,
    data,
    requestId: reply.requestId,
    rttMs: round2(rttMs),
    actionMs: round2(reply.timing?.actionMs ?? 0),
  };
}

/** Rounds the summary's times to 0.01 ms. */
export function roundTimes(summary: CallSummary): CallSummary {
  return { ...summary, discoveryMs: round2(summary.discoveryMs), elapsedMs: round2(summary.elapsedMs) };
}
