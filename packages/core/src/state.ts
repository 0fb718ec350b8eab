/**
 * One state scale for every format (the Translate Toolkit way): each XLIFF version maps its native
 * states onto it, so counting and checking never look at format-specific strings.
 */
export const UNIT_STATES = [
  'new',
  'needs-translation',
  'needs-review',
  'translated',
  'reviewed',
  'final',
] as const;

export type UnitState = (typeof UNIT_STATES)[number];

/** States in which a non-empty target counts as translated. */
const TRANSLATED_STATES: ReadonlySet<UnitState> = new Set(['translated', 'reviewed', 'final']);

/** Translated = a non-empty target in a translated-or-later state (DESIGN.md). */
export function isTranslatedState(state: UnitState): boolean {
  return TRANSLATED_STATES.has(state);
}

/** States that record a reviewer's sign-off (2.x `reviewed`/`final`; 1.2 also needs `approved="yes"`). */
export function isReviewedState(state: UnitState): boolean {
  return state === 'reviewed' || state === 'final';
}

/** XLIFF 1.2 `target/@state` for each Dari state. */
export const XLIFF12_STATE: Readonly<Record<UnitState, string>> = {
  new: 'new',
  'needs-translation': 'needs-translation',
  'needs-review': 'needs-review-translation',
  translated: 'translated',
  reviewed: 'signed-off',
  final: 'final',
};

/** Dari state for an XLIFF 1.2 `target/@state` value (including the needs-l10n/adaptation family). */
export function fromXliff12State(value: string | undefined, hasTarget: boolean): UnitState {
  switch (value) {
    case undefined:
      return hasTarget ? 'translated' : 'new';
    case 'new':
      return 'new';
    case 'needs-translation':
      return 'needs-translation';
    case 'needs-review-translation':
    case 'needs-review-adaptation':
    case 'needs-review-l10n':
    case 'needs-adaptation':
    case 'needs-l10n':
      return 'needs-review';
    case 'translated':
      return 'translated';
    case 'signed-off':
      return 'reviewed';
    case 'final':
      return 'final';
    default:
      // x-… custom states: trust the presence of a target, flag nothing silently as final.
      return hasTarget ? 'needs-review' : 'new';
  }
}

/** XLIFF 2.x `segment/@state` and optional `subState` for each Dari state. */
export const XLIFF2_STATE: Readonly<Record<UnitState, { state: string; subState?: string }>> = {
  new: { state: 'initial' },
  'needs-translation': { state: 'initial', subState: 'dari:needs-translation' },
  'needs-review': { state: 'translated', subState: 'dari:needs-review' },
  translated: { state: 'translated' },
  reviewed: { state: 'reviewed' },
  final: { state: 'final' },
};

/** Dari state for an XLIFF 2.x `segment/@state` (+ `subState`). */
export function fromXliff2State(
  state: string | undefined,
  subState: string | undefined,
  hasTarget: boolean,
): UnitState {
  if (subState === 'dari:needs-review') return 'needs-review';
  if (subState === 'dari:needs-translation') return 'needs-translation';
  switch (state) {
    case undefined:
      return hasTarget ? 'translated' : 'new';
    case 'initial':
      return 'new';
    case 'translated':
      return 'translated';
    case 'reviewed':
      return 'reviewed';
    case 'final':
      return 'final';
    default:
      return hasTarget ? 'needs-review' : 'new';
  }
}
