/**
 * Error classes shared by the agent and the client. Every error has a `name`
 * and keeps the error that caused it in `cause`.
 */
export class AmpmError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** A filter expression that does not parse. `position` is a 0-based offset. */
export class FilterSyntaxError extends AmpmError {
  constructor(
    message: string,
    readonly source: string,
    readonly position: number,
  ) {
    super(`${message} at position ${position + 1} of "${window(source, position)}"`);
  }
}

/** Up to 80 characters of `source` around `position`: a hostile filter may be long. */
function window(source: string, position: number): string {
  if (source.length <= 80) return source;
  const start = Math.max(0, Math.min(position - 30, source.length - 80));
  return `${start > 0 ? "…" : ""}${source.slice(start, start + 80)}${start + 80 < source.length ? "…" : ""}`;
}

/** Bytes that are not an ampm.v1 message. */
export class ProtocolError extends AmpmError {}

/** A configuration or profile file (or flag) that is not valid. */
export class ConfigError extends AmpmError {}

/** The broker cannot be reached, or the connection was lost. */
export class ConnectionError extends AmpmError {}

/** A lookup in an explicit registry (agents, drivers, discovery methods) failed. */
export class NotFoundError extends AmpmError {}

/** A call's input that cannot be sent: an unknown field, a value of the wrong type. */
export class InvalidInputError extends AmpmError {}

/** The broker refused this connection a publish or a subscription (its user's subject permissions). */
export class PermissionError extends AmpmError {}
