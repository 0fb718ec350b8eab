import { describe, expect, it } from 'vitest';
import { progressFrame, progressReporter } from './progress.js';

const style = { label: 'check', unit: 'files', width: 10 };

/** A reporter on a fake clock, with everything it wrote. */
function fake(interval = 100) {
  let now = 0;
  let written = '';
  const progress = progressReporter((t) => (written += t), style, { now: () => now, interval });
  return { progress, tick: (ms: number) => (now += ms), written: () => written };
}

describe('progressFrame', () => {
  it('draws over the last frame: a carriage return, the label, the bar and the count', () => {
    expect(progressFrame(0, 4, style)).toBe('\rcheck [..........] 0/4 files');
    expect(progressFrame(3, 4, style)).toBe('\rcheck [#######...] 3/4 files');
    expect(progressFrame(4, 4, style)).toBe('\rcheck [##########] 4/4 files');
  });

  it('colours the bar only when asked', () => {
    expect(progressFrame(2, 4, style)).not.toContain('\u001b[');
    expect(progressFrame(2, 4, { ...style, color: true })).toContain('\u001b[36m#####\u001b[39m');
  });
});

describe('progressReporter', () => {
  it('redraws when the bar grows or time passes, and ends with the full bar and a newline', () => {
    const { progress, written } = fake();
    for (let done = 1; done <= 100; done++) progress.update(done, 100);
    // The first step, then a frame per cell filled: 11 however many steps; the last with its newline.
    const frames = written().split('\r');
    expect(frames.filter((f) => f !== '')).toHaveLength(11);
    expect(written().endsWith('\rcheck [##########] 100/100 files\n')).toBe(true);
    progress.end();
    expect(written().endsWith('files\n')).toBe(true);
  });

  it('shows a count that moves within one cell once the interval has passed', () => {
    const { progress, tick, written } = fake();
    progress.update(1, 1000);
    progress.update(2, 1000);
    expect(written()).toBe('\rcheck [..........] 1/1000 files');
    tick(150);
    progress.update(3, 1000);
    expect(written()).toBe('\rcheck [..........] 1/1000 files\rcheck [..........] 3/1000 files');
  });

  it('closes a line cut short, so what follows starts on its own line; writes nothing if never drawn', () => {
    const cut = fake();
    cut.progress.update(5, 10);
    cut.progress.end();
    expect(cut.written()).toBe('\rcheck [#####.....] 5/10 files\n');
    const idle = fake();
    idle.progress.end();
    expect(idle.written()).toBe('');
  });
});
