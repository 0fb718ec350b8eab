import { describe, expect, it } from 'vitest';
import { parseArticle } from './article.js';
import { splitSentences } from './sentences.js';

// One describe per family of failure in issue 13. The sentences are written here, not taken from
// the peer suites, so these tests check the rule and not a memorized case.
const en = (t: string) => splitSentences(t, 'en');
const ko = (t: string) => splitSentences(t, 'ko');

describe('an abbreviation that ends the sentence (decided by evidence)', () => {
  it('breaks before a common word written in lower case elsewhere', () => {
    expect(en('The deal was signed by Hanwha Corp. Investors cheered the news.')).toEqual([
      'The deal was signed by Hanwha Corp.',
      'Investors cheered the news.',
    ]);
    expect(en('Prices rose in the U.K. Economists blamed energy costs.')).toHaveLength(2);
    expect(en('The vote was set for Oct. Delegates objected to the date.')).toHaveLength(2);
  });

  it('keeps a name or the head of a name after the abbreviation', () => {
    expect(en('Hanwha Corp. Chairman Kim Seung-youn spoke first.')).toHaveLength(1);
    expect(en('The U.K. Treasury said rates would hold.')).toHaveLength(1);
    expect(en('The U.S. Embassy said nothing.')).toHaveLength(1);
    expect(en('U.S. Trade Representative Katherine Tai arrived.')).toHaveLength(1);
    // An acronym is no common word, whatever its letters spell in lower case (`kg`).
    expect(en('He founded Lee & Co. KG with his brother.')).toHaveLength(1);
  });

  it('ends at a time, era or degree even before a name, unless only an opening phrase came first', () => {
    expect(en('She left the office at 8 p.m. Kim stayed behind.')).toHaveLength(2);
    expect(en('The wall was built in 200 B.C. Qin armies guarded it.')).toHaveLength(2);
    expect(en('He earned his M.D. Park hired him a year later.')).toHaveLength(2);
    expect(en('At 8 p.m. Kim stayed behind.')).toHaveLength(1);
    expect(en('On Friday at 8 p.m. Kim stayed behind.')).toHaveLength(1);
  });

  it('keeps a weekday, a month, a time zone or another time with the time', () => {
    expect(en('Voting closes at 8 p.m. Wednesday in most states.')).toHaveLength(1);
    expect(en('The launch came at 10:05 a.m. KST on Monday.')).toHaveLength(1);
    expect(en('Doors open at 9 a.m. 20 minutes before the show.')).toHaveLength(1);
    expect(en('The bank opens at 9 a.m. 5 p.m. is closing time.')).toHaveLength(2);
  });
});

describe('numbers and abbreviations', () => {
  it('keeps a number after a currency or section abbreviation, in any case', () => {
    expect(en('The fee is Rs. 2500 per person.')).toHaveLength(1);
    expect(en('ART. 12 GOVERNS THE TRANSFER.')).toHaveLength(1);
  });

  it('keeps measurements together and ends a sentence at a unit before a capital', () => {
    expect(en('The beam is 6 ft. 4 in. long and 2 in. thick.')).toHaveLength(1);
    expect(en('The fish weighed 9 lb. Lee took a photo.')).toHaveLength(2);
  });

  it('reads spaced initials as one acronym', () => {
    expect(en('She works for the U. N. Next month she moves.')).toEqual([
      'She works for the U. N.',
      'Next month she moves.',
    ]);
    expect(en('He moved to the U. A. E. Prices there are high.')).toEqual([
      'He moved to the U. A. E.',
      'Prices there are high.',
    ]);
    expect(en('The letter was signed by Mary T. Lee.')).toHaveLength(1);
    expect(en('We chose plan B. The team agreed.')).toHaveLength(2);
  });
});

describe('lists and line structure', () => {
  it('splits enumerations written in running text', () => {
    expect(en('Steps: 1. Open the valve 2. Check the gauge 3. Close it')).toEqual([
      'Steps:',
      '1. Open the valve',
      '2. Check the gauge',
      '3. Close it',
    ]);
    expect(en('Choose a) red b) green c) blue')).toEqual(['Choose', 'a) red', 'b) green', 'c) blue']);
    expect(en('i) Read it. ii) Sign it.')).toEqual(['i) Read it.', 'ii) Sign it.']);
    expect(en('Refer to 1. below and to 2. below.')).toHaveLength(1);
  });

  it('makes a line break a boundary in plain text before a capital or a list marker (lineBreaks: boundary)', () => {
    expect(en('By Kim Tong-hyung\nSEOUL, South Korea -- The talks ended.')).toEqual([
      'By Kim Tong-hyung',
      'SEOUL, South Korea -- The talks ended.',
    ]);
    expect(en('Bring:\n- water\n- a map')).toEqual(['Bring:', '- water', '- a map']);
    expect(en('the talks were\nheld in Seoul.')).toHaveLength(1);
    expect(en('eggs\nflour\nsugar, salt')).toEqual(['eggs', 'flour', 'sugar, salt']);
  });

  it('reads line breaks as spaces with lineBreaks: soft', () => {
    expect(
      splitSentences('By Kim Tong-hyung\nSEOUL -- The talks ended.', 'en', { lineBreaks: 'soft' }),
    ).toHaveLength(1);
  });

  it('keeps Markdown soft breaks as wraps unless the config asks for boundaries', () => {
    const md =
      '---\ntitle: T\ndate: 2017-08-17\nlang: en\n---\n\nTalks between Seoul and\nWashington ended.\n';
    const units = (rules?: Record<string, { lineBreaks: 'soft' | 'boundary' }>) =>
      parseArticle(md, { file: 'a.md', slug: 'a', ...(rules ? { rules } : {}) }).blocks.find(
        (b) => b.kind === 'paragraph',
      )?.segments.length;
    expect(units()).toBe(1);
    expect(units({ en: { lineBreaks: 'boundary' } })).toBe(2);
  });
});

describe('citation and footnote markers', () => {
  it('keeps a bracketed marker with the sentence it follows', () => {
    expect(en('The dam opened in 1936.[4] It still runs.')).toEqual([
      'The dam opened in 1936.[4]',
      'It still runs.',
    ]);
    expect(en('The dam opened in 1936. [4][5] It still runs.')).toEqual([
      'The dam opened in 1936. [4][5]',
      'It still runs.',
    ]);
    expect(ko('댐은 1936년에 열렸다.[4] 지금도 가동된다.')).toEqual([
      '댐은 1936년에 열렸다.[4]',
      '지금도 가동된다.',
    ]);
  });

  it('keeps superscript digits written after the period', () => {
    expect(en('Costs kept rising in the decade.14 Later reforms cut them.')).toHaveLength(2);
    expect(en('Growth was 3.5 percent. Inflation eased.')).toHaveLength(2);
  });
});

describe('quotations and dashes', () => {
  it('ends an interrupted quotation at the dash and quote', () => {
    expect(en('He began, "If I may--" The chairman cut him off.')).toHaveLength(2);
  });

  it('goes on after a dash or other punctuation that cannot open a sentence', () => {
    expect(en('Add the eggs and -- presto! -- the batter is done.')).toHaveLength(1);
    expect(en('It was over. , The end.')).toHaveLength(1);
  });

  it('keeps a closing quote or backtick with its sentence and names written with "!"', () => {
    expect(en('He typed `exit.` Nothing happened.')).toEqual(['He typed `exit.`', 'Nothing happened.']);
    expect(en('She won on Jeopardy! Fans cheered.')).toHaveLength(1);
  });

  it('does not take a sentence that merely contains "said" for an attribution', () => {
    expect(en('"We are done!" As he said this, the lights went out.')).toHaveLength(2);
    expect(en('"We are done!" the minister said.')).toHaveLength(1);
  });
});

describe('ellipsis and repeated punctuation', () => {
  it('reads the pronoun I after an ellipsis as no evidence of a new sentence', () => {
    expect(en('I hoped... I would win.')).toHaveLength(1);
    expect(en('I hoped . . . Nobody came.')).toHaveLength(2);
  });

  it('keeps repeated or spaced marks together', () => {
    expect(en('Really ? ! ? Then go.')).toEqual(['Really ? ! ?', 'Then go.']);
    expect(en('See Fig. ?? for details.')).toHaveLength(1);
    expect(en('Wow! ... no one expected it.')).toHaveLength(1);
  });

  it('splits a four-dot ellipsis written after a period before a capital', () => {
    expect(en('It ended there. . . . The rest was lost.')).toEqual([
      'It ended there.',
      '. . . The rest was lost.',
    ]);
  });

  it('ends a Korean sentence at an ellipsis after a final ending, not after a connective', () => {
    expect(ko('협상은 끝났다... 이제 서명만 남았다.')).toHaveLength(2);
    expect(ko('잘 모르겠지만.. 다들 좋아했다.')).toHaveLength(1);
    expect(ko('정말 그럴까?? 하고 다시 물었다.')).toHaveLength(1);
  });
});

describe('Korean specifics', () => {
  it('splits after a final ending glued to a quote, a Latin word, a digit or a note mark', () => {
    expect(ko("좋은 책이었다.'바람'이라는 소설이다.")).toHaveLength(2);
    expect(ko('값이 올랐다.Samsung은 반발했다.')).toHaveLength(2);
    expect(ko('회의는 끝났다.3일 다시 열린다.')).toHaveLength(2);
    expect(ko('설명은 다음과 같다.*주석 참고.')).toHaveLength(2);
    expect(ko('소개합니다. linkedin 계정도 있습니다.')).toHaveLength(2);
  });

  it('keeps emoji, jamo laughs and an aside (?) with the sentence', () => {
    expect(ko('정말 맛있었어요. 😋😋 다음에 또 올게요.')).toEqual([
      '정말 맛있었어요. 😋😋',
      '다음에 또 올게요.',
    ]);
    expect(ko('맛있었죠?ㅎㅎ 또 가요.')).toEqual(['맛있었죠?ㅎㅎ', '또 가요.']);
    expect(ko('다행히도(?) 비는 그쳤다.')).toHaveLength(1);
  });

  it('keeps a quotation carried on by a verb with no quote marks: 싶었다, 라는', () => {
    expect(ko('이게 맞나? 싶었는데 맞았다.')).toHaveLength(1);
    expect(ko('왜일까? 라는 의문이 들었다.')).toHaveLength(1);
  });
});
