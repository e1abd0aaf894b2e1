/**
 * The wire module: subjects, envelope and body codecs, status codes, the
 * filter grammar and the transport. Shared by the agent and the client.
 */
export * from "./errors.js";
export * from "./status.js";
export * from "./subjects.js";
export * from "./envelope.js";
export * from "./body.js";
export * from "./transport.js";
export type { Expr, Value, CompareOp } from "./filter/ast.js";
export { tokenize } from "./filter/lexer.js";
export { parseExpression, parseFactFilter, identityMatcher, namePattern, type FactFilterParts } from "./filter/parser.js";
export { compileFilter, evaluate, resolveField, FilterMatcher, FILTER_CACHE_LIMITS, type HostView } from "./filter/evaluate.js";
export { compileGlob, compileRegex, PATTERN_LIMITS, type Pattern } from "./filter/pattern.js";
export { FILTER_LIMITS } from "./filter/limits.js";
export { buildFilter, isEmptyFilter, type FilterSpec } from "./filter/spec.js";
export { ampm, google } from "./proto.js";
export * from "./schema.js";
export * from "./names.js";
export { DURATION_EXAMPLES, durationMs, parseDuration } from "./duration.js";
export { BUNDLE, PACKAGE_ROOT, VERSION } from "./version.js";
export { fetchVerified, FetchVerifyError, readYamlFile, sha256File } from "./files.js";
export { mergeLayers } from "./layers.js";
export { describeMessage } from "./describe.js";
export type { HostState, Instance, Job, Nic, PlanEntry, Plain, ProfileMessage, Volume } from "./model.js";
export { gather, type GatherOptions, type GatherResult } from "./gather.js";
export { ReplyMux, type Inbox } from "./mux.js";
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
export { appendSignature, encodeForTargets, encodeRequestAs, encodeSignedRequest, isPublicKey, SigningKey, splitSignature, Verifier } from "./signing.js";
export { provesTarget, TargetTree } from "./targets.js";
export { brokerAuthRecord, isLookup, parseAuditLine, READ_ONLY_ACTIONS, type AuditRecord } from "./audit.js";
export * from "./registry.js";
export * from "./budget.js";
export { Caller, toCallResult, type CallRequestInit, type CallResult, type CallTrace, type SendOptions, type SendOutcome } from "./caller.js";
