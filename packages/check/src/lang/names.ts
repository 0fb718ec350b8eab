/**
 * Standard Korean spellings of people and places in the news (국립국어원 외래어 표기법 as Yonhap
 * applies it), with the misspellings a desk sees most, and a spelling distance over jamo so a
 * near miss (`도날드`, `라이트하이져`, `김현중`) is told from a different word.
 */

/** English name → standard Korean, and known wrong spellings. */
export interface NameEntry {
  readonly en: string;
  readonly ko: string;
  readonly wrong?: readonly string[];
}

const N = (en: string, ko: string, ...wrong: string[]): NameEntry => ({
  en,
  ko,
  ...(wrong.length ? { wrong } : {}),
});

/** People and places; a full name and its surname are separate entries (later mentions use the surname). */
export const NAMES: readonly NameEntry[] = [
  // People
  N('Donald Trump', '도널드 트럼프', '도날드 트럼프'),
  N('Donald', '도널드', '도날드'),
  N('Trump', '트럼프', '트럼트', '트람프'),
  N('Joe Biden', '조 바이든'),
  N('Biden', '바이든', '바이던'),
  N('Barack Obama', '버락 오바마', '바락 오바마'),
  N('Obama', '오바마'),
  N('Hillary Clinton', '힐러리 클린턴', '힐러리 클린톤'),
  N('Clinton', '클린턴', '클린톤'),
  N('Mike Pence', '마이크 펜스'),
  N('Pence', '펜스'),
  N('Rex Tillerson', '렉스 틸러슨'),
  N('Tillerson', '틸러슨', '틸러선'),
  N('Mike Pompeo', '마이크 폼페이오'),
  N('Pompeo', '폼페이오', '폼페오'),
  N('John Bolton', '존 볼턴', '존 볼튼'),
  N('Bolton', '볼턴', '볼튼'),
  N('Wilbur Ross', '윌버 로스'),
  N('James Mattis', '제임스 매티스'),
  N('Mattis', '매티스', '마티스'),
  N('Steven Mnuchin', '스티븐 므누신'),
  N('Mnuchin', '므누신', '므누친'),
  N('Robert Lighthizer', '로버트 라이트하이저'),
  N('Lighthizer', '라이트하이저', '라이트하이져', '라이트하이처'),
  N('Nikki Haley', '니키 헤일리'),
  N('Haley', '헤일리', '헤일래'),
  N('Janet Yellen', '재닛 옐런', '제닛 옐런', '재닛 옐렌'),
  N('Yellen', '옐런', '옐렌'),
  N('Jerome Powell', '제롬 파월', '제롬 포웰'),
  N('Powell', '파월', '포웰'),
  N('Antony Blinken', '토니 블링컨'),
  N('Blinken', '블링컨', '블링큰'),
  N('Kamala Harris', '카멀라 해리스', '카말라 해리스'),
  N('Warren Buffett', '워런 버핏', '워렌 버핏', '워런 버펫'),
  N('Elon Musk', '일론 머스크', '엘론 머스크'),
  N('Vladimir Putin', '블라디미르 푸틴', '블라디미르 뿌찐'),
  N('Putin', '푸틴', '푸친', '뿌찐'),
  N('Volodymyr Zelensky', '볼로디미르 젤렌스키'),
  N('Zelensky', '젤렌스키', '젤렌스끼'),
  N('Xi Jinping', '시진핑'),
  N('Li Keqiang', '리커창'),
  N('Wang Yi', '왕이'),
  N('Shinzo Abe', '아베 신조'),
  N('Fumio Kishida', '기시다 후미오'),
  N('Emmanuel Macron', '에마뉘엘 마크롱', '엠마누엘 마크롱', '에마뉴엘 마크롱'),
  N('Macron', '마크롱', '마크론'),
  N('Angela Merkel', '앙겔라 메르켈', '안젤라 메르켈'),
  N('Merkel', '메르켈'),
  N('Theresa May', '테리사 메이', '테레사 메이'),
  N('Boris Johnson', '보리스 존슨', '보리스 존손'),
  N('Justin Trudeau', '쥐스탱 트뤼도', '저스틴 트뤼도', '저스틴 트루도'),
  N('Narendra Modi', '나렌드라 모디'),
  N('Recep Tayyip Erdogan', '레제프 타이이프 에르도안'),
  N('Erdogan', '에르도안', '에르도간'),
  N('Benjamin Netanyahu', '베냐민 네타냐후', '벤자민 네타냐후'),
  N('Netanyahu', '네타냐후', '네탄야후'),
  N('Antonio Guterres', '안토니우 구테흐스', '안토니오 구테레스'),
  N('Guterres', '구테흐스', '구테레스'),
  N('Kim Jong-un', '김정은'),
  N('Kim Yo-jong', '김여정'),
  N('Moon Jae-in', '문재인'),
  N('Park Geun-hye', '박근혜'),
  N('Yoon Suk Yeol', '윤석열'),
  N('Ban Ki-moon', '반기문'),
  N('Kim Hyun-chong', '김현종', '김현중'),
  N('Kang Kyung-wha', '강경화'),
  N('Chung Eui-yong', '정의용'),
  N('Kim Dong-yeon', '김동연'),
  N('Paik Un-gyu', '백운규'),
  N('Hong Nam-ki', '홍남기'),
  // Places
  N('Washington', '워싱턴', '워싱톤'),
  N('New York', '뉴욕'),
  N('Los Angeles', '로스앤젤레스', '로스엔젤레스', '로스엔젤리스'),
  N('San Francisco', '샌프란시스코', '샌프란씨스코'),
  N('Chicago', '시카고'),
  N('Beijing', '베이징'),
  N('Shanghai', '상하이'),
  N('Hong Kong', '홍콩'),
  N('Taipei', '타이베이', '타이페이'),
  N('Tokyo', '도쿄', '토쿄', '도꾜'),
  N('Osaka', '오사카'),
  N('Moscow', '모스크바'),
  N('Kyiv', '키이우', '키예프'),
  N('London', '런던'),
  N('Paris', '파리'),
  N('Berlin', '베를린'),
  N('Brussels', '브뤼셀', '브뤼쎌', '브루셀'),
  N('Geneva', '제네바'),
  N('Vienna', '빈'),
  N('Rome', '로마'),
  N('Madrid', '마드리드'),
  N('Frankfurt', '프랑크푸르트', '프랑크프루트'),
  N('Davos', '다보스'),
  N('Singapore', '싱가포르', '싱가폴'),
  N('Hanoi', '하노이'),
  N('Bangkok', '방콕'),
  N('Jakarta', '자카르타'),
  N('Manila', '마닐라'),
  N('Kuala Lumpur', '쿠알라룸푸르'),
  N('New Delhi', '뉴델리'),
  N('Sydney', '시드니'),
  N('Canberra', '캔버라'),
  N('Ottawa', '오타와'),
  N('Mexico City', '멕시코시티'),
  N('Ulaanbaatar', '울란바토르'),
  N('Vladivostok', '블라디보스토크', '블라디보스톡'),
  N('Dubai', '두바이'),
  N('Riyadh', '리야드'),
  N('Tehran', '테헤란'),
  N('Jerusalem', '예루살렘'),
  N('Cairo', '카이로'),
  N('Istanbul', '이스탄불'),
  N('Seoul', '서울'),
  // Countries and institutions the Korean often shortens (see ALSO).
  N('Japan', '일본'),
  N('China', '중국'),
  N('Russia', '러시아'),
  N('North Korea', '북한'),
  N('Germany', '독일'),
  N('France', '프랑스'),
  N('Britain', '영국'),
  N('India', '인도'),
  N('Ukraine', '우크라이나'),
  N('Bank of Korea', '한국은행'),
  N('White House', '백악관'),
  N('Pentagon', '국방부'),
  N('State Department', '국무부'),
  N('United Nations', '유엔'),
  N('Federal Reserve', '연방준비제도'),
  N('Samsung Electronics', '삼성전자'),
  N('Hyundai Motor', '현대차'),
  N('Pyongyang', '평양'),
  N('Busan', '부산'),
  N('Incheon', '인천'),
  N('Sejong', '세종'),
  N('Panmunjom', '판문점'),
];

// A capital stands for its government (`Washington's request` is 미국의 요청), a country or an
// institution has a short form (`한미`, `중`, `한은`): any of them satisfies the name.
const ALSO: Readonly<Record<string, RegExp>> = {
  Japan: /일본|한일|미일|중일|일\s|방일|대일|일측|일 정부/,
  China: /중국|한중|미중|중일|중\s|방중|대중|중측|중 정부/,
  Russia: /러시아|한러|미러|러\s|방러|대러|러측/,
  'North Korea': /북한|북측|남북|북미|북\s|대북|방북|북 /,
  Germany: /독일|한독/,
  France: /프랑스|한불/,
  Britain: /영국|한영/,
  India: /인도|한인도/,
  Ukraine: /우크라이나|우크라/,
  'Bank of Korea': /한국은행|한은/,
  Pentagon: /국방부|펜타곤/,
  'State Department': /국무부/,
  'United Nations': /유엔|UN|국제연합/,
  'Federal Reserve': /연방준비제도|연준|Fed/,
  'Hyundai Motor': /현대차|현대자동차/,
  Washington: /미국|미 정부|미\s|백악관|미측|한미|미중|미일|북미|미러/,
  Seoul: /한국|정부|우리|한측|국내|한미|한중|한일|한러|남북/,
  Beijing: /중국|중\s|중측|한중|미중|중일/,
  Tokyo: /일본|일\s|일측|한일|미일|중일/,
  Pyongyang: /북한|북측|북\s|남북|북미/,
  Moscow: /러시아|러\s|한러|미러/,
  London: /영국/,
  Paris: /프랑스/,
  Berlin: /독일/,
  Kyiv: /우크라이나/,
  Tehran: /이란/,
  Jerusalem: /이스라엘/,
  Brussels: /유럽연합|EU|나토|NATO/,
};

/**
 * True when the target carries the name, or its short form; a capital may stand for its country
 * unless `located` (the English places something there: `in Seoul` is 서울에서, not 한국에서).
 */
const CAPITALS = new Set([
  'Washington',
  'Seoul',
  'Beijing',
  'Tokyo',
  'Pyongyang',
  'Moscow',
  'London',
  'Paris',
  'Berlin',
  'Kyiv',
  'Tehran',
  'Jerusalem',
  'Brussels',
]);

/** True when the English puts the name after a preposition of place (`in Seoul`, `to Beijing`). */
export function locatedIn(text: string, entry: NameEntry): boolean {
  let re = LOCATED.get(entry);
  if (re === undefined) {
    re = new RegExp(
      `\\b(?:[Ii]n|[Aa]t|to|from|near|into|outside|around|visit|visited|visiting)\\s+(?:${entry.en}|${entry.en.toUpperCase()})\\b`,
    );
    LOCATED.set(entry, re);
  }
  return re.test(text);
}

// Built once per name, on first use (omitted-content asks for every name of every unit).
const LOCATED = new Map<NameEntry, RegExp>();

export function nameRendered(entry: NameEntry, target: string, located = false): boolean {
  if (target.includes(entry.ko)) return true;
  // A full name counts when its family name is there (`트럼프` for Donald Trump after the first mention).
  const words = entry.ko.split(' ');
  if (
    words.length > 1 &&
    words.some((w, i) => (i === 0 || i === words.length - 1) && [...w].length >= 2 && target.includes(w))
  )
    return true;
  if (located && CAPITALS.has(entry.en)) return false;
  return ALSO[entry.en]?.test(target) ?? false;
}

const escapeRegExp = (x: string) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// Names by their first word, as written and in capitals (a dateline: `WASHINGTON --`): a text's
// words pick the few entries worth a whole-word test, with nothing to build at start-up. Every
// first word is letters only, so a name in a text starts where one of its words does: the test
// runs there (sticky), not over the whole text again.
const BY_FIRST_WORD = new Map<string, Array<{ index: number; re: RegExp }>>();
for (const [index, e] of NAMES.entries()) {
  const re = new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${escapeRegExp(e.en)}|${escapeRegExp(e.en.toUpperCase())})(?![\\p{L}\\p{N}])`,
    'uy',
  );
  const first = e.en.split(/[\s-]/)[0] ?? e.en;
  for (const key of new Set([first, first.toUpperCase()]))
    BY_FIRST_WORD.set(key, [...(BY_FIRST_WORD.get(key) ?? []), { index, re }]);
}

/** First letters of the words that start a name (as written or in capitals). */
const FIRST_LETTERS = new Set([...BY_FIRST_WORD.keys()].map((w) => w.charCodeAt(0)));

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

// The rules that read names (name-spelling, omitted-content) ask about the same unit's source one
// after the other: the last answer is kept, and returned as is (callers only read it).
let lastNamesText: string | undefined;
let lastNames: readonly NameEntry[] = [];

/** Lexicon names in an English text, as whole words; a surname inside a full name found is not listed again. */
export function namesIn(text: string): readonly NameEntry[] {
  if (text === lastNamesText) return lastNames;
  const hits = new Set<number>();
  // The ASCII words of the text (what /[A-Za-z]+/g finds), scanned by hand: most start with a
  // letter no name starts with, and are passed over without a match object or a substring.
  const length = text.length;
  let i = 0;
  while (i < length) {
    if (!isAsciiLetter(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < length && isAsciiLetter(text.charCodeAt(i))) i++;
    if (!FIRST_LETTERS.has(text.charCodeAt(start))) continue;
    for (const { index, re } of BY_FIRST_WORD.get(text.slice(start, i)) ?? []) {
      if (hits.has(index)) continue;
      re.lastIndex = start;
      if (re.test(text)) hits.add(index);
    }
  }
  const found = [...hits].sort((a, b) => a - b).flatMap((i) => NAMES[i] ?? []);
  lastNames = found.filter((e) => !found.some((o) => o !== e && o.en.includes(e.en) && o.ko.includes(e.ko)));
  lastNamesText = text;
  return lastNames;
}

/** The Korean standard spelling of a place (`WASHINGTON` → 워싱턴), or undefined. */
export function koreanPlace(english: string): string | undefined {
  const key = english.trim().toLowerCase();
  return NAMES.find((e) => e.en.toLowerCase() === key)?.ko;
}

/** A word as jamo codes: initial, medial (+100) and final (+200) of each syllable; anything else one code. */
function jamo(word: string): number[] {
  const out: number[] = [];
  for (const ch of word) {
    const c = ch.charCodeAt(0) - 0xac00;
    if (c < 0 || c > 11171) out.push(100000 + ch.charCodeAt(0));
    else out.push(Math.floor(c / 588), 100 + Math.floor((c % 588) / 28), 200 + (c % 28));
  }
  return out;
}

// Two rows of the edit-distance table, reused: the distance runs for every word near a name.
let rowA = new Int32Array(64);
let rowB = new Int32Array(64);

/**
 * Edit distance between jamo sequences `x[0..xn)` and `y[0..yn)`, or `limit + 1` as soon as it is
 * known to exceed `limit` (length gap past it, or a whole row of the table past it).
 */
function boundedDistance(
  x: ArrayLike<number>,
  xn: number,
  y: ArrayLike<number>,
  yn: number,
  limit: number,
): number {
  if (Math.abs(xn - yn) > limit) return limit + 1;
  if (rowA.length <= yn) {
    rowA = new Int32Array(yn + 1);
    rowB = new Int32Array(yn + 1);
  }
  let prev = rowA;
  let row = rowB;
  for (let j = 0; j <= yn; j++) prev[j] = j;
  for (let i = 1; i <= xn; i++) {
    row[0] = i;
    let least = i;
    const xi = x[i - 1];
    for (let j = 1; j <= yn; j++) {
      const del = (prev[j] as number) + 1;
      const ins = (row[j - 1] as number) + 1;
      const sub = (prev[j - 1] as number) + (xi === y[j - 1] ? 0 : 1);
      const v = Math.min(del, ins, sub);
      row[j] = v;
      if (v < least) least = v;
    }
    // Every later cell descends from this row: none can come back under the limit.
    if (least > limit) return limit + 1;
    const t = prev;
    prev = row;
    row = t;
  }
  const d = prev[yn] as number;
  return d > limit ? limit + 1 : d;
}

/** Edit distance between two Korean words counted in jamo (`도날드`/`도널드` = 1). */
export function jamoDistance(a: string, b: string): number {
  const x = jamo(a);
  const y = jamo(b);
  return boundedDistance(x, x.length, y, y.length, Number.MAX_SAFE_INTEGER);
}

/** A word as jamo codes, for `codesDistanceWithin` (callers comparing a word many times keep them). */
export function jamoCodes(word: string): readonly number[] {
  return jamo(word);
}

/** `jamoDistanceWithin` of two words given as `jamoCodes`. */
export function codesDistanceWithin(x: readonly number[], y: readonly number[], limit: number): number {
  return boundedDistance(x, x.length, y, y.length, limit);
}

/** `jamoDistance(a, b)` when it is at most `limit`; otherwise some number above `limit`. */
export function jamoDistanceWithin(a: string, b: string, limit: number): number {
  const x = jamo(a);
  const y = jamo(b);
  return boundedDistance(x, x.length, y, y.length, limit);
}

/** How far a word may be from a name and still be taken for a misspelling of it. */
export function nearMissLimit(syllables: number): number {
  // Two-syllable words are too close to common words (`일본`/`일반`): only listed misspellings count.
  return syllables >= 5 ? 2 : syllables >= 3 ? 1 : 0;
}

const HANGUL_WORD = /[가-힣]+/g;

// name-spelling and omitted-content ask about the same target, name word by name word: its Hangul
// words (as jamo) and the answers are kept for the last target asked about.
let missText: string | undefined;
let missWords: ReadonlyArray<{ readonly word: string; readonly codes: readonly number[] }> = [];
const missAnswers = new Map<string, string | undefined>();
const nameJamo = new Map<string, number[]>();

function wordsOf(text: string): typeof missWords {
  if (text !== missText) {
    missWords = Array.from(text.matchAll(HANGUL_WORD), (m) => ({ word: m[0], codes: jamo(m[0]) }));
    missAnswers.clear();
    missText = text;
  }
  return missWords;
}

/**
 * A word of `text` that looks like a misspelling of the Korean name `ko` (one word of it): its
 * start, a syllable count within one of the name's, and a jamo distance within the limit.
 */
export function nearMiss(text: string, ko: string): string | undefined {
  const len = [...ko].length;
  const limit = nearMissLimit(len);
  if (limit === 0) return undefined;
  const words = wordsOf(text);
  if (missAnswers.has(ko)) return missAnswers.get(ko);
  let y = nameJamo.get(ko);
  if (y === undefined) {
    y = jamo(ko);
    nameJamo.set(ko, y);
  }
  const answer = firstNearMiss(words, ko, y, len, limit);
  missAnswers.set(ko, answer);
  return answer;
}

function firstNearMiss(
  words: typeof missWords,
  ko: string,
  y: readonly number[],
  len: number,
  limit: number,
): string | undefined {
  for (const { word, codes } of words) {
    for (const l of [len, len + 1, len - 1]) {
      if (l < 2 || l > word.length) continue;
      // The word starts with the name itself: it is spelled right.
      if (l === ko.length && word.startsWith(ko)) return undefined;
      // A word is all syllables (three jamo each): its first `l` are its first `3l` codes.
      const d = boundedDistance(codes, 3 * l, y, y.length, limit);
      if (d > 0 && d <= limit) return word.slice(0, l);
    }
  }
  return undefined;
}
