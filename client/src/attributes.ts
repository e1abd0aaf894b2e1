/**
 * Operator attributes (clusto): values an operator keeps about a host in
 * the KV bucket ampm-attributes (proto/domain/registry.ts), merged by the
 * host into its facts over its own, so every filter sees them. Pools are
 * the attribute `pool`.
 */
import {
  assertValidIdentity,
  encodeJson,
  InvalidInputError,
  type KvBucket,
  type Transport,
} from "../../proto/wire/index.js";
import {
  ATTRIBUTE_NAME,
  ATTRIBUTES_BUCKET,
  decodeAttributes,
  POOL_ATTRIBUTE,
  type Attributes,
} from "../../proto/domain/index.js";

async function bucket(transport: Transport): Promise<KvBucket> {
  const kv = transport.kv?.();
  if (!kv) throw new InvalidInputError("this connection has no key-value store (JetStream)");
  return kv.ensure({ name: ATTRIBUTES_BUCKET });
}

function checkHost(host: string): void {
  try {
    assertValidIdentity(host);
  } catch (err) {
    throw new InvalidInputError((err as Error).message);
  }
}

function checkName(key: string): void {
  if (!ATTRIBUTE_NAME.test(key) || key === "identity") throw new InvalidInputError(`attribute name "${key}": letters, digits, _ - . (starting with a letter or _), at most 64, not "identity"`);
}

export async function getAttributes(transport: Transport, host: string): Promise<Attributes> {
  checkHost(host);
  return decodeAttributes(await (await bucket(transport)).get(host));
}

/** Every host's attributes, by identity. */
export async function listAttributes(transport: Transport): Promise<Map<string, Attributes>> {
  const out = new Map<string, Attributes>();
  for (const entry of await (await bucket(transport)).entries()) out.set(entry.key, decodeAttributes(entry));
  return out;
}

/** Changes one host's attributes with compare-and-set (two operators at once both land). */
async function change(transport: Transport, host: string, edit: (attrs: Attributes) => void): Promise<Attributes> {
  checkHost(host);
  const b = await bucket(transport);
  for (let attempt = 0; attempt < 20; attempt++) {
    const entry = await b.get(host);
    const attrs = decodeAttributes(entry);
    edit(attrs);
    const empty = Object.keys(attrs).length === 0;
    if (!entry) {
      if (empty || (await b.create(host, encodeJson(attrs))) !== null) return attrs;
    } else if (empty ? await b.delete(host, entry.revision) : (await b.update(host, encodeJson(attrs), entry.revision)) !== null) {
      return attrs;
    }
  }
  throw new InvalidInputError(`the attributes of ${host} kept changing under this write: try again`);
}

/** Sets an attribute: one value, or several (a list). */
export function setAttribute(transport: Transport, host: string, key: string, values: readonly string[]): Promise<Attributes> {
  checkName(key);
  if (values.length === 0) throw new InvalidInputError(`attr set ${host} ${key}: give a value`);
  for (const v of values) if (v.length > 1024 || /[\u0000-\u001f\u007f]/.test(v)) throw new InvalidInputError(`attribute values are at most 1024 characters, without control characters`);
  return change(transport, host, (attrs) => {
    attrs[key] = values.length === 1 ? values[0]! : [...values];
  });
}

/** Deletes an attribute; false when the host did not have it. */
export async function deleteAttribute(transport: Transport, host: string, key: string): Promise<boolean> {
  checkName(key);
  let had = false;
  await change(transport, host, (attrs) => {
    had = Object.hasOwn(attrs, key);
    delete attrs[key];
  });
  return had;
}

/** Pools: the value(s) of each host's `pool` attribute → hosts, sorted. */
export async function listPools(transport: Transport): Promise<Map<string, string[]>> {
  const pools = new Map<string, string[]>();
  for (const [host, attrs] of await listAttributes(transport)) {
    const value = attrs[POOL_ATTRIBUTE];
    for (const pool of value === undefined ? [] : Array.isArray(value) ? value : [value]) pools.set(pool, [...(pools.get(pool) ?? []), host]);
  }
  for (const hosts of pools.values()) hosts.sort();
  return new Map([...pools].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
