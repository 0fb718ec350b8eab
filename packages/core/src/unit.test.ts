import { describe, expect, it } from 'vitest';
import { unitsOf } from './file.js';
import { hasTranslation, type Unit } from './unit.js';

const unit = (id: string, target?: Unit['target']): Unit => ({
  id,
  source: ['Hello.'],
  state: 'translated',
  ...(target ? { target } : {}),
});

describe('hasTranslation', () => {
  it('is true for any text or inline code in the target, whatever the state', () => {
    expect(hasTranslation(unit('a', ['안녕하세요.']))).toBe(true);
    expect(hasTranslation(unit('b', [{ type: 'ph', id: '1', kind: 'break', data: '<br>' }]))).toBe(true);
    expect(hasTranslation({ ...unit('c', ['x']), state: 'new' })).toBe(true);
  });

  it('is false for no target or a target of whitespace only', () => {
    expect(hasTranslation(unit('a'))).toBe(false);
    expect(hasTranslation(unit('b', [' ', '\n\t']))).toBe(false);
    expect(hasTranslation(unit('c', []))).toBe(false);
  });
});

describe('unitsOf', () => {
  it('lists every unit of every group in reading order', () => {
    const groups = [
      { id: 'p-title', kind: 'title' as const, units: [unit('t')] },
      { id: 'p-1', kind: 'paragraph' as const, units: [unit('a'), unit('b')] },
      { id: 'p-2', kind: 'paragraph' as const, units: [] },
    ];
    expect(unitsOf({ groups }).map((u) => u.id)).toEqual(['t', 'a', 'b']);
  });
});
