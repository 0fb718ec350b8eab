import assert from 'node:assert/strict';
import { test } from 'node:test';
import { canMeasureMemory, ensureOk, measure, parsePeakRss } from './measure.ts';

test('parsePeakRss reads GNU time kilobytes as megabytes', () => {
  assert.equal(parsePeakRss('51200\n'), 50);
  assert.equal(parsePeakRss('Command exited with non-zero status 1\n2048\n'), 2);
  assert.equal(parsePeakRss(''), undefined);
});

test('a child process is timed, its output and exit code kept', async () => {
  const run = await measure(process.execPath, [
    '-e',
    'const a = Buffer.alloc(64e6, 1); console.log(a.length)',
  ]);
  assert.equal(run.exitCode, 0);
  assert.equal(run.stdout.trim(), '64000000');
  assert.ok(run.wallMs > 0);
  if (canMeasureMemory()) assert.ok((run.peakRssMb ?? 0) > 60, `peak ${run.peakRssMb} MB`);
});

test('a failing or hanging command is reported, never taken for a time', async () => {
  const failed = await measure(process.execPath, ['-e', 'console.error("boom"); process.exit(3)']);
  assert.throws(() => ensureOk(failed), /exit 3:[\s\S]*boom/);
  assert.equal(ensureOk(failed, [0, 3]), failed);
  const hung = await measure(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { timeoutMs: 300 });
  assert.equal(hung.timedOut, true);
  assert.throws(() => ensureOk(hung), /timed out/);
});
