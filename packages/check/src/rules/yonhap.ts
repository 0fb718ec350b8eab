import { plainText, type Unit, unitsOf } from '@dari/core';
import { isForeignDateline } from '../lang/calendar.js';
import { koreanPlace } from '../lang/names.js';
import { englishTimeExpressions, koreanDays } from '../lang/time-expressions.js';
import type { FileContext, FileRule, Hit, UnitRule } from './types.js';

// `WASHINGTON --`, `SEOUL, Aug. 17 (Yonhap) --`: the place in capitals, then two dashes.
const EN_DATELINE = /^([A-Z][A-Z .'-]*[A-Z])(?:,[^-]*?)?\s*(?:--|—|–)\s/;
const KO_DATELINE = /^\(([^=()]+)=연합뉴스\)/;

/** The Korean of the article's dateline: the dateline unit's translation, else the standard spelling. */
function datelineKorean(ctx: FileContext, place: string): string | undefined {
  for (const g of ctx.file.groups) {
    if (g.kind !== 'dateline') continue;
    const u = g.units[0];
    if (u && plainText(u.source).trim().toLowerCase() === place.toLowerCase() && u.target?.length)
      return plainText(u.target).trim();
  }
  return koreanPlace(place);
}

/** Yonhap style: a dateline `WASHINGTON --` opens the Korean with `(워싱턴=연합뉴스)`, the same city. */
export const yonhapDateline: FileRule = {
  id: 'yonhap-dateline',
  title: 'Dateline not rendered as (도시=연합뉴스) with the same city (Yonhap style)',
  defaultSeverity: 'warning',
  scope: 'file',
  profile: 'yonhap',
  check: (ctx) => {
    const hits: Hit[] = [];
    for (const unit of unitsOf(ctx.file)) {
      if (!unit.target?.length) continue;
      const m = EN_DATELINE.exec(plainText(unit.source));
      if (!m) continue;
      const place = m[1] ?? '';
      const city = datelineKorean(ctx, place);
      const opener = KO_DATELINE.exec(plainText(unit.target).trimStart());
      const expected = `(${city ?? '도시'}=연합뉴스)`;
      if (!opener) {
        hits.push({
          message: `the dateline "${place} --" should open the target as ${expected}`,
          expected,
          unit,
        });
      } else if (city && opener[1]?.trim() !== city) {
        hits.push({
          message: `the dateline is ${place} but the target opens with "${opener[0]}"`,
          expected,
          actual: opener[0],
          unit,
        });
      }
    }
    return hits;
  },
};

/** Yonhap style: the closing `(Yonhap)` is `(끝)`. */
export const yonhapClosing: UnitRule = {
  id: 'yonhap-closing',
  title: 'Closing (Yonhap) not rendered as (끝) (Yonhap style)',
  defaultSeverity: 'warning',
  scope: 'unit',
  profile: 'yonhap',
  check: ({ source, target }) => {
    if (!/\(Yonhap\)\s*$/.test(source) || /\(끝\)\s*$/.test(target)) return [];
    return [
      {
        message: 'the story ends with (Yonhap); the Korean ends with (끝)',
        expected: '(끝)',
        actual: target.trim().slice(-8),
      },
    ];
  },
};

/**
 * Yonhap style: under a foreign dateline, the first date the story gives for a weekday or a
 * relative day carries `(현지시간)` (`17일(현지시간)`), so readers know it is not Korean time.
 */
export const yonhapLocalTime: FileRule = {
  id: 'yonhap-local-time',
  title: 'First date under a foreign dateline without (현지시간) (Yonhap style)',
  defaultSeverity: 'warning',
  scope: 'file',
  profile: 'yonhap',
  check: (ctx) => {
    const datelineUnit = ctx.file.groups.find((g) => g.kind === 'dateline')?.units[0];
    const dateline =
      ctx.article?.facts?.dateline ?? (datelineUnit ? plainText(datelineUnit.source) : undefined);
    if (!isForeignDateline(dateline)) return [];
    let first: { unit: Unit; text: string; local: boolean } | undefined;
    for (const unit of unitsOf(ctx.file)) {
      if (!unit.target?.length) continue;
      const timed = englishTimeExpressions(plainText(unit.source)).some(
        (e) => e.unit === 'weekday' || e.unit === 'day',
      );
      const day = timed ? koreanDays(plainText(unit.target))[0] : undefined;
      // A weekday kept as a weekday may carry the marker too (`목요일(현지시간)`).
      if (timed && /현지시간/.test(plainText(unit.target))) return [];
      if (day) {
        first = { unit, text: day.text, local: day.localTime };
        break;
      }
    }
    if (!first || first.local || /현지시간/.test(plainText(first.unit.target ?? []))) return [];
    return [
      {
        message: `"${first.text}" is the story's first date under a foreign dateline: write ${first.text}(현지시간)`,
        expected: `${first.text}(현지시간)`,
        actual: first.text,
        unit: first.unit,
      },
    ];
  },
};
