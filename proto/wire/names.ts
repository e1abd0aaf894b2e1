/**
 * The one rule for names that cross the wire and may end up in a subject, a
 * file name, a volume or a log line. Agents check every such name where a
 * request body is decoded (as JSON Schema formats, see schema.ts), callers
 * check what they send, and a name that breaks the rule never reaches a path.
 *
 *   hostname  a DNS name in lower case: labels of [a-z0-9-] (no leading or
 *             trailing '-'), 1..63 characters each, 253 in all. Host identities
 *             and instances (an instance's volumes are named after it).
 *   id        a token: [A-Za-z0-9_-], 1..64, first a letter or digit. Job and
 *             migration ids, object names.
 *   name      a file-safe name: [a-z0-9._-], 1..255, first a letter or digit,
 *             no "..". Volume names, image and template names, slots.
 */

const LABEL = "[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?";
const HOSTNAME = new RegExp(`^${LABEL}(?:\\.${LABEL})*$`);
const ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;
const NAME = /^[a-z0-9][a-z0-9._-]{0,254}$/;

export type NameKind = "hostname" | "id" | "name";

export function isHostname(value: string): boolean {
  return value.length <= 253 && HOSTNAME.test(value);
}

export function isId(value: string): boolean {
  return ID.test(value);
}

export function isSafeName(value: string): boolean {
  return NAME.test(value) && !value.includes("..");
}

const CHECKS: Record<NameKind, (value: string) => boolean> = { hostname: isHostname, id: isId, name: isSafeName };

export const NAME_RULES: Readonly<Record<NameKind, string>> = Object.freeze({
  hostname: "a DNS name in lower case (letters, digits, '-' and dots between labels of at most 63; 253 in all)",
  id: "letters, digits, '_' and '-' (at most 64, first a letter or digit)",
  name: "lower-case letters, digits, '.', '_' and '-' (at most 255, first a letter or digit, no '..')",
});

/** Whether `value` follows the rule for its kind. */
export function followsNameRule(kind: NameKind, value: string): boolean {
  return CHECKS[kind](value);
}

/** Why `value` is not a valid name of its kind, or undefined when it is. */
export function nameProblem(kind: NameKind, value: string, what: string = kind): string | undefined {
  if (followsNameRule(kind, value)) return undefined;
  return `${what} ${printable(value, 80)} is not valid: it must be ${NAME_RULES[kind]}`;
}

// C0 and C1 controls, DEL, and the bidirectional overrides that reorder what a terminal shows.
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Text from the network, made safe to print on a terminal or in one line:
 * control characters (C0 and C1, DEL, line breaks, bidi overrides) become
 * \xNN or \uNNNN escapes, and the text is cut at `max` characters.
 */
export function stripControls(value: string, max = Number.POSITIVE_INFINITY): string {
  const cut = value.length > max ? `${value.slice(0, max)}…` : value;
  return cut.replace(CONTROLS, (c) => {
    const code = c.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
  });
}

/** stripControls() in double quotes: a name in a message, unmistakable whatever it holds. */
export function printable(value: string, max = 200): string {
  return `"${stripControls(value, max).replace(/"/g, '\\"')}"`;
}
