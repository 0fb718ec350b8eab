import { describe, expect, it } from 'vitest';
import { closestMatches, didYouMean, editDistance } from './suggest.js';

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and neighbour swaps as one edit each', () => {
    expect(editDistance('format', 'format')).toBe(0);
    expect(editDistance('fromat', 'format')).toBe(1);
    expect(editDistance('fomat', 'format')).toBe(1);
    expect(editDistance('formats', 'format')).toBe(1);
    expect(editDistance('formal', 'format')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });
});

describe('closestMatches', () => {
  const flags = ['--format', '--min', '--changed', '--cwd', '--help'];

  it('suggests the option a typo was meant to be', () => {
    expect(closestMatches('--fromat', flags)).toEqual(['--format']);
    expect(closestMatches('--chnaged', flags)).toEqual(['--changed']);
  });

  it('suggests nothing for a word that is not close to any candidate', () => {
    expect(closestMatches('--verbose', flags)).toEqual([]);
  });

  it('finds an id from a part of it, closest first', () => {
    expect(closestMatches('utf8', ['article-not-utf8', 'encoding-not-utf8', 'xml-malformed'])).toEqual([
      'article-not-utf8',
      'encoding-not-utf8',
    ]);
  });
});

describe('didYouMean', () => {
  it('phrases one or several suggestions, and nothing when there are none', () => {
    expect(didYouMean('snyc', ['sync', 'check'])).toBe(' (did you mean "sync"?)');
    expect(didYouMean('utf8', ['article-not-utf8', 'encoding-not-utf8'])).toBe(
      ' (did you mean "article-not-utf8" or "encoding-not-utf8"?)',
    );
    expect(didYouMean('zzz', ['sync'])).toBe('');
  });
});
