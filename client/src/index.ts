/**
 * The ampm client library: the only public entry of client/ (the `ampm`
 * command imports nothing else).
 *
 *   const client = await connect(fromEnvironment());   // flags ▸ AMPM_* ▸ context ▸ config file, as the CLI
 *   const run = client.call("rpcutil", "ping", {}, { filter: { tags: ["dmz-interface"] } });
 *   for await (const host of run) console.log(host.sender, host.status);
 *   console.log(await run.summary);
 *   await client.close();
 *
 * Every result is plain data in lowerCamelCase (the proto3 JSON mapping);
 * facts and external actions' data keep their own keys.
 */
export { Client, connect, parseLimit, type ActionProgress, type CallOptions, type Progress } from "./client.js";
export { convertArguments, describeInputs, didYouMean, type InputField } from "./ddl.js";
export { Fleet, IMAGE_BUCKET, profileFromInstance, type ImageMeta, instanceLabel, localHostname, parseInstanceName, type FleetOptions, type HostView, type JobOptions } from "./fleet.js";
export { loadProfiles, parseSize, readProfile, resolveProfile, type Profile, type ProfileCatalog } from "./profiles.js";
export { CallRun } from "./stream.js";
export { auditFilter, isLookup, readAudit, type AuditEntry, type AuditQuery } from "./audit.js";
export { type CallSummary, type GoneHost, type HostFailure, type HostResult } from "./results.js";
export { getAttributes, listAttributes, setAttribute, deleteAttribute, listPools } from "./attributes.js";
export { getBudget, setBudget, type BudgetView, type LeaseView } from "./budget.js";
export { listNames, releaseName, type HolderState, type NameClaim, type ReleaseResult } from "./names.js";
export { EXIT, exitCodeFor, exitCodeForError, FleetError, outcomeOf, STATUS_OUTCOMES, type ExitCode, type FleetErrorCode } from "./outcomes.js";
export { DISCOVERERS, DISCOVERY_METHODS, resolveDiscoveryMethod, readNodesFile, readRegistry, selectHosts, runExternalDiscovery, type Discovered, type Discoverer, type DiscoveryContext, type DiscoveryMethod, type DiscoveryOptions } from "./discovery/index.js";
export {
  CLIENT_DEFAULTS,
  defaultCaller,
  fromEnvironment,
  keyName,
  optionsFromEnv,
  resolveOptions,
  type ClientOptions,
  type EnvironmentOptions,
  type ResolvedClientOptions,
  type TraceEvent,
} from "./options.js";
export { configDir, contextFile, findConfigFile, listContexts, readClientConfig, readContext, removeContext, selectedContext, toFileShape, useContext, writeContext } from "./config.js";
export { BUILTIN_AGENTS, builtinActions, builtinInputFields, describeBuiltin, normalizeBuiltinBody } from "./actions.js";
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
  VERSION,
  type ampm,
  SigningKey,
  stripControls,
  printable,
  isHostname,
  nameProblem,
  eventSubject,
  decodeJson,
  ALL_AUDIT_SUBJECT,
  type Subscription,
} from "../../proto/wire/index.js";
export {
  DURATION_EXAMPLES,
  durationMs,
  parseDuration,
  buildFilter,
  place,
  requestForInstance,
  requestForProfile,
  type HostSnapshot,
  type HostState,
  type Instance,
  type Job,
  type Verdict,
  type FilterSpec,
  parseAuditLine,
  HOSTS_BUCKET,
  registeredHost,
  type RegisteredHost,
  type RegistrySnapshot,
} from "../../proto/domain/index.js";
