import { createHash } from 'node:crypto';
import type { DariConfig } from '@dari/config';
import { DariError } from '@dari/core';

/**
 * Which pages one `astro build` writes, so that CI runners can each build a part of a large site
 * and a final step merges their folders (`scripts/merge-shards.ts`, README "Building in parts"):
 *
 * - `DARI_SITE_LOCALES=ko,ja`: only these locales' pages (articles, side by side, cards, lists,
 *   status, RSS, search, 404) and their search bundles.
 * - `DARI_SITE_SHARD=i/N`: only the article pages (article, side by side, card) of the articles
 *   in slug shard i of N — the same split as `dari sync --shard i/N` — and no search bundle (a
 *   bundle indexes a whole locale: the merge step builds it).
 *
 * Pages that depend on the whole archive (`/`, lists, status, feeds, sitemaps, robots, icons) are
 * built by every part from the full index, identically, so the merge finds them byte-equal.
 */
export interface BuildScope {
  /** Locales whose pages this build writes, in the config's order. */
  readonly locales: readonly string[];
  /** The slug shard whose article pages this build writes; undefined: every article. */
  readonly shard: { readonly index: number; readonly count: number } | undefined;
}

/**
 * The shard of an article (pure): the first 32 bits of SHA-256 of its slug, mod N — the rule of
 * `dari sync/check --shard` (packages/cli/src/shard.ts), so one matrix index means the same
 * articles for sync, check and the site.
 */
export function shardOf(slug: string, count: number): number {
  return createHash('sha256').update(slug).digest().readUInt32BE(0) % count;
}

function usage(message: string): DariError {
  return new DariError({
    ruleId: 'cli-usage',
    severity: 'error',
    message,
    note: 'See apps/site/README.md, "Building in parts".',
  });
}

/** The scope a build's environment asks for (pure); a bad value is a usage error, never ignored. */
export function buildScope(
  config: Pick<DariConfig, 'locales'>,
  env: Readonly<Record<string, string | undefined>> = process.env,
): BuildScope {
  let locales: readonly string[] = config.locales;
  const asked = env.DARI_SITE_LOCALES?.trim();
  if (asked) {
    const names = asked.split(',').map((l) => l.trim());
    const unknown = names.filter((l) => !config.locales.includes(l));
    if (unknown.length > 0 || names.includes(''))
      throw usage(
        `DARI_SITE_LOCALES="${asked}": ${unknown.map((l) => `"${l}"`).join(', ') || 'an empty name'} is not a locale of dari.config.json (${config.locales.join(', ')})`,
      );
    locales = config.locales.filter((l) => names.includes(l));
  }
  let shard: BuildScope['shard'];
  const part = env.DARI_SITE_SHARD?.trim();
  if (part) {
    const match = /^(\d{1,4})\/(\d{1,4})$/.exec(part);
    const [index, count] = [Number(match?.[1]), Number(match?.[2])];
    if (!match || count < 1 || count > 1024 || index >= count)
      throw usage(
        `DARI_SITE_SHARD expects INDEX/COUNT with 0 ≤ INDEX < COUNT ≤ 1024, such as 0/4; got "${part}"`,
      );
    if (count > 1) shard = { index, count };
  }
  return { locales, shard };
}

/** Whether an article's pages belong to this build. */
export function articleInScope(scope: BuildScope, slug: string): boolean {
  return scope.shard === undefined || shardOf(slug, scope.shard.count) === scope.shard.index;
}
