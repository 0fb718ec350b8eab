import type { Rng } from '../lib/rng.ts';
import { AMOUNTS, CONNECTORS, LINK_HOSTS, OBJECTS, PEOPLE, ROLES, SUBJECTS, TAILS, VERBS } from './words.ts';

/** Upper-cases the first letter, as a sentence start needs. */
export function capitalize(text: string): string {
  const i = text.search(/[a-z]/i);
  return i < 0 ? text : text.slice(0, i) + text.charAt(i).toUpperCase() + text.slice(i + 1);
}

/** Wraps a phrase in inline Markdown now and then, as edited copy has: links, emphasis, strong. */
function markup(rng: Rng, phrase: string): string {
  const roll = rng.next();
  if (roll < 0.08) return `[${phrase}](${rng.pick(LINK_HOSTS)}/${rng.int(1000, 99999)})`;
  if (roll < 0.12) return `*${phrase}*`;
  if (roll < 0.14) return `**${phrase}**`;
  return phrase;
}

function clause(rng: Rng): string {
  return `${markup(rng, rng.pick(SUBJECTS))} ${rng.pick(VERBS)} ${markup(rng, rng.pick(OBJECTS))}`;
}

function tails(rng: Rng, words: number): string {
  let out = '';
  let count = 0;
  const used = new Set<string>();
  while (count < words && used.size < TAILS.length) {
    const tail = rng.pick(TAILS);
    if (used.has(tail)) continue;
    used.add(tail);
    out += ` ${tail}`;
    count += tail.split(' ').length;
  }
  return out;
}

const countWords = (s: string): number => s.split(/\s+/).filter(Boolean).length;

/**
 * One news sentence in Markdown of about `length` words (wire copy averages 20–25): plain reports,
 * attributed quotes, figures, and two-clause sentences.
 */
export function sentence(rng: Rng, length: number): string {
  const kind = rng.next();
  let core: string;
  let end: string;
  if (kind < 0.35) {
    core = clause(rng);
    end = rng.chance(0.5) ? `, ${rng.pick(ROLES)} said.` : '.';
  } else if (kind < 0.55) {
    core = `"${capitalize(clause(rng))}`;
    end = `," ${rng.chance(0.5) ? rng.pick(PEOPLE) : rng.pick(ROLES)} said.`;
  } else if (kind < 0.75) {
    const from = rng.pick(AMOUNTS);
    core = `${capitalize(rng.pick(OBJECTS))} reached ${rng.pick(AMOUNTS)}, up from ${from} a year earlier`;
    end = `, ${rng.pick(SUBJECTS)} said.`;
  } else {
    core = `${clause(rng)}, ${rng.pick(CONNECTORS)} ${clause(rng)}`;
    end = '.';
  }
  const missing = length - countWords(core) - countWords(end);
  const body = missing > 2 ? `${core}${tails(rng, missing)}` : core;
  return capitalize(body) + end;
}

/** A headline: short, no final period. */
export function headline(rng: Rng): string {
  const subject = rng.pick(SUBJECTS).replace(/^the /, '');
  const words = `${subject} ${rng.pick(VERBS)} ${rng.pick(OBJECTS)}`.split(' ');
  return capitalize(words.slice(0, rng.int(7, 13)).join(' '));
}
