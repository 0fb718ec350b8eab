import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../lib/files.ts';
import { slugOf } from './article.ts';

/** Indexes of the articles an edit pass touches: one in every `1 / fraction`, spread over the corpus. */
export function editedIndexes(size: number, fraction: number): number[] {
  const count = Math.max(1, Math.round(size * fraction));
  const step = size / count;
  return Array.from({ length: count }, (_, k) => Math.floor(k * step + step / 2));
}

/**
 * A copy editor's pass over one article: one word changed in the first body paragraph (a changed
 * unit) and one sentence added to the last (a new unit). Frontmatter is left alone.
 */
export function editMarkdown(markdown: string, round: number): string {
  const end = markdown.indexOf('\n---\n', 4) + 5;
  const front = markdown.slice(0, end);
  const paragraphs = markdown.slice(end).split('\n\n');
  const first = paragraphs.findIndex((p) => p.trim() !== '' && !p.startsWith('#'));
  if (first < 0) throw new Error('article has no body paragraph to edit');
  paragraphs[first] = (paragraphs[first] as string).replace(/\b(will|said|is)\b/, (w) =>
    w === 'will' ? 'would' : w === 'said' ? 'stated' : 'was',
  );
  const last = paragraphs.length - 1 - [...paragraphs].reverse().findIndex((p) => p.trim() !== '');
  paragraphs[last] =
    `${(paragraphs[last] as string).trimEnd()} Editors revised this report in round ${round + 1}.` +
    ((paragraphs[last] as string).endsWith('\n') ? '\n' : '');
  return front + paragraphs.join('\n\n');
}

/** Edits `fraction` of the corpus in place; returns the files touched. */
export function editCorpus(dir: string, size: number, fraction: number, round = 0): string[] {
  return editedIndexes(size, fraction).map((i) => {
    const file = join(dir, 'articles', `${slugOf(i)}.md`);
    writeFileAtomic(file, editMarkdown(readFileSync(file, 'utf8'), round));
    return file;
  });
}
