/**
 * Bodies of requests and replies: protobuf messages of ampm.v1 (body_type
 * "ampm.v1.<Message>") or JSON (body_type "application/json").
 *
 * google.protobuf.Struct and Value convert to and from plain JSON values, as
 * the proto3 JSON mapping says, so facts read as ordinary objects.
 */
import type { IConversionOptions, Writer } from "protobufjs";
import { ampm, google } from "./proto.js";
import { ProtocolError } from "./errors.js";
import { PROTOCOL } from "./subjects.js";

export const JSON_BODY = "application/json";

/** The static methods every generated message class has. */
export interface ProtoClass<M = object> {
  encode(message: M, writer?: Writer): Writer;
  decode(bytes: Uint8Array): M;
  fromObject(object: Record<string, unknown>): M;
  toObject(message: M, options?: IConversionOptions): Record<string, unknown>;
  getTypeUrl(prefix?: string): string;
}

const PLAIN: IConversionOptions = { longs: Number, enums: String, defaults: true, arrays: true, objects: true };

/** "ampm.v1.PingRequest" for ampm.v1.PingRequest. */
export function typeName(type: ProtoClass): string {
  return type.getTypeUrl("").slice(1);
}

const TYPES = new Map<string, ProtoClass | undefined>();

/** The ampm.v1 message class named by a body_type, or undefined. */
export function lookupType(bodyType: string): ProtoClass | undefined {
  if (TYPES.has(bodyType)) return TYPES.get(bodyType);
  const type = findType(bodyType);
  if (TYPES.size < 1024) TYPES.set(bodyType, type);
  return type;
}

function findType(bodyType: string): ProtoClass | undefined {
  const prefix = `${PROTOCOL}.`;
  if (!bodyType.startsWith(prefix)) return undefined;
  const name = bodyType.slice(prefix.length);
  if (!/^[A-Z][A-Za-z0-9]*$/.test(name)) return undefined;
  const type = (ampm.v1 as unknown as Record<string, unknown>)[name];
  return typeof type === "function" && "decode" in type ? (type as unknown as ProtoClass) : undefined;
}

/** Builds a message from a plain object (numbers from strings, Struct from JSON) and encodes it. */
export function encodeMessage(type: ProtoClass, value: Record<string, unknown>): Uint8Array {
  return type.encode(type.fromObject(value)).finish();
}

/** Decodes a message to a plain object: numbers, enum names, defaults filled in. */
export function decodeMessage(type: ProtoClass, bytes: Uint8Array): Record<string, unknown> {
  let message: object;
  try {
    message = type.decode(bytes);
  } catch (err) {
    throw new ProtocolError(`body is not a valid ${typeName(type)}: ${(err as Error).message}`, { cause: err });
  }
  return type.toObject(message, PLAIN);
}

export function encodeJson(value: unknown): Uint8Array {
  return Buffer.from(JSON.stringify(value ?? null), "utf8");
}

export function decodeJson(bytes: Uint8Array): unknown {
  if (bytes.length === 0) return null;
  try {
    return JSON.parse(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString("utf8"));
  } catch (err) {
    throw new ProtocolError(`body is not valid JSON: ${(err as Error).message}`, { cause: err });
  }
}

/** Decodes any body by its body_type: JSON, a known ampm.v1 message, or raw bytes as base64. */
export function decodeBody(bytes: Uint8Array, bodyType: string): unknown {
  if (bodyType === JSON_BODY) return decodeJson(bytes);
  const type = lookupType(bodyType);
  if (type) return decodeMessage(type, bytes);
  if (bytes.length === 0) return null;
  return { bodyType, base64: Buffer.from(bytes).toString("base64") };
}

// --- google.protobuf.Struct <-> plain JSON (the proto3 JSON mapping) ---

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
const pb = google.protobuf;

function valueToJson(value: google.protobuf.IValue): Json {
  if (value.structValue) return structToJson(value.structValue);
  if (value.listValue) return (value.listValue.values ?? []).map(valueToJson);
  if (value.stringValue != null) return value.stringValue;
  if (value.numberValue != null) return value.numberValue;
  if (value.boolValue != null) return value.boolValue;
  return null;
}

function structToJson(struct: google.protobuf.IStruct): { [k: string]: Json } {
  const out: { [k: string]: Json } = {};
  for (const [key, value] of Object.entries(struct.fields ?? {})) out[key] = valueToJson(value);
  return out;
}

function valueFromJson(value: unknown): google.protobuf.Value {
  if (value instanceof pb.Value) return value;
  switch (typeof value) {
    case "string":
      return pb.Value.create({ stringValue: value });
    case "number":
      return pb.Value.create({ numberValue: value });
    case "bigint":
      return pb.Value.create({ numberValue: Number(value) });
    case "boolean":
      return pb.Value.create({ boolValue: value });
    case "object":
      if (value === null) return pb.Value.create({ nullValue: pb.NullValue.NULL_VALUE });
      if (Array.isArray(value)) return pb.Value.create({ listValue: { values: value.map(valueFromJson) } });
      return pb.Value.create({ structValue: structFromJson(value as Record<string, unknown>) });
    default:
      return pb.Value.create({ nullValue: pb.NullValue.NULL_VALUE });
  }
}

function structFromJson(object: Record<string, unknown>): google.protobuf.Struct {
  if (object instanceof pb.Struct) return object;
  const fields: Record<string, google.protobuf.Value> = {};
  for (const [key, value] of Object.entries(object)) {
    if (value !== undefined) fields[key] = valueFromJson(value);
  }
  return pb.Struct.create({ fields });
}

const structClass = pb.Struct as unknown as ProtoClass<google.protobuf.Struct>;
const valueClass = pb.Value as unknown as ProtoClass<google.protobuf.Value>;
structClass.fromObject = (object) => structFromJson(object);
structClass.toObject = (message) => structToJson(message);
valueClass.fromObject = (object) => valueFromJson(object);
valueClass.toObject = (message) => valueToJson(message) as Record<string, unknown>;
