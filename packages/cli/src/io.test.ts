import { describe, expect, it } from 'vitest';
import { progressAllowed } from './io.js';

describe('progressAllowed', () => {
  const tty = { isTTY: true };
  it('draws on a terminal', () => {
    expect(progressAllowed(tty, {})).toBe(true);
    expect(progressAllowed(tty, { CI: 'false' }), 'CI=false is not CI').toBe(true);
  });
  it('never on a pipe or a file, under CI, or on a dumb terminal', () => {
    expect(progressAllowed({ isTTY: false }, {})).toBe(false);
    expect(progressAllowed({}, {})).toBe(false);
    expect(progressAllowed(tty, { CI: 'true' })).toBe(false);
    expect(progressAllowed(tty, { CI: '1' })).toBe(false);
    expect(progressAllowed(tty, { TERM: 'dumb' })).toBe(false);
  });
});
