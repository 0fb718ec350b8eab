import { createRng, type Rng, seedOf } from '../lib/rng.ts';
import { capitalize, headline, sentence } from './english.ts';
import { BOILERPLATE, CITIES, CREDITS } from './words.ts';

/** A generated source article. */
export interface GeneratedArticle {
  readonly slug: string;
  readonly markdown: string;
}

/** Slug of the i-th article: sortable, ASCII, stable across sizes (article 7 is the same at N=1,000 and 10,000). */
export function slugOf(index: number): string {
  return `story-${String(index).padStart(5, '0')}`;
}

function isoDate(index: number): string {
  // A few stories a day, newest last, starting 2017-01-01.
  const day = new Date(Date.UTC(2017, 0, 1) + Math.floor(index / 3) * 86_400_000);
  return day.toISOString().slice(0, 10);
}

function paragraph(rng: Rng): string {
  const roll = rng.next();
  const count = roll < 0.5 ? 1 : roll < 0.85 ? 2 : 3;
  return Array.from({ length: count }, () => sentence(rng, rng.around(23, 7, 7, 48))).join(' ');
}

/**
 * The i-th article of a corpus: frontmatter (title, date, lang, dateline, credit, sometimes a
 * summary), a dateline lead, 8–18 short paragraphs, an occasional subhead, and wire boilerplate
 * repeated verbatim from a small pool.
 */
export function generateArticle(index: number, seed: number): GeneratedArticle {
  const slug = slugOf(index);
  const rng = createRng(seedOf(slug, seed));
  const city = rng.pick(CITIES);
  const credit = rng.pick(CREDITS);
  const front = [
    '---',
    `title: ${JSON.stringify(headline(rng))}`,
    `date: ${isoDate(index)}`,
    'lang: en',
    `dateline: ${city}`,
    `credit: ${credit}`,
  ];
  if (rng.chance(0.4)) front.push(`summary: ${JSON.stringify(sentence(rng, rng.around(22, 5, 10, 35)))}`);
  front.push('---');

  const body: string[] = [`${city} -- ${paragraph(rng)}`];
  const paragraphs = rng.int(8, 18);
  for (let p = 1; p < paragraphs; p++) {
    if (p > 3 && rng.chance(0.06)) body.push(`## ${capitalize(headline(rng).toLowerCase())}`);
    body.push(rng.chance(0.12) ? rng.pick(BOILERPLATE) : paragraph(rng));
  }
  body.push(`${rng.pick(BOILERPLATE)} (${credit})`);
  return { slug, markdown: `${front.join('\n')}\n\n${body.join('\n\n')}\n` };
}
