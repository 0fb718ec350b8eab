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
      format: 'text',
    });
  });

  it('shows help with no command, -h, or help <topic>', () => {
    expect(parseInvocation([], '/p')).toEqual({ command: 'help' });
    expect(parseInvocation(['sync', '-h'], '/p')).toEqual({ command: 'help', topic: 'sync' });
    expect(parseInvocation(['check', '--format', 'json', '--help'], '/p')).toEqual({
      command: 'help',
      topic: 'check',
    });
    expect(parseInvocation(['help', 'status'], '/p')).toEqual({ command: 'help', topic: 'status' });
  });

  it('reads explain with or without an id', () => {
    expect(parseInvocation(['explain', 'xml-malformed'], '/p')).toEqual({
      command: 'explain',
      id: 'xml-malformed',
    });
    expect(parseInvocation(['explain'], '/p')).toEqual({ command: 'explain' });
  });

  it('reads --format for sync and status, which take text, json and github', () => {
    expect(parseInvocation(['sync', '--format', 'json'], '/p')).toMatchObject({
      command: 'sync',
      format: 'json',
    });
    expect(parseInvocation(['status', '-f', 'github'], '/p')).toEqual({
      command: 'status',
      cwd: '/p',
      format: 'github',
    });
    expect(parseInvocation(['status'], '/p')).toMatchObject({ format: 'text' });
    expect(() => parseInvocation(['sync', '--format', 'junit'], '/p')).toThrow(
      /--format "junit" is not one of text, json, github\n/,
    );
  });
  it('tells an unknown option from a known one the command does not take', () => {
    expect(() => parseInvocation(['sync', '--min', 'ko=90'], '/p')).toThrow(
      /`dari sync` does not take --min/,
    );
    expect(() => parseInvocation(['sync', '--verbose'], '/p')).toThrow(
      /unknown option --verbose for `dari sync`/,
    );
  });

  it.each([
    [['frobnicate'], /unknown command "frobnicate"/],
    [['check', '--format', 'xml'], /--format "xml" is not one of text, json/],
    [['sync', '--changed', 'HEAD'], /`dari sync` does not take --changed/],
    [['status', '--format', 'sarif'], /--format "sarif" is not one of text, json, github/],
    [['status', '--format', 'jsno'], /not one of text, json, github \(did you mean "json"\?\)/],
    [['check', '--bogus'], /unknown option --bogus for `dari check`\n/],
    [['check', '--fromat', 'json'], /unknown option --fromat for `dari check` \(did you mean --format\?\)/],
    [['sync', '--chnaged', 'HEAD'], /unknown option --chnaged for `dari sync`\n/],
    [['check', '-x'], /unknown option -x/],
    [['check', '--format'], /--format needs a value, such as --format json/],
    [['check', '--format', 'jsn'], /is not one of text, json, .* \(did you mean "json"\?\)/],
    [['snyc'], /unknown command "snyc" \(did you mean "sync"\?\)/],
    [['help', 'chekc'], /unknown command "chekc" \(did you mean "check"\?\)/],
    [['frobnicate', '--help'], /unknown command "frobnicate"/],
    [['explain', 'a', 'b'], /unexpected argument "b"/],
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
    expect((error as DariError).diagnostics[0]?.note).toMatch(/^Run `dari .*--help`/);
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

describe('--shard and --merge', () => {
  it('reads a shard of sync and of check', () => {
    expect(parseInvocation(['sync', '--shard', '2/4'], '/p')).toEqual({
      command: 'sync',
      cwd: '/p',
      format: 'text',
      shard: { index: 2, count: 4 },
    });
    expect(parseInvocation(['check', '--shard', '0/1'], '/p')).toMatchObject({
      shard: { index: 0, count: 1 },
    });
  });

  it('takes the inputs of a merge as arguments', () => {
    expect(parseInvocation(['sync', '--merge', 'a/locales', 'b/locales'], '/p')).toEqual({
      command: 'sync',
      cwd: '/p',
      format: 'text',
      merge: ['a/locales', 'b/locales'],
    });
    expect(parseInvocation(['check', '--merge', 'p0.json', 'p1.json', '--min', 'ko=90'], '/p')).toMatchObject(
      {
        merge: ['p0.json', 'p1.json'],
        min: { ko: 90 },
      },
    );
  });

  it('refuses a shard out of range, both options at once, a merge of nothing, thresholds on a shard', () => {
    for (const bad of ['4/4', '1/0', '-1/2', '1', 'a/b', '0/2000']) {
      expect(() => parseInvocation(['sync', '--shard', bad], '/p')).toThrow(/--shard expects INDEX\/COUNT/);
    }
    expect(() => parseInvocation(['sync', '--shard', '0/2', '--merge', 'x'], '/p')).toThrow(/give one/);
    expect(() => parseInvocation(['check', '--merge'], '/p')).toThrow(/needs the part file of every shard/);
    expect(() => parseInvocation(['check', '--shard', '0/2', '--min', 'ko=90'], '/p')).toThrow(
      /applies no thresholds/,
    );
    expect(() => parseInvocation(['sync', 'stray'], '/p')).toThrow(/unexpected argument "stray"/);
  });
});
