/**
 * The hypervisor model (instance, profile, job, host state) as plain
 * objects: derived from the generated ampm.v1 messages, the one source, in
 * the shape their decoded bodies have (every field present, lowerCamelCase,
 * numbers as numbers, Struct as a JSON object).
 */
import type { ampm } from "../wire/proto.js";

type JsonObject = Record<string, unknown>;

/** A message's properties as its decoded body has them. */
export type Plain<T> = T extends Uint8Array
  ? T
  : T extends readonly (infer U)[]
    ? Plain<U>[]
    : T extends object
      ? "fields" extends keyof T
        ? keyof T extends "fields" | "$unknowns"
          ? JsonObject | null // google.protobuf.Struct
          : PlainObject<T>
        : PlainObject<T>
      : T;

type PlainObject<T> = { -readonly [K in keyof T as K extends `$${string}` ? never : K]-?: Plain<NonNullable<T[K]>> };

export type Instance = Plain<ampm.v1.Instance.$Properties>;
export type Volume = Plain<ampm.v1.Volume.$Properties>;
export type Nic = Plain<ampm.v1.Nic.$Properties>;
export type ProfileMessage = Plain<ampm.v1.Profile.$Properties>;
export type HostState = Plain<ampm.v1.HostState.$Properties>;
export type Job = Plain<ampm.v1.Job.$Properties>;
export type PlanEntry = Plain<ampm.v1.PlanEntry.$Properties>;
