/**
 * The caller's side of filters: a FilterSpec (strings as typed on a command
 * line) checked and turned into an ampm.v1.Filter message.
 */
import type { ampm } from "../../wire/proto.js";
import { FilterSyntaxError } from "../../wire/errors.js";
import { compileFilter } from "./evaluate.js";
import { parseFactFilter } from "./parser.js";

export interface FilterSpec {
  /** Any of: exact name, glob or /regex/. */
  identity?: readonly string[];
  /** All of: `key=value`, `key!=v`, `key>=n`, `key=~/re/` ... */
  facts?: readonly string[];
  /** All of: host tags. */
  tags?: readonly string[];
  /** All of: the host has these agents. */
  agents?: readonly string[];
  /** A compound expression: "tags has dmz and free_slots >= 2 and not disabled". */
  where?: string;
}

/** Checks every part as a host will (throws FilterSyntaxError, limits included) and builds the wire message. */
export function buildFilter(spec: FilterSpec = {}): ampm.v1.IFilter {
  for (const tag of spec.tags ?? []) {
    if (tag.trim() === "") throw new FilterSyntaxError("empty tag", tag, 0);
  }
  const filter = {
    identity: [...(spec.identity ?? [])],
    facts: (spec.facts ?? []).map((f) => parseFactFilter(f)),
    tags: [...(spec.tags ?? [])],
    agents: [...(spec.agents ?? [])],
    where: spec.where?.trim() ?? "",
  };
  compileFilter(filter);
  return filter;
}

/** True when the filter selects every host. */
export function isEmptyFilter(filter: ampm.v1.IFilter | null | undefined): boolean {
  return !filter || (!filter.identity?.length && !filter.facts?.length && !filter.tags?.length && !filter.agents?.length && !filter.where);
}
