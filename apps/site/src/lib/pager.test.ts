import { describe, expect, it } from 'vitest';
import { pageCount, pagedRoute, pageParam, pagePath, pagerItems, pageSlice } from './pager.js';

/** The row as a reader sees it: numbers, the current one in brackets, gaps as an ellipsis. */
const row = (current: number, last: number) =>
  pagerItems(current, last)
    .map((i) => ('gap' in i ? '…' : i.current ? `[${i.page}]` : String(i.page)))
    .join(' ');

describe('pagePath', () => {
  it('keeps page 1 at the list’s own URL and puts later pages under page/<n>/', () => {
    expect(pagePath('/en/', 1)).toBe('/en/');
    expect(pagePath('/en/', 2)).toBe('/en/page/2/');
    expect(pagePath('/ko/status/', 12)).toBe('/ko/status/page/12/');
    expect(pagePath('/ko', 3)).toBe('/ko/page/3/');
  });

  it('names the rest parameter to match', () => {
    expect(pageParam(1)).toBeUndefined();
    expect(pageParam(7)).toBe('page/7');
  });
});

describe('pageCount', () => {
  it('rounds up, and an empty list still has one page', () => {
    expect(pageCount(0, 50)).toBe(1);
    expect(pageCount(50, 50)).toBe(1);
    expect(pageCount(51, 50)).toBe(2);
    expect(pageCount(10_000, 50)).toBe(200);
  });
});

describe('pageSlice', () => {
  it('cuts a newest-first list into pages; the last page holds the rest', () => {
    const items = Array.from({ length: 104 }, (_, i) => i);
    expect(pageSlice(items, 1, 50)).toEqual(items.slice(0, 50));
    expect(pageSlice(items, 2, 50)[0]).toBe(50);
    expect(pageSlice(items, 3, 50)).toEqual([100, 101, 102, 103]);
    expect(pageSlice(items, 4, 50)).toEqual([]);
  });
});

describe('pagedRoute', () => {
  it('turns paginate()’s bare page number into the page/<n> parameter, keeping the other params and props', () => {
    const page = (currentPage: number) => ({ page: { currentPage, data: [`item ${currentPage}`] } });
    expect(pagedRoute({ params: { lang: 'ko', page: undefined }, props: page(1) })).toEqual({
      params: { lang: 'ko', page: undefined },
      props: page(1),
    });
    expect(pagedRoute({ params: { lang: 'ko', page: '3' }, props: page(3) }).params).toEqual({
      lang: 'ko',
      page: 'page/3',
    });
  });
});

describe('pagerItems', () => {
  it('shows every page of a short list', () => {
    expect(row(1, 1)).toBe('[1]');
    expect(row(2, 5)).toBe('1 [2] 3 4 5');
  });

  it('keeps the row short on a long archive: ends, neighbours, gaps', () => {
    expect(row(1, 200)).toBe('[1] 2 3 … 200');
    expect(row(100, 200)).toBe('1 … 98 99 [100] 101 102 … 200');
    expect(row(200, 200)).toBe('1 … 198 199 [200]');
  });

  it('shows a single hidden page instead of an ellipsis standing for it', () => {
    expect(row(5, 10)).toBe('1 2 3 4 [5] 6 7 … 10');
    expect(row(4, 7)).toBe('1 2 3 [4] 5 6 7');
  });
});
