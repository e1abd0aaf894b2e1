/**
 * Patterns a caller sends (/regex/, globs) run on every host that reads the
 * request, so they must cost little and the same for every input: they are
 * compiled for RE2 (re2js: no backtracking, time linear in the text) and
 * bounded in size, and the text they see is bounded too.
 *
 *   "/re/flags" ─▶ RE2 syntax check ─▶ program ≤ MAX_PROGRAM ─▶ Pattern
 *   glob        ─▶ RE2 source (* ? [..] [!..] {a,b}) ─────────▶ Pattern
 *
 * What JavaScript regexps have and RE2 lacks (backreferences, lookaround)
 * is refused with a FilterSyntaxError that says so.
 */
import { RE2JS } from "re2js";
import { FilterSyntaxError } from "../../wire/errors.js";

export const PATTERN_LIMITS = Object.freeze({
  /** Characters of one pattern's source. */
  source: 512,
  /** RE2 instructions of one compiled pattern (a hostname regex needs ~30). */
  program: 256,
  /** Characters of a value a pattern is matched against; the rest is not looked at. */
  text: 1024,
  /** Alternatives one glob may expand {a,b} into, and how deep braces nest. */
  braceDepth: 4,
  /** Work one filter evaluation may do: the sum of program size × text length over its pattern tests. */
  steps: 250_000,
});

/**
 * Counts the work of one evaluation: each pattern test costs its program
 * size times the length of the text. Past PATTERN_LIMITS.steps the
 * evaluation stops with a FilterSyntaxError, so no filter, however many
 * patterns it holds and however long the host's values are, holds a host
 * for more than a few milliseconds.
 */
export class Meter {
  private used = 0;

  charge(units: number, source: string): void {
    this.used += units;
    if (this.used > PATTERN_LIMITS.steps) {
      throw new FilterSyntaxError(`the filter is too costly to evaluate on this host (more than ${PATTERN_LIMITS.steps} steps): use fewer patterns or narrower fields`, source, 0);
    }
  }

  get steps(): number {
    return this.used;
  }
}

/** A compiled, bounded pattern. `cost` is its RE2 program size: filters add them up. */
export interface Pattern {
  readonly source: string;
  readonly cost: number;
  /** Whether the text (its first PATTERN_LIMITS.text characters) matches; charges `meter` for the work. */
  test(text: string, meter?: Meter): boolean;
}

const FLAGS: Record<string, number> = { i: RE2JS.CASE_INSENSITIVE, m: RE2JS.MULTILINE, s: RE2JS.DOTALL };

/** Shortens what goes into an error message: a hostile pattern may be long. */
export function excerpt(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

function compile(source: string, flags: number, shown: string): Pattern {
  let re: RE2JS;
  try {
    re = RE2JS.compile(source, flags);
  } catch (err) {
    throw new FilterSyntaxError(`invalid regular expression (RE2 syntax: no backreferences or lookaround): ${excerpt((err as Error).message, 120)}`, shown, 0);
  }
  const cost = re.programSize();
  if (cost > PATTERN_LIMITS.program) {
    throw new FilterSyntaxError(`pattern too complex (${cost} RE2 instructions, at most ${PATTERN_LIMITS.program}): use fewer or smaller {n,m} repeats`, shown, 0);
  }
  const limit = PATTERN_LIMITS.text;
  return {
    source: shown,
    cost,
    test: (text, meter) => {
      const bounded = text.length > limit ? text.slice(0, limit) : text;
      meter?.charge(cost * (bounded.length + 1), shown);
      return re.test(bounded);
    },
  };
}

function checkLength(source: string): void {
  if (source.length > PATTERN_LIMITS.source) {
    throw new FilterSyntaxError(`pattern longer than ${PATTERN_LIMITS.source} characters`, excerpt(source), 0);
  }
}

/** A regular expression with JavaScript-style flags (only i, m and s mean anything to RE2). */
export function compileRegex(source: string, flags = ""): Pattern {
  checkLength(source);
  let bits = 0;
  for (const flag of flags) {
    if (flag === "g" || flag === "u") continue;
    const bit = FLAGS[flag];
    if (bit === undefined) throw new FilterSyntaxError(`unsupported regular expression flag '${flag}' (i, m and s are)`, excerpt(`/${source}/${flags}`), 0);
    bits |= bit;
  }
  return compile(source, bits, `/${excerpt(source)}/${flags}`);
}

const GLOB_CHARS = /[*?[{]/;

export function isGlob(pattern: string): boolean {
  return GLOB_CHARS.test(pattern);
}

/** RE2 text for a literal character. */
function literal(ch: string): string {
  return /[\\^$.|?*+()[\]{}]/.test(ch) ? `\\${ch}` : ch;
}

/**
 * A glob over the whole text: `*` any run of characters, `?` one,
 * `[abc]` `[a-z]` `[!abc]` `[^abc]` a class, `{a,b}` alternatives, `\x` x.
 */
export function compileGlob(glob: string): Pattern {
  checkLength(glob);
  const fail = (message: string, at: number): never => {
    throw new FilterSyntaxError(`invalid glob: ${message}`, excerpt(glob), at);
  };
  let out = "";
  let depth = 0;
  for (let i = 0; i < glob.length; i++) {
    const ch = glob[i]!;
    switch (ch) {
      case "*":
        out += ".*";
        while (glob[i + 1] === "*") i++;
        break;
      case "?":
        out += ".";
        break;
      case "\\":
        if (i + 1 >= glob.length) fail("ends with '\\'", i);
        out += literal(glob[++i]!);
        break;
      case "[": {
        let j = i + 1;
        let negate = false;
        if (glob[j] === "!" || glob[j] === "^") {
          negate = true;
          j++;
        }
        let body = "";
        if (glob[j] === "]") {
          body += "\\]";
          j++;
        }
        for (; j < glob.length && glob[j] !== "]"; j++) {
          const c = glob[j]!;
          if (c === "\\" && j + 1 < glob.length) body += `\\${glob[++j]}`;
          else body += c === "-" ? "-" : /[\\^[\]]/.test(c) ? `\\${c}` : c;
        }
        if (j >= glob.length) fail("'[' without ']'", i);
        if (!body) fail("empty class '[]'", i);
        out += `[${negate ? "^" : ""}${body}]`;
        i = j;
        break;
      }
      case "{":
        if (++depth > PATTERN_LIMITS.braceDepth) fail(`braces nested deeper than ${PATTERN_LIMITS.braceDepth}`, i);
        out += "(?:";
        break;
      case ",":
        out += depth > 0 ? "|" : ",";
        break;
      case "}":
        if (depth === 0) fail("'}' without '{'", i);
        depth--;
        out += ")";
        break;
      default:
        out += literal(ch);
    }
  }
  if (depth > 0) fail("'{' without '}'", glob.length);
  return compile(`^${out}$`, RE2JS.DOTALL, glob);
}
