/**
 * `JSON.stringify(value, null, 2)` in pieces: a report of 231,000 findings is 149 MB of text, and
 * built as one string (then copied once more into one UTF-8 buffer to be written) it cost more
 * than all the checking of a warm run. Large arrays and objects are opened here and their entries
 * stringified a batch at a time by `JSON.stringify` itself, indented for the depth they sit at;
 * joined, the pieces are the same bytes as the one call.
 *
 * For plain data (objects, arrays, strings, numbers, booleans, null, undefined), which is what the
 * reports are: a `toJSON` that looks at its key could see another key in a batch.
 */

/**
 * Entries stringified per call: about 35 KB of text per batch of findings, so each piece is a
 * young-generation string. Pieces of a megabyte went to V8's large-object space, and every few of
 * them set off a full collection over the whole report: a fifth less CPU at 10,000 articles.
 */
const BATCH = 64;
/** Containers with more entries than this are opened; smaller ones are stringified whole. */
const LARGE = 1024;

const pad = (depth: number) => '  '.repeat(depth);

/**
 * The text of a container that sits at `depth`, as `JSON.stringify(value, null, 2)` prints it
 * there: stringified inside `depth` arrays, so its lines come indented by JSON.stringify itself,
 * and cut out of them. The cut is a slice of one flat string: shifting lines with `replaceAll`
 * built strings of millions of parts, and flattening them to be written cost more than the rest.
 * Gives the text from the bracket's line end to before the closing line's newline: the entries'
 * lines, or undefined when the container printed empty (`[]`, `{}`).
 */
function entriesAt(container: object, depth: number): string | undefined {
  let wrapped: unknown = container;
  for (let k = 0; k < depth; k++) wrapped = [wrapped];
  const text = JSON.stringify(wrapped, null, 2);
  // Each wrapper k opens with `pad(k) + '[\n'` and closes with `'\n' + pad(k) + ']'`: k·(k+1) in all.
  const wrappers = depth * (depth + 1);
  const open = wrappers + 2 * depth + 1;
  if (text.charCodeAt(open) !== 10) return undefined;
  return text.slice(open + 1, text.length - wrappers - 2 * depth - 2);
}

/** `JSON.stringify(value, null, 2)` for a value that starts at `depth` (defined: it prints). */
function stringifyAt(value: unknown, depth: number): string {
  let wrapped = value;
  for (let k = 0; k < depth; k++) wrapped = [wrapped];
  const text = JSON.stringify(wrapped, null, 2);
  const wrappers = depth * (depth + 1);
  return text.slice(wrappers + 2 * depth, text.length - wrappers);
}

function isPlainContainer(value: unknown): value is Record<string, unknown> | unknown[] {
  if (typeof value !== 'object' || value === null || 'toJSON' in value) return false;
  if (Array.isArray(value)) return true;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** Entries in `value` and the containers in it, counted until past `limit` (nothing allocated: it runs per finding). */
function weight(value: unknown, limit: number): number {
  if (!isPlainContainer(value)) return 0;
  const deeper = (member: unknown, n: number) =>
    typeof member === 'object' && member !== null ? weight(member, limit - n) : 0;
  let n = 0;
  if (Array.isArray(value)) {
    n = value.length;
    for (let i = 0; i < value.length && n <= limit; i++) n += deeper(value[i], n);
    return n;
  }
  for (const key in value) {
    n++;
    if (n > limit) break;
    n += deeper(value[key], n);
  }
  return n;
}

/** Opened here rather than handed whole to `JSON.stringify`: a plain container holding many entries. */
function opens(value: unknown): value is Record<string, unknown> | unknown[] {
  return isPlainContainer(value) && weight(value, LARGE) > LARGE;
}

/** The pieces of `JSON.stringify(value, null, 2)`, for a value that starts at `depth` (two spaces each). */
export function* jsonChunks(value: unknown, depth = 0): Generator<string> {
  if (!opens(value)) {
    const text = JSON.stringify(value, null, 2) as string | undefined;
    // Nothing for undefined (or a function), as JSON.stringify gives undefined for it.
    if (text === undefined) return;
    yield depth === 0 ? text : stringifyAt(value, depth);
    return;
  }
  if (Array.isArray(value)) yield* arrayChunks(value, depth);
  else yield* objectChunks(value, depth);
}

function* arrayChunks(value: readonly unknown[], depth: number): Generator<string> {
  yield '[\n';
  let first = true;
  let start = 0;
  // Runs of small elements go in batches; a large one is opened in turn.
  const flush = function* (end: number): Generator<string> {
    for (let i = start; i < end; i += BATCH) {
      if (!first) yield ',\n';
      yield entriesAt(value.slice(i, Math.min(end, i + BATCH)), depth) as string;
      first = false;
    }
  };
  for (let i = 0; i < value.length; i++) {
    const element = value[i];
    if (!opens(element)) continue;
    yield* flush(i);
    if (!first) yield ',\n';
    yield pad(depth + 1);
    first = false;
    yield* jsonChunks(element, depth + 1);
    start = i + 1;
  }
  yield* flush(value.length);
  yield `\n${pad(depth)}]`;
}

function* objectChunks(value: Record<string, unknown>, depth: number): Generator<string> {
  const keys = Object.keys(value);
  let first = true;
  let start = 0;
  const open = () => {
    const head = first ? '{\n' : ',\n';
    first = false;
    return head;
  };
  const flush = function* (end: number): Generator<string> {
    for (let i = start; i < end; i += BATCH) {
      // Keys come in Object.keys order (array-index keys first), so a run of them keeps its order.
      const batch: Record<string, unknown> = {};
      for (const key of keys.slice(i, Math.min(end, i + BATCH))) {
        Object.defineProperty(batch, key, { value: value[key], enumerable: true, writable: true });
      }
      const entries = entriesAt(batch, depth);
      // Every member left out (undefined, a function): nothing to print of this batch.
      if (entries !== undefined) {
        yield open();
        yield entries;
      }
    }
  };
  for (const [i, key] of keys.entries()) {
    const member = value[key];
    if (!opens(member)) continue;
    yield* flush(i);
    yield open();
    yield `${pad(depth + 1)}${JSON.stringify(key)}: `;
    yield* jsonChunks(member, depth + 1);
    start = i + 1;
  }
  yield* flush(keys.length);
  yield first ? '{}' : `\n${pad(depth)}}`;
}
