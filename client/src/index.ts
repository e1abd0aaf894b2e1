/**
 * The ampm client library: the only public entry of client/.
 *
 *   const client = await connect({ servers: ["nats://127.0.0.1:4222"] });
 *   const run = client.call("rpcutil", "ping", {}, { filter: { tags: ["dmz-interface"] } });
 *   for await (const host of run) console.log(host.sender, host.status);
 *   console.log(await run.summary);
 *   await client.close();
 */
export { Client, connect, parseLimit, type ActionProgress, type CallOptions, type Progress } from "./client.js";
export { convertArguments, describeInputs, type InputField } from "./ddl.js";
export { Fleet, FleetError, IMAGE_BUCKET, profileFromInstance, type ImageMeta, instanceLabel, localHostname, parseInstanceName, type FleetErrorCode, type FleetOptions, type HostView, type InstanceView, type JobOptions, type JobView } from "./fleet.js";
export { loadProfiles, parseSize, profileDirs, readProfile, resolveProfile, type Profile, type ProfileCatalog } from "./profiles.js";
export { CallRun } from "./stream.js";
export { auditFilter, readAudit, type AuditQuery } from "./audit.js";
export { EXIT, exitCodeFor, type CallSummary, type HostFailure, type HostResult } from "./results.js";
export { DISCOVERY_METHODS, resolveDiscoveryMethod, readNodesFile, type DiscoveryMethod, type DiscoveryOptions } from "./discovery/index.js";
export {
  CLIENT_DEFAULTS,
  defaultCaller,
  findConfigFile,
  optionsFromEnv,
  readClientConfig,
  resolveOptions,
  type ClientOptions,
  type ResolvedClientOptions,
} from "./options.js";
export { BUILTIN_AGENTS, builtinInputFields, normalizeBuiltinBody } from "./actions.js";
export {
  AmpmError,
  ConfigError,
  ConnectionError,
  FilterSyntaxError,
  InvalidInputError,
  NotFoundError,
  PermissionError,
  ProtocolError,
  Status,
  StatusError,
  statusName,
  buildFilter,
  place,
  requestForInstance,
  requestForProfile,
  type HostSnapshot,
  type Verdict,
  VERSION,
  type FilterSpec,
  type ampm,
  type AuditRecord,
  SigningKey,
  stripControls,
  printable,
} from "../../proto/wire/index.js";
