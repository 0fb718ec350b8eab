/**
 * Objects as the check's caches store them (reports and findings in the result cache, findings in
 * the name comparison's memo): a warm run at 10,000 articles reads hundreds of thousands of
 * them, and their keys and most of their strings (rule ids, notes, file paths, messages) repeat.
 * Each object is `[shape, ...values]`: `shapes[shape]` lists its keys in order (so the decoded
 * object prints exactly as the checked one did), each with how its value is kept: `0` as is, `1` a
 * string given by its index in `strings`, `2` an object encoded the same way. A third of the bytes
 * to read, hash and parse, and arrays parse faster than objects.
 */
type Kind = 0 | 1 | 2;
interface Tables {
  readonly shapes: Array<Array<[string, Kind]>>;
  readonly strings: string[];
}

const kindOf = (v: unknown): Kind =>
  typeof v === 'string' ? 1 : typeof v === 'object' && v !== null && !Array.isArray(v) ? 2 : 0;

/** Builds the tables while the cache is written. */
export class Encoder {
  readonly #shapes = new Map<string, number>();
  readonly #strings = new Map<string, number>();
  readonly tables: Tables = { shapes: [], strings: [] };

  #string(v: string): number {
    let i = this.#strings.get(v);
    if (i === undefined) {
      i = this.tables.strings.length;
      this.tables.strings.push(v);
      this.#strings.set(v, i);
    }
    return i;
  }

  encode(d: object): unknown[] {
    const record = d as Record<string, unknown>;
    // A key holding undefined is left out, as JSON.stringify leaves it out of the report.
    const keys = Object.keys(record).filter((k) => record[k] !== undefined);
    // The shape's name, length-prefixed keys and kinds: one string per object, where a
    // JSON.stringify of the shape per object was a third of writing the cache.
    let name = '';
    for (const k of keys) name += `${k.length}:${k}${kindOf(record[k])}`;
    let i = this.#shapes.get(name);
    if (i === undefined) {
      i = this.tables.shapes.length;
      this.tables.shapes.push(keys.map((k): [string, Kind] => [k, kindOf(record[k])]));
      this.#shapes.set(name, i);
    }
    const row: unknown[] = [i];
    for (const k of keys) {
      const v = record[k];
      const kind = kindOf(v);
      row.push(kind === 1 ? this.#string(v as string) : kind === 2 ? this.encode(v as object) : v);
    }
    return row;
  }
}

/** Reads what `Encoder` wrote; undefined for anything it could not have written. */
export function decoder(data: Record<string, unknown>): ((row: unknown) => object | undefined) | undefined {
  const { shapes, strings } = data as Partial<Tables>;
  if (!Array.isArray(shapes) || !Array.isArray(strings)) return undefined;
  const decode = (row: unknown): object | undefined => {
    if (!Array.isArray(row)) return undefined;
    const shape = shapes[row[0] as number];
    if (!Array.isArray(shape) || shape.length !== row.length - 1) return undefined;
    const d: Record<string, unknown> = {};
    for (let i = 0; i < shape.length; i++) {
      const [key, kind] = shape[i] as [string, Kind];
      const v = row[i + 1];
      const value = kind === 1 ? strings[v as number] : kind === 2 ? decode(v) : v;
      if (kind !== 0 && value === undefined) return undefined;
      d[key] = value;
    }
    return d;
  };
  return decode;
}
