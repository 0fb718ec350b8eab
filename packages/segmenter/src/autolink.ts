/**
 * GFM autolink literals (`www.x.kr`, `https://x.kr/a`, `kim@x.kr`) found in plain text, by the
 * patterns and trimming rules of GitHub's spec (as `mdast-util-gfm-autolink-literal` implements
 * them). Every article's unit ids and link codes were made under these rules, so they are kept
 * exactly: a looser rule would add links to existing units and change their translation files.
 * markdown-it's own linkify is not used for that reason: it also links bare domains (`Amazon.com`).
 */

/** A found link: its URL and the text that stays visible. */
export interface LiteralLink {
  readonly url: string;
  readonly text: string;
}

/** Text with its literals found: plain strings and links in reading order, no two strings adjacent. */
export type Pieces = Array<string | LiteralLink>;

type Found = LiteralLink | [LiteralLink, string] | false;
type Finder = (match: RegExpExecArray) => Found;

const PUNCTUATION_OR_SPACE = /[\p{P}\p{S}\s]/u;
const TRAILING = new Set('!"&\')*,.:;<>?]_}~');

function correctDomain(domain: string): boolean {
  const parts = domain.split('.');
  if (parts.length < 2) return false;
  return parts.slice(-2).every((p) => p === '' || (!p.includes('_') && /[\dA-Za-z]/.test(p)));
}

/** Splits trailing punctuation off a URL, keeping a `)` that closes a `(` inside it. */
function splitUrl(url: string): [string, string] {
  let index = url.length;
  while (index > 0 && TRAILING.has(url[index - 1] ?? '')) index--;
  let head = url.slice(0, index);
  let trail = url.slice(index);
  const opening = head.split('(').length - 1;
  let closing = head.split(')').length - 1;
  let paren = trail.indexOf(')');
  while (paren !== -1 && opening > closing) {
    head += trail.slice(0, paren + 1);
    trail = trail.slice(paren + 1);
    paren = trail.indexOf(')');
    closing++;
  }
  return [head, trail];
}

const findUrl: Finder = (m) => {
  let [, protocol = '', domain = '', path = ''] = m;
  const before = m.input[m.index - 1];
  // GitHub also links `https://` right after a letter of another script (`기사https://…`); `www.`
  // only after punctuation or space.
  const www = /^w/i.test(protocol);
  if (before !== undefined && www && !PUNCTUATION_OR_SPACE.test(before)) return false;
  let prefix = '';
  if (www) {
    domain = protocol + domain;
    protocol = '';
    prefix = 'http://';
  }
  if (PUNCTUATION_OR_SPACE.test(domain[0] ?? ' ') || !correctDomain(domain)) return false;
  const [url, trail] = splitUrl(domain + path);
  const link = { url: prefix + protocol + url, text: protocol + url };
  return trail ? [link, trail] : link;
};

const findEmail: Finder = ([, atext = '', label = '']) =>
  /[\d\-_]$/.test(label) ? false : { url: `mailto:${atext}@${label}`, text: `${atext}@${label}` };

// Where GitHub's tokenizer and its tree transform differ, the tokenizer's rules win (it runs
// first): `https://` after any non-ASCII-letter (`1https://…`, `기사https://…`), an e-mail after
// `mailto:`. URLs are found first, e-mails in the text left between them.
// Each with a cheap test first: the patterns' lookbehinds make a full scan of every text costly.
const FINDERS: ReadonlyArray<readonly [RegExp, Finder, RegExp]> = [
  [/((?<![a-z])https?:\/\/|(?<![\da-z])www(?=\.))([\w-]*\.[\w\-.]*)([^\t\n\r ]*)/gi, findUrl, /:\/\/|www\./i],
  [/(?<![\w+\-.])([\w+\-.]+)@([\w-]+(?:\.[\w-]+)+)/g, findEmail, /@/],
];

/** A cheap test that a text could hold an autolink literal at all (every literal has `.` or `@`). */
const MAYBE = /[@.]/;

function add(out: Pieces, piece: string | LiteralLink): void {
  const last = out.length - 1;
  if (typeof piece === 'string' && typeof out[last] === 'string') out[last] += piece;
  else out.push(piece);
}

/** One pattern over one text: its matches become links, the text between them stays. */
function replaceIn(value: string, pattern: RegExp, find: Finder, out: Pieces): void {
  let start = 0;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(value); m; m = pattern.exec(value)) {
    const found = find(m);
    if (found === false) {
      pattern.lastIndex = m.index + 1;
      continue;
    }
    if (m.index > start) add(out, value.slice(start, m.index));
    for (const piece of Array.isArray(found) ? found : [found]) add(out, piece);
    start = m.index + m[0].length;
  }
  if (start === 0) out.push(value);
  else if (start < value.length) add(out, value.slice(start));
}

/**
 * The autolink literals in a run of text (the text between two inline elements; the caller leaves
 * out text inside links). Pure: the same text always gives the same pieces.
 */
export function autolinkLiterals(text: string): Pieces {
  let out: Pieces = [text];
  if (!MAYBE.test(text)) return out;
  for (const [pattern, find, maybe] of FINDERS) {
    const next: Pieces = [];
    for (const piece of out) {
      if (typeof piece === 'string' && maybe.test(piece)) replaceIn(piece, pattern, find, next);
      else next.push(piece);
    }
    out = next;
  }
  return out;
}
