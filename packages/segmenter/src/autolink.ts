import type { Link, PhrasingContent, Text } from 'mdast';

/**
 * GFM autolink literals (`www.x.kr`, `https://x.kr/a`, `kim@x.kr`) as links, by the patterns and
 * trimming rules of micromark-extension-gfm-autolink-literal and its mdast transform, so articles
 * keep the links they had when micromark parsed them.
 * markdown-it's own linkify is not used: it also links bare domains such as `Amazon.com`.
 */

type Found = PhrasingContent | PhrasingContent[] | false;
type Finder = (match: RegExpExecArray) => Found;

const PUNCTUATION_OR_SPACE = /[\p{P}\p{S}\s]/u;
const TRAILING = new Set('!"&\')*,.:;<>?]_}~');

const link = (url: string, text: string): Link => ({
  type: 'link',
  title: null,
  url,
  children: [{ type: 'text', value: text }],
});

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
  // micromark's tokenizer also links `https://` right after a letter of another script (`기사https://…`).
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
  const node = link(prefix + protocol + url, protocol + url);
  return trail ? [node, { type: 'text', value: trail }] : node;
};

const findEmail: Finder = ([, atext = '', label = '']) =>
  /[\d\-_]$/.test(label) ? false : link(`mailto:${atext}@${label}`, `${atext}@${label}`);

// micromark's tokenizer finds these before the tree transform does, so its rules win where they
// differ: `https://` after any non-ASCII-letter (`1https://…`, `기사https://…`), an e-mail after `mailto:`.
// Each with a cheap test first: the patterns' lookbehinds make a full scan of every text costly.
const FINDERS: ReadonlyArray<readonly [RegExp, Finder, RegExp]> = [
  [/((?<![a-z])https?:\/\/|(?<![\da-z])www(?=\.))([\w-]*\.[\w\-.]*)([^\t\n\r ]*)/gi, findUrl, /:\/\/|www\./i],
  [/(?<![\w+\-.])([\w+\-.]+)@([\w-]+(?:\.[\w-]+)+)/g, findEmail, /@/],
];

/** A cheap test that a text could hold an autolink literal at all. */
const MAYBE = /[@.]/;

function add(out: PhrasingContent[], node: PhrasingContent): void {
  const last = out[out.length - 1];
  if (last?.type === 'text' && node.type === 'text') last.value += node.value;
  else out.push(node);
}

/** One pattern over one text node, as mdast-util-find-and-replace runs it. */
function replaceIn(text: Text, pattern: RegExp, find: Finder, out: PhrasingContent[]): void {
  const value = text.value;
  let start = 0;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(value); m; m = pattern.exec(value)) {
    const found = find(m);
    if (found === false) {
      pattern.lastIndex = m.index + 1;
      continue;
    }
    if (m.index > start) add(out, { type: 'text', value: value.slice(start, m.index) });
    for (const node of Array.isArray(found) ? found : [found]) add(out, node);
    start = m.index + m[0].length;
  }
  if (start === 0) out.push(text);
  else if (start < value.length) add(out, { type: 'text', value: value.slice(start) });
}

/** One level of phrasing nodes: its text nodes searched, nested nodes left as they are. */
function linkLevel(nodes: PhrasingContent[]): PhrasingContent[] {
  if (!nodes.some((n) => n.type === 'text' && MAYBE.test(n.value))) return nodes;
  let out = nodes;
  for (const [pattern, find, maybe] of FINDERS) {
    const next: PhrasingContent[] = [];
    for (const node of out) {
      if (node.type === 'text' && maybe.test(node.value)) replaceIn(node, pattern, find, next);
      else next.push(node);
    }
    out = next;
  }
  return out;
}

type Formatting = PhrasingContent & { type: 'emphasis' | 'strong' | 'delete' };
const formatting = (n: PhrasingContent): n is Formatting =>
  n.type === 'emphasis' || n.type === 'strong' || n.type === 'delete';

/**
 * Replaces autolink literals in phrasing content outside links with links. Emphasis nests as deep as
 * the input says (`*` × 10,000), so the levels are visited with an explicit stack, never recursion.
 */
export function autolinkLiterals(nodes: PhrasingContent[]): PhrasingContent[] {
  const stack: Formatting[] = nodes.filter(formatting);
  for (let node = stack.pop(); node; node = stack.pop()) {
    for (const child of node.children) if (formatting(child)) stack.push(child);
    node.children = linkLevel(node.children);
  }
  return linkLevel(nodes);
}
