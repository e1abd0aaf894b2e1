/**
 * The filter grammar (the clusto-query idea), shared by -W, profiles' host
 * requirements and `list --where`:
 *
 *   expr    := and ( "or" and )*
 *   and     := unary ( "and" unary )*
 *   unary   := "not" unary | primary
 *   primary := "(" expr ")" | field op value | field "has" value
 *            | field "in" list | field "not" "in" list | field
 *   op      := = == != < <= > >= =~ !~
 *   value   := word | 'quoted' | "quoted" | /regex/flags
 *   list    := "(" value ( "," value )* ")" | "[" ... "]"
 *
 * A bare field is true when the fact is truthy or the host has that tag.
 *
 * Everything is bounded (limits.ts): length, nodes, nesting, and the RE2
 * programs of the patterns, so parsing and evaluating cost little on every
 * host a broadcast reaches.
 */
import { FilterSyntaxError } from "../../wire/errors.js";
import type { CompareOp, Expr, Value } from "./ast.js";
import { CostBudget, FILTER_LIMITS } from "./limits.js";
import { tokenize, type Token } from "./lexer.js";
import { compileGlob, compileRegex, excerpt, isGlob, type Pattern } from "./pattern.js";

const KEYWORDS = new Set(["and", "or", "not", "has", "in"]);

/** Parses a compound expression; its patterns' costs go to `budget` (a fresh one by default). */
export function parseExpression(source: string, budget = new CostBudget()): Expr {
  if (source.length > FILTER_LIMITS.where) throw new FilterSyntaxError(`expression longer than ${FILTER_LIMITS.where} characters`, excerpt(source), 0);
  const tokens = tokenize(source);
  if (tokens.length > FILTER_LIMITS.nodes) throw new FilterSyntaxError(`expression of more than ${FILTER_LIMITS.nodes} words and symbols`, source, 0);
  const parser = new Parser(source, tokens, budget);
  if (parser.peek().type === "eof") throw new FilterSyntaxError("empty expression", source, 0);
  const expr = parser.or();
  const rest = parser.peek();
  if (rest.type !== "eof") parser.fail(`unexpected '${rest.value}' (missing 'and' or 'or'?)`, rest);
  return expr;
}

class Parser {
  private i = 0;
  private depth = 0;
  constructor(
    private readonly source: string,
    private readonly tokens: Token[],
    private readonly budget: CostBudget,
  ) {}

  /** Parentheses and `not`s open one level each; past the limit the expression is refused. */
  private nested<T>(token: Token, parse: () => T): T {
    if (++this.depth > FILTER_LIMITS.depth) this.fail(`nested deeper than ${FILTER_LIMITS.depth} levels`, token);
    const result = parse();
    this.depth--;
    return result;
  }

  peek(): Token {
    return this.tokens[this.i]!;
  }

  fail(message: string, token: Token = this.peek()): never {
    throw new FilterSyntaxError(message, this.source, token.pos);
  }

  private next(): Token {
    return this.tokens[this.i++]!;
  }

  private isKeyword(word: string, token: Token = this.peek()): boolean {
    return token.type === "word" && token.value.toLowerCase() === word;
  }

  or(): Expr {
    let left = this.and();
    while (this.isKeyword("or")) {
      this.next();
      left = { kind: "or", left, right: this.and() };
    }
    return left;
  }

  private and(): Expr {
    let left = this.unary();
    while (this.isKeyword("and")) {
      this.next();
      left = { kind: "and", left, right: this.unary() };
    }
    return left;
  }

  private unary(): Expr {
    if (this.isKeyword("not")) {
      const token = this.next();
      return this.nested(token, () => ({ kind: "not", expr: this.unary() }));
    }
    return this.primary();
  }

  private primary(): Expr {
    const token = this.next();
    if (token.type === "(") {
      return this.nested(token, () => {
        const expr = this.or();
        if (this.peek().type !== ")") this.fail("expected ')'");
        this.next();
        return expr;
      });
    }
    if (token.type !== "word" || KEYWORDS.has(token.value.toLowerCase())) {
      this.fail(token.type === "eof" ? "expression ends too early" : `expected a fact, 'tags', 'identity' or '(' but found '${token.value}'`, token);
    }
    const field = token.value;
    const after = this.peek();
    if (after.type === "op") {
      this.next();
      const op = (after.value === "==" ? "=" : after.value) as CompareOp;
      const value = this.value();
      if ((op === "=~" || op === "!~") && value.kind === "text") {
        return { kind: "compare", field, op, value: this.regex(value.text, "", after) };
      }
      if (value.kind === "regex" && op !== "=" && op !== "!=" && op !== "=~" && op !== "!~") {
        this.fail(`a /regex/ cannot be compared with '${op}'`, after);
      }
      return { kind: "compare", field, op, value };
    }
    if (this.isKeyword("has")) {
      this.next();
      return { kind: "has", field, value: this.value() };
    }
    if (this.isKeyword("in")) {
      this.next();
      return { kind: "in", field, values: this.list() };
    }
    if (this.isKeyword("not") && this.isKeyword("in", this.tokens[this.i + 1])) {
      this.i += 2;
      return { kind: "not", expr: { kind: "in", field, values: this.list() } };
    }
    return { kind: "truthy", field };
  }

  private value(): Value {
    const token = this.next();
    switch (token.type) {
      case "word":
      case "string":
        return { kind: "text", text: token.value };
      case "regex":
        return this.regex(token.value, token.flags ?? "", token);
      default:
        this.fail(token.type === "eof" ? "expected a value, but the expression ends" : `expected a value but found '${token.value}'`, token);
    }
  }

  private regex(source: string, flags: string, token: Token): Value {
    let re: Pattern;
    try {
      re = compileRegex(source, flags);
      this.budget.add(re.cost, this.source);
    } catch (err) {
      this.fail((err as Error).message, token);
    }
    return { kind: "regex", re };
  }

  private list(): Value[] {
    const open = this.next();
    if (open.type !== "(" && open.type !== "[") this.fail("expected '(' or '[' to start a list", open);
    const close = open.type === "(" ? ")" : "]";
    const values = [this.value()];
    while (this.peek().type === ",") {
      this.next();
      values.push(this.value());
    }
    if (this.peek().type !== close) this.fail(`expected ',' or '${close}'`);
    this.next();
    return values;
  }
}

const FACT_FILTER = /^\s*([^\s=!<>~]+)\s*(=~|!~|==|!=|<=|>=|=|<|>)\s*(.*?)\s*$/;

export interface FactFilterParts {
  fact: string;
  op: string;
  value: string;
}

/** Parses one -F filter: `key=value`, `key!=v`, `key>=n`, `key<n`, `key=~/re/`. */
export function parseFactFilter(source: string): FactFilterParts {
  const m = FACT_FILTER.exec(source);
  if (!m) {
    throw new FilterSyntaxError("expected FACT OP VALUE with OP one of = != < <= > >= =~ !~", source, 0);
  }
  let value = m[3]!;
  if (value.length >= 2 && (value[0] === "'" || value[0] === '"') && value.at(-1) === value[0]) value = value.slice(1, -1);
  const parts = { fact: m[1]!, op: m[2] === "==" ? "=" : m[2]!, value };
  factFilterExpr(parts, source);
  return parts;
}

/** The expression a fact filter stands for; throws FilterSyntaxError when it cannot. */
export function factFilterExpr(parts: FactFilterParts, source = `${parts.fact}${parts.op}${parts.value}`, budget = new CostBudget()): Expr {
  const op = (parts.op === "==" ? "=" : parts.op) as CompareOp;
  if (!["=", "!=", "<", "<=", ">", ">=", "=~", "!~"].includes(op)) {
    throw new FilterSyntaxError(`unknown operator '${parts.op}'`, source, 0);
  }
  if (!/^[^\s=!<>~]+$/.test(parts.fact)) throw new FilterSyntaxError(`invalid fact name '${excerpt(parts.fact)}'`, source, 0);
  const re = /^\/(.*)\/([a-z]*)$/s.exec(parts.value);
  if (re || op === "=~" || op === "!~") {
    if (op !== "=" && op !== "!=" && op !== "=~" && op !== "!~") {
      throw new FilterSyntaxError(`a /regex/ cannot be compared with '${op}'`, source, 0);
    }
    const regex = re ? compileRegex(re[1]!, re[2]) : compileRegex(parts.value);
    budget.add(regex.cost, source);
    return { kind: "compare", field: parts.fact, op, value: { kind: "regex", re: regex } };
  }
  return { kind: "compare", field: parts.fact, op, value: { kind: "text", text: parts.value } };
}

/**
 * A name pattern (identity filters, policy action globs): exact name, glob
 * (`*` `?` `[abc]` `[!abc]` `{a,b}`) or /regex/flags. Throws FilterSyntaxError.
 */
export function namePattern(pattern: string): Pattern {
  const re = /^\/(.*)\/([a-z]*)$/s.exec(pattern);
  if (re) return compileRegex(re[1]!, re[2]);
  if (isGlob(pattern)) return compileGlob(pattern);
  return { source: pattern, cost: 0, test: (name) => name === pattern };
}

/** namePattern as a predicate. */
export function identityMatcher(pattern: string): (identity: string) => boolean {
  const p = namePattern(pattern);
  return (identity) => p.test(identity);
}
