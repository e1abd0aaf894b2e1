/**
 * Settings in layers (defaults, a file, the environment, flags): a key set
 * in a higher layer replaces the same key below it, and maps merge key by
 * key, so a file's `tls: {ca, cert, key}` under an environment's CA keeps
 * its cert and key. Lists are values: a higher layer's list replaces.
 * `undefined` means "not set here".
 */

const isMap = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === "object" && !Array.isArray(value) && Object.getPrototypeOf(value) === Object.prototype;

function merge(below: unknown, above: unknown): unknown {
  if (above === undefined) return below;
  if (!isMap(below) || !isMap(above)) return isMap(above) ? merge({}, above) : above;
  const out: Record<string, unknown> = { ...below };
  for (const [key, value] of Object.entries(above)) {
    const merged = merge(below[key], value);
    if (merged !== undefined) out[key] = merged;
  }
  return out;
}

/** The layers merged, lowest first. */
export function mergeLayers<T extends object>(...layers: readonly (Partial<T> | undefined)[]): T {
  return layers.reduce<unknown>((acc, layer) => merge(acc, layer ?? {}), {}) as T;
}
