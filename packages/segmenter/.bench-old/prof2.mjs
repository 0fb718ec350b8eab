import { generateArticle } from '../bench/throughput.ts';

const which = process.argv[2];
const e = await import(which === 'old' ? './dist/engine.js' : '../dist/engine.js');
const c = await import(which === 'old' ? './dist/rules/compile.js' : '../dist/rules/compile.js');
const lang = process.argv[3] ?? 'en';
const md = generateArticle(lang, 1_000_000);
const ps = md
  .split(/\n\n/)
  .slice(1)
  .map((p) => p.replace(/\[([^\]]*)\]\([^)]*\)|[*#]+/g, '$1').trim());
const r = c.compileRules(lang);
for (let i = 0; i < 40; i++) for (const p of ps) e.sentenceSpans(p, r, 'boundary');
