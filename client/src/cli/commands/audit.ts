import type { Command } from "commander";
import { InvalidArgumentError } from "commander";
import { durationMs, EXIT, isLookup, readAudit, type AuditEntry, type AuditQuery } from "../../index.js";
import type { CommonFlags } from "../options.js";
import type { Output } from "../output.js";
import { withClient } from "../session.js";

interface AuditFlags extends CommonFlags {
  instance?: string;
  host?: string;
  caller?: string;
  action?: string;
  status?: string;
  since?: number;
  until?: number;
  follow?: boolean;
  reads?: boolean;
}

/** A duration ago ("30m", "2h", "7d": the one duration parser), or a date and time: "2026-11-22", "2026-11-22 10:00", ISO 8601. */
export function parseTime(value: string, now = Date.now()): number {
  const ago = durationMs(value);
  if (ago !== undefined) return now - ago;
  const ms = Date.parse(value.trim().replace(" ", "T"));
  if (Number.isNaN(ms)) throw new InvalidArgumentError(`expected a time like 2h (ago), 7d, 2026-11-22 or "2026-11-22 10:00", got "${value}"`);
  return ms;
}

const when = (r: AuditEntry) => r.time.replace("T", " ").replace("Z", "");

function row(r: AuditEntry): string[] {
  const detail = r.status === "OK" ? (r.job ? `job ${r.job}` : "") : r.statusmsg;
  return [when(r), r.host, `${r.caller}${r.authenticated ? "" : " (unverified)"}`, `${r.agent}.${r.action}`, r.instances.join(",") || "-", r.status, String(Math.round(r.durationMs)), detail];
}

const HEADER = ["TIME (UTC)", "HOST", "CALLER", "ACTION", "INSTANCE", "STATUS", "MS", "DETAIL"];

export function configure(cmd: Command): void {
  cmd
    .option("--instance <name>", "requests that acted on this instance")
    .option("--host <identity>", "records of this host (exact or glob)")
    .option("--caller <name>", "requests of this caller (name or public key)")
    .option("--action <agent.action>", "this action, or a glob: hypervisor.*, *.migrate")
    .option("--status <status>", "replies with this status: OK, UNAUTHORIZED, EXPIRED, ...")
    .option("--since <time>", "from this time: 2h (ago), 7d, 2026-11-22, \"2026-11-22 10:00\"", (v) => parseTime(v))
    .option("--until <time>", "up to this time (same forms as --since)", (v) => parseTime(v))
    .option("--reads", "also the lookups that succeeded (status, list, query, ping, facts): left out unless asked for")
    .option("-f, --follow", "keep printing new records as they come (Ctrl-C ends)")
    .addHelpText(
      "after",
      `
Every host writes one record for each request it answers, accepted or
refused: who (the caller, and whether its signature checked out), what
(agent.action, a digest of its arguments, the instances it names), when, the
status and how long it took. The broker keeps them in the stream AMPM_AUDIT;
each host also keeps its own file (security.audit_file). Lookups that
succeeded (status, list, query, ping, facts) are left out unless --reads;
refused ones are always shown.

Examples:
  ampm audit --instance web1                     the history of web1, across hosts and migrations
  ampm audit --caller alice --since 24h
  ampm audit --status UNAUTHORIZED --since 1h    refusals: unsigned, untrusted, not allowed
  ampm audit --host hv1 --follow --jsonl`,
    );
  cmd.action(async (flags: AuditFlags) => {
    // --caller filters records here; the connection's caller comes from the key, AMPM_CALLER or the config.
    const query: AuditQuery = {
      instance: flags.instance,
      host: flags.host,
      caller: flags.caller,
      action: flags.action,
      status: flags.status,
      sinceMs: flags.since,
      untilMs: flags.until,
      follow: flags.follow,
    };
    process.exitCode = await withClient({ ...flags, caller: undefined }, async (client, output) => {
      const stop = new AbortController();
      const onSignal = () => stop.abort();
      process.once("SIGINT", onSignal);
      try {
        return await print(readAudit(client, { ...query, signal: stop.signal }), output, { follow: Boolean(flags.follow), reads: Boolean(flags.reads) });
      } finally {
        process.off("SIGINT", onSignal);
      }
    });
  });
}

async function print(records: AsyncIterable<AuditEntry>, output: Output, options: { follow: boolean; reads: boolean }): Promise<number> {
  const all: AuditEntry[] = [];
  let count = 0;
  let lookups = 0;
  for await (const r of records) {
    if (!options.reads && isLookup(r)) {
      lookups++;
      continue;
    }
    count++;
    if (output.mode === "jsonl") output.jsonLine(r);
    else if (options.follow && output.human) output.line(row(r).join("  "));
    else all.push(r);
  }
  // The stream holds records in the order they reached the broker; hosts' clocks order them.
  all.sort((a, b) => Date.parse(a.time) - Date.parse(b.time));
  if (output.mode === "json") output.json({ records: all, lookupsLeftOut: lookups });
  else if (output.human && !options.follow) {
    if (all.length === 0) output.line("No audit records matched.");
    else output.table(all.map(row), HEADER);
    if (lookups > 0) output.line(`(${lookups} lookup${lookups === 1 ? "" : "s"} that succeeded left out: --reads shows them)`);
  }
  return count > 0 ? EXIT.OK : EXIT.NO_MATCH;
}
