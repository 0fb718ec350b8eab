import * as n from '../dist/index.js';
import * as o from './dist/index.js';

const cases = {
  'Abbreviation ends the sentence': [
    ['en', "He left at 6 P.M. Travelers who didn't get the warning left later.", 2],
    ['en', 'On Jan. 20, Obama became the 44th President of the U.S. Millions attended.', 2],
    ['en', 'She earned her Ph.D. Tom was impressed.', 2],
    ['en', 'The deal was signed by Samsung C&T Corp. Shares rose 3 percent.', 2],
    ['en', 'Hanwha Corp. Chairman Kim Seung-youn spoke first.', 1],
    ['en', 'At 5 a.m. Mr. Smith went to the bank.', 1],
    ['en', 'The meeting will begin at 10 a.m. Tuesday at the ministry.', 1],
  ],
  'Numbers and abbreviations': [
    ['en', 'I will be paid Rs. 16720/- in total.', 1],
    ['en', 'SEC. 1262 AUTHORIZATION OF APPROPRIATIONS.', 1],
    ['en', 'He bought 5 ft. 3 in. 2 lb. of materials.', 1],
    ['en', 'Something like U. A. E. Start of another sentence.', 2],
  ],
  'Lists and line structure': [
    ['en', 'Finally, this. 1. The first item 2. The second item', 3],
    ['en', '* apples\n* oranges\n* bananas', 3],
    ['en', 'i) Hello world. \nii) Hello world.', 2],
    ['en', 'By Kim Tong-hyung\nSEOUL -- The talks ended.', 2],
    ['en', 'features\ncontact manager\nevents, activities', 3],
  ],
  'Citation and footnote markers': [
    ['en', 'Saint Maximus is a Christian martyr.[1] The emperor Decius published a decree.', 2],
    ['en', 'Hydrogen is a gas. [1] It is colorless.', 2],
    ['en', 'It is a sample from the Journal (1987).1 According to it, all pairs count.', 2],
    ['ko', '법이 개정되었다.[2] 법에 따르면 처벌된다.', 2],
  ],
  'Quotations and dashes': [
    ['en', 'Alice began, "If you please, sir--" The Rabbit started violently.', 2],
    ['en', 'Mix it, put it in the oven, and -- voila! -- you have cake.', 1],
    ['en', 'He said `it is done.` Next sentence.', 2],
    ['en', 'Ghosh and Mahdian at Yahoo! Research extended the work.', 1],
  ],
  'Ellipsis and repeated punctuation': [
    ['en', 'I thought... I would go.', 1],
    ['en', 'Really ? ? ? Then we should go.', 2],
    ['en', 'As shown in Fig. ??', 1],
    ['ko', '협상은 끝났다... 이제 서명만 남았다.', 2],
    ['ko', '이게 뭐지?? 하고 검색을 해봅니다.', 1],
  ],
  'Korean specifics': [
    ['ko', "보게 되었다.'바카라'라는 도박은 단순하다.", 2],
    ['ko', '경향이 있다.*Baldness appears to run in my family.', 2],
    ['ko', '프로그램을 소개합니다. linkclump 확장프로그램을 설치합니다.', 2],
    ['ko', '한다고 하니까요. 😲😲😲', 1],
  ],
};
const mark = (got, want) => (got.length === want ? '✓' : `✗ (${got.length})`);
for (const [family, rows] of Object.entries(cases)) {
  console.log(
    `\n**${family}**\n\n| input | lang | units | before | after |\n| --- | --- | ---: | --- | --- |`,
  );
  for (const [lang, t, want] of rows) {
    console.log(
      `| \`${JSON.stringify(t).slice(1, -1).replace(/\|/g, '\\|')}\` | ${lang} | ${want} | ${mark(o.splitSentences(t, lang), want)} | ${mark(n.splitSentences(t, lang), want)} |`,
    );
  }
}
