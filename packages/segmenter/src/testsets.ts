/**
 * Loading and scoring of the sentence test sets (shared by the accuracy script and the tests): our
 * own news sets in `tests/segmentation/`, and the public suites in `../shared/testdata/segmentation/`,
 * which the repository does not hold (outside data, read where it is).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One case: a text and the sentences it must split into. */
export interface SegmentationCase {
  readonly id: string | number;
  readonly name: string;
  readonly input: string;
  readonly expected: readonly string[];
}

/** A named test set in one language. */
export interface TestSet {
  readonly name: string;
  readonly lang: string;
  readonly cases: readonly SegmentationCase[];
}

/**
 * Parses the `.txt` case format: `## <id> <name>` opens a case, each following line is one
 * expected sentence; the input is the sentences joined by one space unless an `input: "<JSON string>"`
 * line gives it exactly; `json: "<JSON string>"` is an expected sentence with escapes (newlines).
 * Lines starting with `#` (one hash) are comments.
 */
export function parseCases(text: string): SegmentationCase[] {
  const cases: SegmentationCase[] = [];
  let current: { id: string; name: string; input?: string; expected: string[] } | undefined;
  const flush = () => {
    if (current) cases.push({ ...current, input: current.input ?? current.expected.join(' ') });
  };
  for (const line of text.split(/\r?\n/)) {
    if (line.startsWith('## ')) {
      flush();
      const [id = '', ...name] = line.slice(3).split(' ');
      current = { id, name: name.join(' '), expected: [] };
    } else if (line.startsWith('input: ') && current) current.input = JSON.parse(line.slice(7)) as string;
    else if (line.startsWith('json: ') && current) current.expected.push(JSON.parse(line.slice(6)) as string);
    else if (line.trim() === '' || line.startsWith('#')) continue;
    else current?.expected.push(line);
  }
  flush();
  return cases;
}

/** Our own news sets, written for Dari (`tests/segmentation/`). */
export function loadOwnSets(root: string): TestSet[] {
  const txt = (f: string) => parseCases(readFileSync(join(root, 'tests/segmentation', f), 'utf8'));
  return [
    { name: 'news-en', lang: 'en', cases: txt('news-en.txt') },
    { name: 'news-ko', lang: 'ko', cases: txt('news-ko.txt') },
  ];
}

/** The public suites in `../shared/testdata/segmentation/`: file (relative to that folder) per set. */
export const SHARED_SETS: readonly { name: string; lang: string; file: string }[] = [
  { name: 'golden_en', lang: 'en', file: 'golden_en.json' },
  { name: 'golden_en48', lang: 'en', file: 'golden_en48.json' },
  { name: 'golden_ko (kss nested)', lang: 'ko', file: 'golden_ko.json' },
  { name: 'pragmatic_en', lang: 'en', file: 'peer/pragmatic_en.json' },
  { name: 'pysbd_en', lang: 'en', file: 'peer/pysbd_en.json' },
  { name: 'sentencex_en', lang: 'en', file: 'peer/sentencex_en.json' },
  { name: 'kss_ko_pairs_punct', lang: 'ko', file: 'peer/kss_ko_pairs_punct.json' },
];

/** Where the shared test data lives, next to the repository: `<root>/../shared/testdata/segmentation`. */
export function sharedDir(root: string): string {
  return join(root, '..', 'shared', 'testdata', 'segmentation');
}

/** The public suites, or `undefined` when `../shared` is not there (a checkout without it). */
export function loadSharedSets(root: string): TestSet[] | undefined {
  const dir = sharedDir(root);
  if (!existsSync(dir)) return undefined;
  return SHARED_SETS.map((s) => ({
    name: s.name,
    lang: s.lang,
    cases: JSON.parse(readFileSync(join(dir, s.file), 'utf8')) as SegmentationCase[],
  }));
}

/**
 * Cases passed and failed by a splitter: trimmed sentences compared exactly, in order; with
 * `normalizeWs`, whitespace runs inside sentences are collapsed on both sides first (how sentencex's
 * own runner compares, and the only way to reach the cases labelled `needs_ws_normalize`, whose gold
 * sentences are cleaned text while Dari returns slices of its input).
 */
export function score(
  cases: readonly SegmentationCase[],
  split: (text: string) => readonly string[],
  options: { normalizeWs?: boolean } = {},
) {
  const clean = options.normalizeWs ? (s: string) => s.trim().replace(/\s+/gu, ' ') : (s: string) => s.trim();
  const failures: { case: SegmentationCase; actual: string[] }[] = [];
  for (const c of cases) {
    const actual = split(c.input)
      .map(clean)
      .filter((s) => s !== '');
    const expected = c.expected.map(clean).filter((s) => s !== '');
    if (actual.length !== expected.length || actual.some((s, i) => s !== expected[i]))
      failures.push({ case: c, actual });
  }
  return { passed: cases.length - failures.length, failures };
}

/** Plain `Intl.Segmenter` sentence granularity, trimmed, the baseline. */
export function intlSplit(text: string, lang: string): string[] {
  const seg = new Intl.Segmenter(lang, { granularity: 'sentence' });
  return [...seg.segment(text)].map((s) => s.segment.trim()).filter((s) => s !== '');
}
