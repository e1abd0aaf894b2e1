/**
 * What a fan-out call gives back: one result per host (a failed host is
 * data, not an exception) and a summary.
 */
import type { CallResult } from "../../proto/wire/index.js";

/** One host's answer, decoded (the wire caller's result: proto/wire/caller.ts). */
export type HostResult = CallResult;

export interface HostFailure {
  sender: string;
  statuscode: number;
  status: string;
  statusmsg: string;
}

/** A host the registry shows as gone (it stopped heartbeating): matched the filter but was not asked. */
export interface GoneHost {
  identity: string;
  /** When its last registry write was (ISO 8601). */
  lastSeen: string;
  /** How long ago that was, when discovery read the registry. */
  lastSeenAgoMs: number;
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
  /**
   * Registry discovery only: hosts that match but are gone from the
   * registry, not asked. Apart from noResponse (registered and silent):
   * they alone never make the exit code 4.
   */
  gone: GoneHost[];
  /** Replies from hosts that were not asked (should not happen; kept for diagnosis). */
  unexpected: string[];
  discoveryMs: number;
  elapsedMs: number;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** Rounds the summary's times to 0.01 ms. */
export function roundTimes(summary: CallSummary): CallSummary {
  return { ...summary, discoveryMs: round2(summary.discoveryMs), elapsedMs: round2(summary.elapsedMs) };
}
