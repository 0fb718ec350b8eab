import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DariError } from '../../packages/core/dist/index.js';
import { parseBenchArgs } from './args.ts';

test('defaults: 1,000 articles, site at 1,000, seed 1, nothing skipped', () => {
  const o = parseBenchArgs([]);
  assert.equal(o.size, 1000);
  assert.equal(o.siteSize, 1000);
  assert.equal(o.seed, 1);
  assert.equal(o.skip.size, 0);
  assert.equal(o.keep, false);
});

test('--full and --size 10000 build the site at 10,000; a smaller site size can be asked', () => {
  assert.equal(parseBenchArgs(['--full']).size, 10_000);
  assert.equal(parseBenchArgs(['--full']).siteSize, 10_000);
  assert.equal(parseBenchArgs(['--size', '10000']).siteSize, 10_000);
  assert.equal(parseBenchArgs(['--size', '5000']).siteSize, 1000);
  assert.equal(parseBenchArgs(['--full', '--site-size', '1000']).siteSize, 1000);
  assert.equal(parseBenchArgs(['--size', '200']).siteSize, 200);
});

test('--skip takes known steps only', () => {
  assert.deepEqual([...parseBenchArgs(['--skip', 'site, turbo']).skip], ['site', 'turbo']);
  assert.throws(() => parseBenchArgs(['--skip', 'sight']), /unknown step "sight"/);
});

function usageErrorOf(argv: string[]): DariError {
  try {
    parseBenchArgs(argv);
  } catch (e) {
    assert.ok(e instanceof DariError);
    return e;
  }
  assert.fail(`no error for ${argv.join(' ')}`);
}

test('bad input is a bench-usage error that says what to do', () => {
  for (const argv of [
    ['--size', '0'],
    ['--size', 'many'],
    ['--seed', '-1'],
    ['--peer-timeout', '1.5'],
    ['--full', '--size', '500'],
    ['--size', '100', '--site-size', '200'],
    ['--sise', '100'],
    ['extra'],
  ]) {
    const e = usageErrorOf(argv);
    assert.equal(e.diagnostics[0]?.ruleId, 'bench-usage', argv.join(' '));
    assert.match(e.diagnostics[0]?.note ?? '', /^Usage: pnpm bench/);
  }
});
