/**
 * "Exactly one JSON document": finds where the first top-level JSON value
 * on a plugin's stdout ends, so a second document is an error that says so.
 */

/** The end offset of the first JSON value starting at or after `from`, or -1 if it does not end. */
function endOfValue(text: string, from: number): number {
  let i = from;
  while (i < text.length && /\s/.test(text[i]!)) i++;
  const first = text[i];
  if (first !== "{" && first !== "[") {
    // a scalar: up to the next whitespace or structural character
    if (first === '"') return endOfString(text, i);
    let j = i;
    while (j < text.length && !/[\s{}[\],]/.test(text[j]!)) j++;
    return j;
  }
  let depth = 0;
  for (; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') {
      i = endOfString(text, i) - 1;
      if (i < 0) return -1;
    } else if (ch === "{" || ch === "[") {
      depth++;
    } else if (ch === "}" || ch === "]") {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  return -1;
}

function endOfString(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i++) {
    if (text[i] === "\\") i++;
    else if (text[i] === '"') return i + 1;
  }
  return -1;
}

export type ParsedDocument = { ok: true; value: unknown } | { ok: false; reason: string };

export function parseSingleDocument(text: string): ParsedDocument {
  if (text.trim() === "") return { ok: false, reason: "nothing on stdout" };
  const end = endOfValue(text, 0);
  if (end > 0 && text.slice(end).trim() !== "") {
    try {
      JSON.parse(text.slice(0, end));
      return { ok: false, reason: "more than one JSON document on stdout" };
    } catch {
      // the first value itself is broken: report that below
    }
  }
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (err) {
    return { ok: false, reason: `stdout is not a JSON document (${(err as Error).message}): ${JSON.stringify(text.slice(0, 80))}` };
  }
}
