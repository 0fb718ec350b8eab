import { describe, expect, it } from 'vitest';
import { COMMAND_OPTIONS } from './args.js';
import { HELP, helpFor } from './help.js';

describe('helpFor', () => {
  it('gives the global help without a topic', () => {
    expect(helpFor()).toBe(HELP);
    expect(HELP).toMatch(/^Commands:$/m);
  });

  it.each(['sync', 'check', 'status', 'tm', 'explain'])(
    'gives %s its own usage, options and exit codes',
    (topic) => {
      const text = helpFor(topic);
      expect(text).toMatch(new RegExp(`^Usage: dari ${topic}`));
      expect(text).toMatch(/^Exit: /m);
      expect(text).not.toMatch(/^Commands:$/m);
      for (const option of COMMAND_OPTIONS[topic] ?? []) expect(text).toContain(`--${option}`);
    },
  );

  it('lists for a command only the options it takes', () => {
    expect(helpFor('check')).toContain('--min LOCALE=PCT');
    expect(helpFor('sync')).not.toContain('--min');
    expect(helpFor('status')).not.toContain('--changed');
  });
  it('names the formats each command takes', () => {
    expect(helpFor('check')).toContain('text (default), json, github, junit, sarif, markdown');
    for (const topic of ['sync', 'status']) {
      expect(helpFor(topic)).toMatch(/--format, -f FMT +output: text \(default\), json, github\n/);
      expect(helpFor(topic)).not.toContain('junit');
    }
  });

  it('refuses an unknown topic with the closest command', () => {
    expect(() => helpFor('stauts')).toThrow(/unknown command "stauts" \(did you mean "status"\?\)/);
  });
});
