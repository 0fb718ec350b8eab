import type { DiagnosticInfo } from './types.js';

/** What `dari review` and the dev server's edit panel refuse: an edit that would lose or misplace work. */
export const REVIEW_DIAGNOSTICS: readonly DiagnosticInfo[] = [
  {
    id: 'review-path',
    kind: 'input',
    area: 'review',
    severity: 'error',
    title: 'The file to review is not a locale file of this project',
    why: 'Edits are written only to `locales/<lang>/<slug>.xlf`, so that nothing outside the translations (an article, the config, a file outside the project) can be changed from the panel or the command.',
    fix: 'Name a `.xlf` file under the locales folder, such as `locales/ko/<slug>.xlf`; a symbolic link leading out of the project is refused too.',
  },
  {
    id: 'review-no-unit',
    kind: 'input',
    area: 'review',
    severity: 'error',
    title: 'No unit of that id in the file',
    why: 'The page or the command names a unit the file no longer has, most often because a sync ran since the page was loaded; writing anyway could put the translation in the wrong place.',
    fix: 'Reload the page (or run `dari review <file>` again to list the ids) and edit the unit as it is now.',
  },
  {
    id: 'review-refused',
    kind: 'input',
    area: 'review',
    severity: 'error',
    title: 'The edit would leave the unit in a state that cannot be saved',
    why: 'An empty target saved as translated, or an untranslated unit approved, would count as done while a reader sees nothing.',
    fix: 'Type the translation before saving, and approve a unit only once it has one.',
  },
];
