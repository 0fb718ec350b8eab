import { DariError } from '@dari/core';
import { describe, expect, it } from 'vitest';
import { readXliff } from './read.js';

/** The first diagnostic of the DariError `fn` throws. */
function diagnosticOf(fn: () => unknown) {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(DariError);
    return (err as DariError).diagnostics[0];
  }
  throw new Error('expected a DariError');
}

const ok12 = (inner: string) =>
  `<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="a" source-language="en" datatype="plaintext"><body>${inner}</body></file></xliff>`;

describe('readXliff on bad input', () => {
  it('reports malformed XML with file:line:col', () => {
    const d = diagnosticOf(() =>
      readXliff('<?xml version="1.0"?>\n<xliff version="1.2">\n  <file>\n</xliff>', 'locales/ko/a.xlf'),
    );
    expect(d).toMatchObject({
      ruleId: 'xml-malformed',
      file: 'locales/ko/a.xlf',
      line: 4,
      severity: 'error',
    });
    expect(d?.message).toMatch(/not well-formed/);
  });

  it('refuses a DOCTYPE with an external entity without fetching it', () => {
    const text =
      '<?xml version="1.0"?>\n<!DOCTYPE xliff [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n<xliff>&xxe;</xliff>';
    expect(diagnosticOf(() => readXliff(text, 'a.xlf'))).toMatchObject({
      ruleId: 'xliff-doctype',
      line: 2,
      column: 1,
    });
  });

  it('refuses an entity-expansion bomb at its DOCTYPE, before any expansion', () => {
    const lol = Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i};`.repeat(10)}">`).join(
      '\n',
    );
    const text = `<?xml version="1.0"?>\n<!DOCTYPE lolz [\n<!ENTITY lol0 "lol">\n${lol}\n]>\n<lolz>&lol9;</lolz>`;
    expect(diagnosticOf(() => readXliff(text, 'bomb.xlf'))).toMatchObject({
      ruleId: 'xliff-doctype',
      file: 'bomb.xlf',
      line: 2,
    });
  });

  it('reports an undefined entity with its position', () => {
    const d = diagnosticOf(() =>
      readXliff(ok12('<trans-unit id="a"><source>&nbsp;</source></trans-unit>'), 'a.xlf'),
    );
    expect(d).toMatchObject({ ruleId: 'xml-malformed', line: 1 });
    expect(d?.message).toMatch(/nbsp/);
  });

  it('reports characters XML cannot carry, raw or as references', () => {
    expect(
      diagnosticOf(() =>
        readXliff(ok12('<trans-unit id="a"><source>a\u0001b</source></trans-unit>'), 'a.xlf'),
      ),
    ).toMatchObject({
      ruleId: 'xml-invalid-char',
    });
    expect(
      diagnosticOf(() => readXliff(ok12('<trans-unit id="a"><source>a&#1;b</source></trans-unit>'), 'a.xlf'))
        ?.ruleId,
    ).toMatch(/^xml-/);
  });

  it('rejects a root that is not <xliff> or not in an XLIFF namespace', () => {
    expect(diagnosticOf(() => readXliff('<html><body/></html>', 'a.xlf'))).toMatchObject({
      ruleId: 'xliff-root',
      line: 1,
      column: 1,
    });
    expect(diagnosticOf(() => readXliff('<xliff version="1.2" xmlns="urn:example"/>', 'a.xlf'))?.ruleId).toBe(
      'xliff-root',
    );
    // Namespace-less XLIFF 1.x is read (Translate Toolkit and old tools write it): this one fails later, for having no <file>.
    expect(diagnosticOf(() => readXliff('<xliff version="1.2"/>', 'a.xlf'))?.ruleId).toBe('xliff-structure');
  });

  it('rejects unsupported versions and a version that does not match the namespace', () => {
    for (const [version, ns] of [
      ['1.1', 'urn:oasis:names:tc:xliff:document:1.2'],
      ['3.0', 'urn:oasis:names:tc:xliff:document:2.0'],
      ['2.0', 'urn:oasis:names:tc:xliff:document:1.2'],
    ]) {
      const d = diagnosticOf(() => readXliff(`<xliff version="${version}" xmlns="${ns}"/>`, 'a.xlf'));
      expect(d).toMatchObject({ ruleId: 'xliff-version' });
      expect(d?.message).toContain(`"${version}"`);
    }
  });

  it('rejects duplicate unit ids, pointing at the second and naming the first', () => {
    const text = ok12(
      '\n<trans-unit id="a"><source>1</source></trans-unit>\n<trans-unit id="a"><source>2</source></trans-unit>',
    );
    const d = diagnosticOf(() => readXliff(text, 'a.xlf'));
    expect(d).toMatchObject({ ruleId: 'xliff-duplicate-id', line: 3, column: 1 });
    expect(d?.note).toContain('line 2');
  });

  it('rejects duplicate segment-level ids in 2.0 too', () => {
    const u = '<unit id="x"><segment><source>a</source></segment></unit>';
    const text = `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en"><file id="f">${u}${u}</file></xliff>`;
    expect(diagnosticOf(() => readXliff(text, 'a.xlf'))?.ruleId).toBe('xliff-duplicate-id');
  });

  it('rejects units without id or source', () => {
    expect(
      diagnosticOf(() => readXliff(ok12('<trans-unit><source>a</source></trans-unit>'), 'a.xlf'))?.ruleId,
    ).toBe('xliff-structure');
    expect(
      diagnosticOf(() => readXliff(ok12('<trans-unit id="a"><target>a</target></trans-unit>'), 'a.xlf'))
        ?.ruleId,
    ).toBe('xliff-structure');
  });
});
