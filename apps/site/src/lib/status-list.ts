import type { PageStatus } from './status.js';

/** An article that still needs work, with its translations that are not complete. */
export interface PendingArticle<A> {
  readonly article: A;
  /** One per locale whose translation is partial, outdated or missing (never the original). */
  readonly statuses: readonly PageStatus[];
}

/** What the status page lists: the articles still needing work; the rest only as a count. */
export interface StatusList<A> {
  readonly total: number;
  /** Articles complete in every locale (not listed: at newsroom scale most of the archive is done). */
  readonly complete: number;
  /** In the given (newest-first) order. */
  readonly pending: readonly PendingArticle<A>[];
}

/** Whether a locale's version still needs a translator: anything but the original or a complete translation. */
export function needsWork(status: PageStatus): boolean {
  return status.level !== 'original' && status.level !== 'complete';
}

/** Splits articles into complete ones (counted) and ones that still need work (listed), keeping their order (pure). */
export function statusList<A>(
  articles: readonly A[],
  statusesOf: (article: A) => readonly PageStatus[],
): StatusList<A> {
  const pending: PendingArticle<A>[] = [];
  for (const article of articles) {
    const statuses = statusesOf(article).filter(needsWork);
    if (statuses.length > 0) pending.push({ article, statuses });
  }
  return { total: articles.length, complete: articles.length - pending.length, pending };
}
