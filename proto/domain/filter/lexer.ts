/**
 * Tokens of the filter grammar:
 *   ( ) [ ] ,   operators = == != < <= > >= =~ !~   'quoted' "quoted"   /regex/flags   words
 * Keywords (and or not has in) are words; the parser gives them meaning.
 */
import { FilterSyntaxError } from "../../wire/errors.js";

export type TokenType = "(" | ")" | "[" | "]" | "," | "op" | "word" | "string" | "regex" | "eof";

export interface Token {
  type: TokenType;
  value: string;
  pos: number;
  flags?: string;
}

const OPERATORS = ["==", "!=", "<=", ">=", "=~", "!~", "=", "<", ">"];
const PUNCT = new Set(["(", ")", "[", "]", ","]);
const WORD_END = /[\s()[\],=!<>~'"]/;

export function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const ch = source[i]!;
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    if (PUNCT.has(ch)) {
      tokens.push({ type: ch as TokenType, value: ch, pos: i });
      i++;
      continue;
    }
    const op = OPERATORS.find((o) => source.startsWith(o, i));
    if (op) {
      tokens.push({ type: "op", value: op, pos: i });
      i += op.length;
      continue;
    }
    if (ch === "'" || ch === '"') {
      const [value, end] = readQuoted(source, i);
      tokens.push({ type: "string", value, pos: i });
      i = end;
      continue;
    }
    if (ch === "/") {
      const [value, flags, end] = readRegex(source, i);
      tokens.push({ type: "regex", value, flags, pos: i });
      i = end;
      continue;
    }
    let end = i;
    while (end < source.length && !WORD_END.test(source[end]!)) end++;
    if (end === i) throw new FilterSyntaxError(`unexpected character '${ch}'`, source, i);
    tokens.push({ type: "word", value: source.slice(i, end), pos: i });
    i = end;
  }
  tokens.push({ type: "eof", value: "", pos: source.length });
  return tokens;
}

function readQuoted(source: string, start: number): [string, number] {
  const quote = source[start];
  let out = "";
  for (let i = start + 1; i < source.length; i++) {
    const ch = source[i]!;
    if (ch === "\\" && i + 1 < source.length) {
      out += source[++i];
    } else if (ch === quote) {
      return [out, i + 1];
    } else {
      out += ch;
    }
  }
  throw new FilterSyntaxError(`unterminated string`, source, start);
}

function readRegex(source: string, start: number): [string, string, number] {
  for (let i = start + 1; i < source.length; i++) {
    const ch = source[i];
    if (ch === "\\") {
      i++;
    } else if (ch === "/") {
      let end = i + 1;
      while (end < source.length && /[a-z]/.test(source[end]!)) end++;
      return [source.slice(start + 1, i), source.slice(i + 1, end), end];
    }
  }
  throw new FilterSyntaxError(`unterminated regular expression`, source, start);
}
