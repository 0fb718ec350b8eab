import { generateArticle } from '../bench/throughput.ts';
import * as ne from '../dist/engine.js';
import * as nf from '../dist/forced.js';
import * as np from '../dist/pairs.js';
import * as nc from '../dist/rules/compile.js';
import * as oe from './dist/engine.js';
import * as of from './dist/forced.js';
import * as oc from './dist/rules/compile.js';

const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
for (const lang of ['en', 'ko']) {
  const md = generateArticle(lang, 1_000_000);
  const ps = md
    .split(/\n\n/)
    .slice(1)
    .map((p) => p.replace(/\[([^\]]*)\]\([^)]*\)|[*#]+/g, '$1').trim());
  const nr = nc.compileRules(lang),
    or = oc.compileRules(lang);
  const en = ps.map((p) => np.enclosedRegions(p));
  const pair = (f, g) => {
    let a = Infinity,
      b = Infinity;
    for (let i = 0; i < 15; i++) {
      let t = cpu();
      f();
      a = Math.min(a, cpu() - t);
      t = cpu();
      g();
      b = Math.min(b, cpu() - t);
    }
    return `old ${a.toFixed(1)} new ${b.toFixed(1)}`;
  };
  console.log(
    lang,
    'forced',
    pair(
      () => ps.forEach((p, i) => of.forcedBreaks(p, or, en[i])),
      () => ps.forEach((p, i) => nf.forcedBreaks(p, nr, en[i], 'boundary')),
    ),
  );
  console.log(
    lang,
    'spans',
    pair(
      () => ps.forEach((p) => oe.sentenceSpans(p, or)),
      () => ps.forEach((p) => ne.sentenceSpans(p, nr, 'boundary')),
    ),
  );
}
