/**
 * Durations, one way everywhere: command-line flags, the client and agent
 * config files, audit times. A string takes a unit ("500ms", "5s", "2m",
 * "1h", "7d", "2 minutes": the `ms` library's forms); a number (in a YAML or
 * JSON file) is milliseconds. A bare "5" is refused: seconds or milliseconds?
 */
import ms from "ms";
import { ConfigError } from "../wire/errors.js";

export const DURATION_EXAMPLES = "500ms, 5s, 2m, 1h or 7d";

/** Milliseconds, or undefined when `value` is not a duration (negative ones are not). */
export function durationMs(value: unknown): number | undefined {
  if (typeof value === "number") return Number.isFinite(value) && value >= 0 ? Math.round(value) : undefined;
  if (typeof value !== "string" || /^\s*[\d.]+\s*$/.test(value)) return undefined;
  const n = ms(value.trim() as ms.StringValue);
  return typeof n === "number" && Number.isFinite(n) && n >= 0 ? Math.round(n) : undefined;
}

/** Milliseconds; a ConfigError that shows the accepted forms. */
export function parseDuration(value: string | number): number {
  const n = durationMs(value);
  if (n !== undefined) return n;
  const unitless = typeof value === "string" && /^\s*[\d.]+\s*$/.test(value);
  throw new ConfigError(
    unitless ? `"${value.trim()}" needs a unit: ${value.trim()}s, ${value.trim()}ms, ...` : `expected a duration like ${DURATION_EXAMPLES}, got ${JSON.stringify(value)}`,
  );
}
