import { PassThrough } from 'node:stream';
import { WriteStream } from 'node:tty';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { colorsFor, palette } from './style.js';

describe('palette', () => {
  it('styles text when enabled and returns it unchanged when not', () => {
    expect(palette(true).red('fail')).toBe('\u001b[31mfail\u001b[39m');
    expect(palette(true).bold('file')).toBe('\u001b[1mfile\u001b[22m');
    expect(palette(false).red('fail')).toBe('fail');
  });
});

describe('colorsFor', () => {
  afterEach(() => vi.unstubAllEnvs());
  // A pipe that says it is a terminal, with the real terminal's colour-depth rule (which reads NO_COLOR).
  const terminal = () =>
    Object.assign(new PassThrough(), { isTTY: true, getColorDepth: WriteStream.prototype.getColorDepth });

  it('colours a terminal, not a pipe nor a dumb terminal', () => {
    vi.stubEnv('NO_COLOR', undefined);
    vi.stubEnv('FORCE_COLOR', undefined);
    vi.stubEnv('NODE_DISABLE_COLORS', undefined);
    // Node gives a terminal under CI=true (our CI) two colours unless it knows the CI service.
    vi.stubEnv('CI', undefined);
    // The colour depth of a terminal follows TERM, which CI runners may leave unset or set to dumb.
    vi.stubEnv('TERM', 'xterm-256color');
    expect(colorsFor(terminal())).toBe(true);
    vi.stubEnv('TERM', 'dumb');
    expect(colorsFor(terminal())).toBe(false);
    expect(colorsFor(new PassThrough())).toBe(false);
  });

  it('respects NO_COLOR on a terminal and FORCE_COLOR on a pipe', () => {
    vi.stubEnv('FORCE_COLOR', undefined);
    vi.stubEnv('NO_COLOR', '1');
    expect(colorsFor(terminal())).toBe(false);
    vi.stubEnv('NO_COLOR', undefined);
    vi.stubEnv('FORCE_COLOR', '1');
    expect(colorsFor(new PassThrough())).toBe(true);
  });
});
