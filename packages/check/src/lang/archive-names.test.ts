import { describe, expect, it } from 'vitest';
import { archiveClashes, type IndexedFile, nameIndexOf } from './archive-names.js';

/** A file of an archive from `[english, korean]` sentences, one a line from line 10 on. */
function file(name: string, pairs: ReadonlyArray<readonly [string, string]>, reported = true): IndexedFile {
  const placed = pairs.map(([source, target], i) => ({
    source,
    target,
    line: 10 + i,
    column: 7,
    id: `u${i}`,
  }));
  return { file: name, index: nameIndexOf(placed), reported };
}

const spellings = (files: readonly IndexedFile[]) =>
  archiveClashes(files).map((c) => `${c.file}:${c.line} ${c.rare}→${c.common} (${c.name})`);

// News copy of our own: each English sentence names someone mid-sentence, as wire copy does.
const LIGHTHIZER: ReadonlyArray<readonly [string, string]> = [
  ['On Monday, Lighthizer called for talks.', '라이트하이저 대표는 월요일 협상을 요구했다.'],
  ['The request came from Lighthizer in July.', '요청은 7월 라이트하이저 대표에게서 나왔다.'],
];

describe('archiveClashes: a name spelled against the majority of the archive', () => {
  describe('wrong Korean is found', () => {
    it('finds the odd file among three, on its sentence, naming the majority and where it is used', () => {
      const clashes = archiveClashes([
        file('ko/a.xlf', LIGHTHIZER),
        file('ko/b.xlf', [['Trade envoy Lighthizer left Seoul.', '라이트하이저 대표는 서울을 떠났다.']]),
        file('ko/c.xlf', [
          ['Seoul welcomed the plan.', '서울은 계획을 반겼다.'],
          ['Officials said Lighthizer would return.', '당국자들은 라이트하이져 대표가 돌아온다고 말했다.'],
        ]),
      ]);
      expect(clashes).toEqual([
        {
          file: 'ko/c.xlf',
          line: 11,
          column: 7,
          unitId: 'u1',
          name: 'Lighthizer',
          rare: '라이트하이져',
          common: '라이트하이저',
          rareCount: 1,
          commonCount: 3,
          places: ['ko/a.xlf:10:7', 'ko/a.xlf:11:7', 'ko/b.xlf:10:7'],
        },
      ]);
    });

    it('counts the memory archive towards the majority, and reports only in locale files', () => {
      const archive = file(
        'ko/.memory/archive.tmx',
        [
          ['Secretary Tillerson flew to Moscow.', '틸러슨 장관은 모스크바로 향했다.'],
          ['Talks with Tillerson ended.', '틸러슨 장관과의 회담이 끝났다.'],
        ],
        false,
      );
      // Three-syllable names: a jamo apart is enough (`므누신`/`므누친`, `틸러슨`/`틸러선`).
      const odd = file('ko/d.xlf', [
        ['Secretary Mnuchin met Tillerson.', '므누친 장관은 틸러선 장관을 만났다.'],
      ]);
      const other = file('ko/e.xlf', [
        ['Secretary Mnuchin spoke.', '므누신 장관이 말했다.'],
        ['Later, Mnuchin left.', '이후 므누신 장관은 떠났다.'],
      ]);
      expect(spellings([odd, other, archive])).toEqual([
        'ko/d.xlf:10 므누친→므누신 (Mnuchin)',
        'ko/d.xlf:10 틸러선→틸러슨 (Tillerson)',
      ]);
      // The archive's own odd spelling is history: counted, never reported.
      const oldArchive = file(
        'ko/.memory/archive.tmx',
        [['Secretary Tillerson left.', '틸러선 장관이 떠났다.']],
        false,
      );
      const consistent = file('ko/f.xlf', [
        ['Secretary Tillerson arrived.', '틸러슨 장관이 도착했다.'],
        ['The visit by Tillerson ended.', '틸러슨 장관의 방문이 끝났다.'],
      ]);
      expect(spellings([consistent, oldArchive])).toEqual([]);
    });

    it('lets five syllables and more differ by two jamo, and finds each odd sentence', () => {
      const files = [
        file('ko/a.xlf', [
          ['Talks in San Francisco began.', '샌프란시스코에서 협상이 시작됐다.'],
          ['Delegates left San Francisco.', '대표단은 샌프란시스코를 떠났다.'],
          ['Mayors of San Francisco met.', '샌프란시스코 시장들이 만났다.'],
        ]),
        file('ko/b.xlf', [
          ['Flights to San Francisco resumed.', '샌프란씨스꼬로 가는 항공편이 재개됐다.'],
          ['Hotels in San Francisco filled.', '샌프란시스꼬의 호텔이 찼다.'],
        ]),
      ];
      expect(spellings(files)).toEqual([
        'ko/b.xlf:10 샌프란씨스꼬→샌프란시스코 (San)',
        'ko/b.xlf:11 샌프란시스꼬→샌프란시스코 (San)',
      ]);
    });

    it('leaves to the file rule a file that holds both spellings, when asked to', () => {
      const files = [
        file('ko/a.xlf', LIGHTHIZER),
        file('ko/b.xlf', [
          ['Envoy Lighthizer spoke.', '라이트하이저 대표가 말했다.'],
          ['Later, Lighthizer left.', '이후 라이트하이져 대표는 떠났다.'],
        ]),
      ];
      expect(spellings(files)).toEqual(['ko/b.xlf:11 라이트하이져→라이트하이저 (Lighthizer)']);
      expect(archiveClashes(files, (f) => f === 'ko/b.xlf')).toEqual([]);
    });
  });

  describe('correct Korean passes', () => {
    it('passes one spelling throughout', () => {
      expect(spellings([file('ko/a.xlf', LIGHTHIZER), file('ko/b.xlf', LIGHTHIZER)])).toEqual([]);
    });

    it('passes two people with look-alike names (`매티스` Mattis, `매시스` Mathis)', () => {
      expect(
        spellings([
          file('ko/a.xlf', [
            ['Defense Secretary Mattis spoke.', '매티스 장관이 말했다.'],
            ['Later, Mattis left.', '이후 매티스 장관은 떠났다.'],
          ]),
          file('ko/b.xlf', [['Singer Johnny Mathis performed.', '가수 조니 매시스가 공연했다.']]),
        ]),
      ).toEqual([]);
    });

    it('passes common words a jamo apart (`이라며`/`이라면`) that stand beside many names', () => {
      const names = ['Trump', 'Moon', 'Abe', 'Xi', 'Putin', 'Merkel'];
      const common = names.map(
        (n, i) => [`On Friday, ${n} called it a deal.`, `${i}번째 정상은 타결이라며 웃었다.`] as const,
      );
      expect(
        spellings([
          file('ko/a.xlf', common),
          file('ko/b.xlf', [
            ['If talks fail, Trump said, tariffs follow.', '협상이 실패라면 관세라며 경고했다.'],
          ]),
          file('ko/c.xlf', [['Aides to Trump said so.', '측근들은 타결이라면 좋겠다고 말했다.']]),
        ]),
      ).toEqual([]);
    });

    it('passes words a jamo apart tied to a name most sentences hold (`Korea`), and still finds a slip', () => {
      const files = [
        file('ko/a.xlf', [
          [
            'Talks with South Korea ended, officials said.',
            '당국자들은 타결이라며 한국과의 협상이 끝났다고 말했다.',
          ],
          ['Exports from South Korea rose.', '한국의 수출은 늘었다고 타결이라며 전했다.'],
          ['Imports to South Korea fell.', '한국의 수입이 줄었다.'],
          ['Envoy Lighthizer visited South Korea.', '라이트하이저 대표가 한국을 찾았다.'],
        ]),
        file('ko/b.xlf', [
          ['Stocks in Tokyo rose, Reuters said.', '도쿄 증시는 타결이라며 올랐다.'],
          ['The yen fell, Reuters said.', '엔화는 타결이라며 내렸다.'],
          ['Envoy Lighthizer left Seoul.', '라이트하이저 대표는 서울을 떠났다.'],
        ]),
        file('ko/c.xlf', [
          ['Officials in South Korea said a deal would help.', '한국 당국자들은 타결이라면 좋겠다고 말했다.'],
          ['Later, Lighthizer spoke to South Korea.', '이후 라이트하이져 대표는 한국에 말했다.'],
        ]),
      ];
      expect(spellings(files)).toEqual(['ko/c.xlf:11 라이트하이져→라이트하이저 (Lighthizer)']);
    });

    it('passes a word near two spellings at once: a word with relatives, not a slip', () => {
      expect(
        spellings([
          file('ko/a.xlf', [
            ['Envoy Lighthizer spoke.', '라이트하이저 대표가 말했다.'],
            ['Later, Lighthizer left.', '이후 라이트하이저 대표는 떠났다.'],
            ['Envoy Lighthizer returned.', '라이트하이쳐 대표가 돌아왔다.'],
            ['At last, Lighthizer rested.', '마침내 라이트하이쳐 대표는 쉬었다.'],
          ]),
          file('ko/b.xlf', [['Envoy Lighthizer met Kim.', '라이트하이져 대표가 김 본부장을 만났다.']]),
        ]),
      ).toEqual([]);
    });

    it('passes a tie (no majority to name) and names of another length (`폼페이오`/`폼페오`)', () => {
      expect(
        spellings([
          file('ko/a.xlf', [['Envoy Lighthizer spoke.', '라이트하이저 대표가 말했다.']]),
          file('ko/b.xlf', [['Envoy Lighthizer left.', '라이트하이져 대표가 떠났다.']]),
          file('ko/c.xlf', [
            ['Secretary Pompeo spoke.', '폼페이오 장관이 말했다.'],
            ['Later, Pompeo left.', '이후 폼페이오 장관은 떠났다.'],
          ]),
          file('ko/d.xlf', [['Secretary Pompeo flew home.', '폼페오 장관은 귀국했다.']]),
        ]),
      ).toEqual([]);
    });

    it('passes a first syllable changed (`라이트하이저`/`나이트하이저`), and three syllables two apart (`틸러슨`/`틸라선`)', () => {
      const majority = (name: string, english: string, korean: string) =>
        file(`ko/${name}.xlf`, [
          [`On Monday, ${english} spoke.`, `${korean} 대표가 월요일 말했다.`],
          [`Later, ${english} left.`, `이후 ${korean} 대표는 떠났다.`],
        ]);
      expect(
        spellings([
          majority('a', 'Lighthizer', '라이트하이저'),
          file('ko/b.xlf', [['Envoy Lighthizer returned.', '나이트하이저 대표가 돌아왔다.']]),
          majority('c', 'Tillerson', '틸러슨'),
          file('ko/d.xlf', [['Envoy Tillerson returned.', '틸라선 대표가 돌아왔다.']]),
        ]),
      ).toEqual([]);
    });

    it('ignores sentences whose English names no one, and Korean words under three syllables', () => {
      const index = nameIndexOf([
        { source: 'The deficit grew.', target: '무역적자가 늘었다.', line: 1, column: 1, id: 'a' },
        { source: 'Envoy Kim spoke.', target: '김 대표가 갔다.', line: 2, column: 1, id: 'b' },
      ]);
      expect(index).toEqual({ names: [], uses: [] });
    });
  });
});
