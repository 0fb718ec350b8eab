/** Articles per page of the article list; its newest page is `/<lang>/`, older ones `/<lang>/page/<n>/`. */
export const LIST_PAGE_SIZE = 50;

/** Articles per page of the status page's list of articles that still need work. */
export const STATUS_PAGE_SIZE = 50;

/** Pages a list of `total` items fills at `size` per page: at least one, so an empty list still has its page. */
export function pageCount(total: number, size: number): number {
  return Math.max(1, Math.ceil(total / size));
}

/** The items on page `n` (from 1) at `size` per page; empty past the last page. */
export function pageSlice<T>(items: readonly T[], n: number, size: number): T[] {
  return items.slice((n - 1) * size, n * size);
}

/** Route of page `n` of a list whose first page is `first` (`/en/` → `/en/page/2/`); page 1 is `first` itself. */
export function pagePath(first: string, n: number): string {
  const base = first.endsWith('/') ? first : `${first}/`;
  return n <= 1 ? base : `${base}page/${n}/`;
}

/**
 * The `[...page]` rest parameter of page `n`: none for the first page (the list's own URL), else
 * `page/<n>`. Astro's paginate() names pages by bare number (`/en/2/`); a newsroom archive reads
 * better with the word in the URL, and the rest parameter carries it.
 */
export function pageParam(n: number): string | undefined {
  return n <= 1 ? undefined : `page/${n}`;
}

/** A getStaticPaths entry as Astro's paginate() returns it (the part this module reads). */
export interface PaginatedRoute<P extends { page: { currentPage: number } }> {
  readonly params: Record<string, string | undefined>;
  readonly props: P;
}

/** Re-keys a paginate() entry to the `page/<n>` rest parameter; props (the page's slice) stay as they are. */
export function pagedRoute<P extends { page: { currentPage: number } }>(
  route: PaginatedRoute<P>,
): PaginatedRoute<P> {
  return { params: { ...route.params, page: pageParam(route.props.page.currentPage) }, props: route.props };
}

/** One entry of the page-number row: a page (the current one marked) or a gap of hidden pages. */
export type PagerItem = { readonly page: number; readonly current: boolean } | { readonly gap: true };

/**
 * The compact page-number row (pure): the first and last page, and `around` pages either side of
 * the current one; a hidden run becomes one gap, except a run of one page, which costs no more to
 * show than its ellipsis.
 */
export function pagerItems(current: number, last: number, around = 2): PagerItem[] {
  const shown = new Set<number>([1, last]);
  for (let n = current - around; n <= current + around; n++) if (n >= 1 && n <= last) shown.add(n);
  const pages = [...shown].sort((a, b) => a - b);
  const items: PagerItem[] = [];
  let previous = 0;
  for (const n of pages) {
    if (n - previous === 2) items.push({ page: n - 1, current: n - 1 === current });
    else if (n - previous > 2) items.push({ gap: true });
    items.push({ page: n, current: n === current });
    previous = n;
  }
  return items;
}
