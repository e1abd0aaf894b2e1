/**
 * Domain code shared by the agent and the client, beside the wire: the
 * filter grammar, placement, audit records, JSON Schema checks, the host
 * registry and migration budget records, config file helpers and durations.
 */
export type { Expr, Value, CompareOp } from "./filter/ast.js";
export { tokenize } from "./filter/lexer.js";
export { parseExpression, parseFactFilter, identityMatcher, namePattern, type FactFilterParts } from "./filter/parser.js";
export { compileFilter, evaluate, resolveField, FilterMatcher, FILTER_CACHE_LIMITS, type HostView } from "./filter/evaluate.js";
export { compileGlob, compileRegex, PATTERN_LIMITS, type Pattern } from "./filter/pattern.js";
export { FILTER_LIMITS } from "./filter/limits.js";
export { buildFilter, isEmptyFilter, type FilterSpec } from "./filter/spec.js";
export * from "./schema.js";
export { DURATION_EXAMPLES, durationMs, parseDuration } from "./duration.js";
export { fetchVerified, FetchVerifyError, readYamlFile, sha256File } from "./files.js";
export { mergeLayers } from "./layers.js";
export type { HostState, Instance, Job, Nic, PlanEntry, Plain, ProfileMessage, Volume } from "./model.js";
export {
  place,
  rejections,
  requestForInstance,
  requestForProfile,
  snapshotOf,
  weigh,
  withInstance,
  planEvacuation,
  type EvacuationEntry,
  type HostSnapshot,
  type InstanceLike,
  type PlacementRequest,
  type ProfileLike,
  type SnapshotInstance,
  type Verdict,
} from "./placement.js";
export { brokerAuthRecord, isLookup, parseAuditLine, READ_ONLY_ACTIONS, type AuditRecord } from "./audit.js";
export * from "./registry.js";
export * from "./budget.js";
