import { readXliff } from '@dari/xliff';
import { describe, expect, it } from 'vitest';
import { checkFile } from './check-file.js';
import { activeRules } from './rules/index.js';
import { translatableFile } from './stats.js';

/** Issue 12, item 9: units marked translate="no" are not units to translate. */
describe('translate="no"', () => {
  const text = `<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2"><file original="a" source-language="en" target-language="ko" datatype="plaintext"><body>
<trans-unit id="1"><source>Hello.</source><target state="translated">안녕.</target></trans-unit>
<trans-unit id="2" translate="no"><source>printf("%d")</source></trans-unit>
<group id="g" translate="no"><trans-unit id="3"><source>KEEP</source></trans-unit></group>
</body></file></xliff>`;

  it('leaves units under translate="no" (own or inherited) out of the counts', () => {
    const file = translatableFile(readXliff(text, 'locales/ko/a.xlf'));
    const { report } = checkFile({ file, path: 'locales/ko/a.xlf', locale: 'ko' }, activeRules({}), []);
    expect(report.counts).toMatchObject({ units: 1, translated: 1, untranslated: 0, percentUnits: 100 });
    expect(report.pocount.total).toBe(1);
  });
});
