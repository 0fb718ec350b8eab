import { DariError } from '@dari/core';
import { describe, expect, it } from 'vitest';
import { parseInvocation, parseMin } from './args.js';

describe('parseInvocation', () => {
  it('reads check options', () => {
    expect(
      parseInvocation(
        ['check', '--format', 'json', '--min', 'ko=95', '--min-reviewed', 'ko=80', '--changed', 'HEAD~1'],
        '/p',
      ),
    ).toEqual({
      command: 'check',
      cwd: '/p',
      format: 'json',
      min: { ko: 95 },
      minReviewed: { ko: 80 },
      changed: 'HEAD~1',
    });
  });

  it('takes --cwd over the process folder', () => {
    expect(parseInvocation(['sync', '--cwd', '/elsewhere'], '/p')).toEqual({
      command: 'sync',
      cwd: '/elsewhere',
    });
  });

  it('shows help with no command, -h, or help <topic>', () => {
    expect(parseInvocation([], '/p').command).toBe('help');
    expect(parseInvocation(['sync', '-h'], '/p')).toEqual({ command: 'help', topic: 'sync' });
  });

  it.each([
    [['frobnicate'], /unknown command "frobnicate"/],
    [['check', '--format', 'xml'], /--format "xml" is not one of text, json/],
    [['sync', '--format', 'json'], /`dari sync` does not take --format/],
    [['check', '--bogus'], /Unknown option '--bogus'/],
    [['tm'], /dari tm export/],
    [['status', 'extra'], /unexpected argument "extra"/],
  ])('rejects %j with a usage error', (argv, message) => {
    let error: unknown;
    try {
      parseInvocation(argv, '/p');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DariError);
    expect((error as DariError).diagnostics[0]?.ruleId).toBe('cli-usage');
    expect((error as DariError).message).toMatch(message);
  });
});

describe('parseMin', () => {
  it('parses several locales', () => {
    expect(parseMin(['ko=95', 'ja=0', 'pt-BR=50.5'])).toEqual({ ko: 95, ja: 0, 'pt-BR': 50.5 });
  });
  it('rejects percentages out of range and malformed values', () => {
    expect(() => parseMin(['ko=101'])).toThrow(/0 to 100/);
    expect(() => parseMin(['ko'])).toThrow(/LOCALE=PERCENT/);
    expect(() => parseMin(['ko=-5'])).toThrow(/LOCALE=PERCENT/);
    expect(() => parseMin(['ko'], '--min-reviewed')).toThrow(/--min-reviewed expects LOCALE=PERCENT/);
  });
});
