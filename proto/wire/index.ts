/**
 * The wire module: subjects, envelope and body codecs, status codes,
 * signing, request gathering and the transport: what travels and how.
 * The domain code shared by agent and client (filters, placement, audit
 * records, schemas, registry records) is in ../domain.
 */
export * from "./errors.js";
export * from "./status.js";
export * from "./subjects.js";
export * from "./envelope.js";
export * from "./body.js";
export * from "./transport.js";
export { ampm, google } from "./proto.js";
export * from "./names.js";
export { BUNDLE, PACKAGE_ROOT, VERSION } from "./version.js";
export { describeMessage } from "./describe.js";
export { gather, type GatherOptions, type GatherResult } from "./gather.js";
export { ReplyMux, type Inbox } from "./mux.js";
export { appendSignature, encodeForTargets, encodeRequestAs, encodeSignedRequest, isPublicKey, SigningKey, splitSignature, Verifier } from "./signing.js";
export { provesTarget, TargetTree } from "./targets.js";
export { Caller, toCallResult, type CallRequestInit, type CallResult, type CallTrace, type SendOptions, type SendOutcome } from "./caller.js";
