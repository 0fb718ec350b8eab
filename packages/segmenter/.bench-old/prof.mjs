import { generateArticle } from '../bench/throughput.ts';
import { splitSentences } from '../dist/index.js';

const lang = process.argv[2] ?? 'en';
const md = generateArticle(lang, 1_000_000);
const paragraphs = md
  .split(/\n\n/)
  .slice(1)
  .map((p) => p.replace(/\[([^\]]*)\]\([^)]*\)|[*#]+/g, '$1').trim());
for (let i = 0; i < 15; i++) for (const p of paragraphs) splitSentences(p, lang);
