import { readFileSync } from 'node:fs';
import { plainText } from '@dari/core';
import { parseArticle } from '@dari/segmenter';
import { readXliff } from '@dari/xliff';
import { describe, expect, it } from 'vitest';
import { checkFile } from '../check-file.js';
import { parseGlossary } from '../glossary.js';
import { ctx } from '../test-support/factories.js';
import { activeRules } from './index.js';

/** Sentences of the seed article (/work/shared/seed) with a correct Yonhap-style translation. */
const PAIRS: ReadonlyArray<readonly [string, string]> = [
  [
    'S. Korea, US to open talks on revising FTA in Seoul next week',
    '한미, 다음 주 서울서 FTA 개정 협상 개시',
  ],
  [
    'WASHINGTON -- South Korea and the United States will begin talks next week to discuss possible revisions to their bilateral free trade agreement, the US trade representative said Thursday.',
    '(워싱턴=연합뉴스) 한국과 미국이 다음 주 양국 자유무역협정(FTA)의 개정 가능성을 논의하기 위한 협상을 시작한다고 미국 무역대표부(USTR)가 17일(현지시간) 밝혔다.',
  ],
  [
    '"Ambassador Lighthizer and Korean Trade Minister Kim Hyun-chong will open the meeting via a video conference, to be followed by additional senior-level discussions between US and Korean officials in Seoul," the USTR\'s office said in a statement.',
    'USTR은 성명에서 "라이트하이저 대표와 김현종 한국 통상교섭본부장이 화상회의로 회의를 개시하고, 이어 서울에서 한미 고위급 당국자 간 추가 협의가 진행될 것"이라고 밝혔다.',
  ],
  [
    '"At the scheduled talks, we will discuss the best way to work together to objectively examine, analyze and assess the effects of the KORUS FTA since its entry into force," the trade ministry said in a release.',
    '산업통상자원부는 보도자료에서 "예정된 협상에서 한미 FTA 발효 이후 효과를 객관적으로 조사·분석·평가하기 위해 함께 노력할 최선의 방안을 논의할 것"이라고 밝혔다.',
  ],
  [
    "The bilateral trade volume increased to $109.6 billion in 2016 from $100.8 billion in 2011, a year before the pact took effect in March 2012, with South Korea's trade surplus reaching some $27 billion in 2016, up from $11.6 billion tallied five years earlier.",
    '양국 교역액은 협정이 발효된 2012년 3월보다 1년 앞선 2011년 1천8억 달러에서 2016년 1천96억 달러로 늘었으며, 한국의 무역흑자는 2016년 약 270억 달러로 5년 전의 116억 달러에서 증가했다.',
  ],
  [
    'US President Donald Trump has slammed the trade pact as a "job killing" and "horrible" deal.',
    '도널드 트럼프 미국 대통령은 한미 FTA를 "일자리 킬러"이자 "끔찍한" 협정이라고 비난해 왔다.',
  ],
  [
    'But South Korean officials say the deal has benefited both sides since it went into force in 2012.',
    '그러나 한국 당국자들은 협정이 2012년 발효된 이후 양측 모두에 이익이 됐다고 말한다.',
  ],
  ['The special session will be held in Seoul on Aug. 22.', '특별 회기는 8월 22일 서울에서 열린다.'],
];

describe('no false alarms on a correct translation of the seed article', () => {
  const rules = activeRules({}, 'yonhap');
  for (const [source, target] of PAIRS) {
    it(source.slice(0, 50), () => {
      const c = ctx(source, target, { article: { date: '2017-08-17', dateline: 'WASHINGTON' } });
      const hits = rules.unit.flatMap(({ rule }) => rule.check(c).map((h) => `${rule.id}: ${h.message}`));
      expect(hits).toEqual([]);
      expect(plainText(c.unit.source)).toBe(source);
    });
  }
});

describe("the repository's own Korean translation of the seed article", () => {
  it('has no finding under every rule and the Yonhap profile', () => {
    const root = new URL('../../../../', import.meta.url);
    const read = (p: string) => readFileSync(new URL(p, root), 'utf8');
    const doc = parseArticle(read('articles/korus-fta-revision-talks.md'), {
      file: 'articles/korus-fta-revision-talks.md',
      slug: 'korus-fta-revision-talks',
    });
    const path = 'locales/ko/korus-fta-revision-talks.xlf';
    const glossary = parseGlossary(JSON.parse(read('glossary.json')), ['en', 'ko'], 'glossary.json');
    const { date, dateline } = doc.meta;
    const result = checkFile(
      {
        file: readXliff(read(path), path),
        path,
        locale: 'ko',
        article: {
          path: doc.file,
          lang: doc.meta.lang,
          segments: doc.blocks.flatMap((b) => b.segments),
          facts: { date, ...(dateline ? { dateline } : {}) },
        },
      },
      activeRules({}, 'yonhap'),
      glossary.get('ko') ?? [],
    );
    expect(result.findings.map((f) => `${f.ruleId}: ${f.message}`)).toEqual([]);
    expect(result.report.counts.translated).toBe(15);
  });
});
