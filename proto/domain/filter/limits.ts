/**
 * How big a filter may be. Every host evaluates the filter of every
 * broadcast it reads, so its size, its patterns and its expression are
 * bounded: the client refuses a larger one before sending it (buildFilter),
 * and a host answers one it receives with INVALID_DATA.
 */
import { FilterSyntaxError } from "../../wire/errors.js";
import type { ampm } from "../../wire/proto.js";
import { excerpt, PATTERN_LIMITS } from "./pattern.js";

export const FILTER_LIMITS = Object.freeze({
  /** Entries of each repeated part (identity, facts, tags, agents). */
  entries: 256,
  /** Characters of one identity pattern, tag, agent name, fact name or fact value. */
  entry: PATTERN_LIMITS.source,
  /** Characters of a compound expression. */
  where: 4096,
  /** Comparisons, values and operators of a compound expression. */
  nodes: 512,
  /** Parentheses and `not`s nested in a compound expression. */
  depth: 32,
  /** RE2 instructions of every pattern of one filter together. */
  program: 512,
});

function checkEntries(what: string, values: readonly string[] | null | undefined): void {
  if (!values) return;
  if (values.length > FILTER_LIMITS.entries) {
    throw new FilterSyntaxError(`more than ${FILTER_LIMITS.entries} ${what} entries (${values.length})`, what, 0);
  }
  for (const value of values) {
    if (value.length > FILTER_LIMITS.entry) {
      throw new FilterSyntaxError(`${what} entry longer than ${FILTER_LIMITS.entry} characters`, excerpt(value), 0);
    }
  }
}

/** Throws FilterSyntaxError when a part of the filter is over its limit; cheap, before any parsing. */
export function checkFilterLimits(filter: ampm.v1.IFilter): void {
  checkEntries("identity", filter.identity);
  checkEntries("tag", filter.tags);
  checkEntries("agent", filter.agents);
  const facts = filter.facts ?? [];
  if (facts.length > FILTER_LIMITS.entries) throw new FilterSyntaxError(`more than ${FILTER_LIMITS.entries} fact filters (${facts.length})`, "facts", 0);
  for (const f of facts) checkEntries("fact filter", [f.fact ?? "", f.op ?? "", f.value ?? ""]);
  const where = filter.where ?? "";
  if (where.length > FILTER_LIMITS.where) throw new FilterSyntaxError(`expression longer than ${FILTER_LIMITS.where} characters`, excerpt(where), 0);
}

/** Adds pattern costs; throws once they pass FILTER_LIMITS.program. */
export class CostBudget {
  private spent = 0;

  add(cost: number, source: string): void {
    this.spent += cost;
    if (this.spent > FILTER_LIMITS.program) {
      throw new FilterSyntaxError(`the filter's patterns are too complex together (more than ${FILTER_LIMITS.program} RE2 instructions)`, excerpt(source), 0);
    }
  }

  get total(): number {
    return this.spent;
  }
}
