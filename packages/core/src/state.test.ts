import { describe, expect, it } from 'vitest';
import {
  fromXliff2State,
  fromXliff12State,
  isReviewedState,
  isTranslatedState,
  UNIT_STATES,
  XLIFF2_STATE,
  XLIFF12_STATE,
} from './state.js';

describe('the shared state scale', () => {
  it('counts a target as translated from `translated` on, never before', () => {
    expect(UNIT_STATES.filter(isTranslatedState)).toEqual(['translated', 'reviewed', 'final']);
  });
});

describe('reviewed', () => {
  it('counts a sign-off (reviewed, final) as reviewed, and every reviewed state as translated too', () => {
    expect(UNIT_STATES.filter(isReviewedState)).toEqual(['reviewed', 'final']);
    for (const state of UNIT_STATES.filter(isReviewedState)) expect(isTranslatedState(state)).toBe(true);
  });

  it('reads a 1.2 signed-off or final target and a 2.x reviewed or final segment as reviewed; translated is not', () => {
    expect(isReviewedState(fromXliff12State('signed-off', true))).toBe(true);
    expect(isReviewedState(fromXliff12State('final', true))).toBe(true);
    expect(isReviewedState(fromXliff2State('reviewed', undefined, true))).toBe(true);
    expect(isReviewedState(fromXliff2State('final', undefined, true))).toBe(true);
    expect(isReviewedState(fromXliff12State('translated', true))).toBe(false);
    expect(isReviewedState(fromXliff2State('translated', undefined, true))).toBe(false);
  });
});

describe('XLIFF 1.2 states', () => {
  it.each(UNIT_STATES)('%s survives writing and reading back', (state) => {
    expect(fromXliff12State(XLIFF12_STATE[state], true)).toBe(state);
  });

  it('writes only values the XLIFF 1.2 state list allows', () => {
    const allowed = [
      'new',
      'needs-translation',
      'needs-review-translation',
      'translated',
      'signed-off',
      'final',
    ];
    for (const value of Object.values(XLIFF12_STATE)) expect(allowed).toContain(value);
  });

  it.each([
    'needs-review-translation',
    'needs-review-adaptation',
    'needs-review-l10n',
    'needs-adaptation',
    'needs-l10n',
  ])('reads the CAT tools’ %s as needs review, so it is not counted as done', (value) => {
    expect(fromXliff12State(value, true)).toBe('needs-review');
  });

  it('takes a target without a state as translated and no target as new', () => {
    expect(fromXliff12State(undefined, true)).toBe('translated');
    expect(fromXliff12State(undefined, false)).toBe('new');
  });

  it('never reads a custom x- state as done', () => {
    expect(fromXliff12State('x-memoq-confirmed', true)).toBe('needs-review');
    expect(fromXliff12State('x-memoq-confirmed', false)).toBe('new');
    expect(isTranslatedState(fromXliff12State('x-anything', true))).toBe(false);
  });
});

describe('XLIFF 2.x states', () => {
  it.each(UNIT_STATES)('%s survives writing and reading back, sub-state included', (state) => {
    const { state: native, subState } = XLIFF2_STATE[state];
    expect(fromXliff2State(native, subState, true)).toBe(state);
  });

  it('writes only the four states XLIFF 2 defines, keeping finer ones in a dari: sub-state', () => {
    for (const { state, subState } of Object.values(XLIFF2_STATE)) {
      expect(['initial', 'translated', 'reviewed', 'final']).toContain(state);
      if (subState !== undefined) expect(subState).toMatch(/^dari:/);
    }
  });

  it('distinguishes needs-review from translated only by the sub-state', () => {
    expect(fromXliff2State('translated', undefined, true)).toBe('translated');
    expect(fromXliff2State('translated', 'dari:needs-review', true)).toBe('needs-review');
  });

  it('ignores another tool’s sub-state', () => {
    expect(fromXliff2State('reviewed', 'acme:checked', true)).toBe('reviewed');
  });

  it('takes a missing state from the presence of a target, and an unknown one as needing review', () => {
    expect(fromXliff2State(undefined, undefined, true)).toBe('translated');
    expect(fromXliff2State(undefined, undefined, false)).toBe('new');
    expect(fromXliff2State('approved', undefined, true)).toBe('needs-review');
    expect(fromXliff2State('approved', undefined, false)).toBe('new');
  });
});

describe('between the versions', () => {
  it.each(UNIT_STATES)('%s read from 1.2 and written as 2.0 reads back the same', (state) => {
    const read = fromXliff12State(XLIFF12_STATE[state], true);
    const { state: native, subState } = XLIFF2_STATE[read];
    expect(fromXliff2State(native, subState, true)).toBe(state);
  });
});
