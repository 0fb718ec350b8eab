import { describe, expect, it } from 'vitest';
import { decoder, Encoder } from './rows.js';

/** Through JSON, as the cache file goes. */
function roundTrip(objects: object[]): (object | undefined)[] {
  const encoder = new Encoder();
  const rows = objects.map((o) => encoder.encode(o));
  const data = JSON.parse(JSON.stringify({ ...encoder.tables, rows })) as Record<string, unknown>;
  const decode = decoder(data);
  if (!decode) throw new Error('no tables');
  return (data.rows as unknown[]).map(decode);
}

describe('cache rows', () => {
  it('give back each object as it printed: key order, optional keys, nested objects, arrays', () => {
    const objects = [
      { ruleId: 'a', severity: 'error', line: 3, unitId: 's-1', note: 'n' },
      { ruleId: 'a', severity: 'error', line: 4, note: 'n', unitId: 's-2' },
      { file: 'x', counts: { units: 2, ok: true }, uses: [[1, 'z', [0]]], missing: null },
      {},
      { ruleId: 'b', actual: undefined, expected: 'e' },
      // Keys that look like the shape names' own length prefixes and kinds.
      { '1:a1': 0, a: 'y' },
      { a: 'z' },
      { '1:a': 'w' },
    ];
    const back = roundTrip(objects);
    expect(back.map((o) => JSON.stringify(o))).toEqual(objects.map((o) => JSON.stringify(o)));
  });

  it('give objects whose keys differ only in their kinds shapes of their own', () => {
    const encoder = new Encoder();
    encoder.encode({ a: 'x' });
    encoder.encode({ a: 1 });
    encoder.encode({ a: { b: 1 } });
    expect(encoder.tables.shapes).toEqual([[['a', 1]], [['a', 0]], [['a', 2]], [['b', 0]]]);
  });

  it('store each repeated key list and string once', () => {
    const encoder = new Encoder();
    for (let i = 0; i < 100; i++) encoder.encode({ ruleId: 'omitted-content', note: 'same note', line: i });
    expect(encoder.tables.shapes).toHaveLength(1);
    expect(encoder.tables.strings).toEqual(['omitted-content', 'same note']);
  });

  it('refuse a row that does not fit its tables', () => {
    const decode = decoder({ shapes: [[['a', 1]]], strings: ['x'] });
    expect(decode?.([0, 0])).toEqual({ a: 'x' });
    expect(decode?.([0, 5])).toBeUndefined();
    expect(decode?.([1, 0])).toBeUndefined();
    expect(decode?.([0])).toBeUndefined();
    expect(decode?.('not a row')).toBeUndefined();
    expect(decoder({ shapes: 'no' })).toBeUndefined();
  });
});
