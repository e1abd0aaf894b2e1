/**
 * The .proto files read at run time (protobufjs reflection), for what the
 * generated code does not carry: field types and comments. Used to explain
 * built-in actions (`ampm rpc rpcutil --help`) without asking a host.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import type * as Protobuf from "protobufjs";
import { PACKAGE_ROOT } from "./version.js";

type Lib = typeof Protobuf;
let loaded: { protobuf: Lib; root: Protobuf.Root } | undefined;

/** protobufjs's full build (with the parser) and the ampm.v1 files, loaded on first use only. */
async function reflection(): Promise<{ protobuf: Lib; root: Protobuf.Root }> {
  if (!loaded) {
    const protobuf = ((await import("protobufjs")) as unknown as { default: Lib }).default;
    const dir = join(PACKAGE_ROOT, "proto", "ampm", "v1");
    const files = readdirSync(dir)
      .filter((f) => f.endsWith(".proto"))
      .map((f) => join(dir, f));
    const root = new protobuf.Root().loadSync(files, { keepCase: true, alternateCommentMode: true });
    root.resolveAll();
    loaded = { protobuf, root };
  }
  return loaded;
}

const INTEGER = new Set(["int32", "uint32", "sint32", "fixed32", "sfixed32", "int64", "uint64", "sint64", "fixed64", "sfixed64"]);

function scalar(protobuf: Lib, field: Protobuf.Field): Record<string, unknown> {
  const type = field.resolvedType;
  if (type instanceof protobuf.Enum) return { type: "string", enum: Object.keys(type.values) };
  if (type) return { type: "object" };
  if (INTEGER.has(field.type)) return { type: "integer" };
  if (field.type === "double" || field.type === "float") return { type: "number" };
  if (field.type === "bool") return { type: "boolean" };
  return { type: "string" };
}

/** "ampm.v1.EchoRequest" → its comment, and a JSON Schema of its fields (names as in the .proto, or lowerCamelCase). */
export async function describeMessage(typeName: string, names: "proto" | "json" = "proto"): Promise<{ comment: string; schema: object }> {
  const { protobuf, root } = await reflection();
  const type = root.lookupType(typeName);
  const properties: Record<string, unknown> = {};
  for (const field of type.fieldsArray) {
    const base = field.map ? { type: "object" } : field.repeated ? { type: "array", items: scalar(protobuf, field) } : scalar(protobuf, field);
    properties[names === "json" ? field.name.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase()) : field.name] = field.comment ? { ...base, description: field.comment } : base;
  }
  return { comment: type.comment ?? "", schema: { type: "object", additionalProperties: false, properties } };
}
