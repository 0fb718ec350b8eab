import type { DiagnosticInfo } from './types.js';

const input = (area: DiagnosticInfo['area'], entry: Omit<DiagnosticInfo, 'kind' | 'area' | 'severity'>) =>
  ({ kind: 'input', area, severity: 'error', ...entry }) satisfies DiagnosticInfo;

/** Bad input around the project (config, layout, command line) and what happens during a sync. */
export const PROJECT_DIAGNOSTICS: readonly DiagnosticInfo[] = [
  input('config', {
    id: 'config-invalid-json',
    title: 'dari.config.json is not valid JSON',
    why: 'Nothing can run without knowing the locales, paths and thresholds.',
    fix: 'Fix the JSON at the line and column given (a trailing comma or a missing quote, most often).',
  }),
  input('config', {
    id: 'config-invalid',
    title: 'dari.config.json has a value the schema does not allow',
    why: 'A misspelt key or wrong value would otherwise be ignored silently, and the project would run with settings nobody chose.',
    fix: 'Correct the key or value at the place given; the message lists what is allowed. Editors that read `dari.config.schema.json` show the same errors as you type.',
  }),
  input('config', {
    id: 'glossary-missing',
    title: 'The glossary named in paths.glossary does not exist',
    why: 'The glossary-term rule would check nothing while the config says it should.',
    fix: 'Create the file (`{ "ko": { "KORUS FTA": "한미 FTA" } }`) or remove `paths.glossary` from dari.config.json.',
  }),
  input('config', {
    id: 'glossary-invalid',
    title: 'The glossary is not valid',
    why: 'A glossary entry that cannot be read would silently stop being enforced.',
    fix: 'Make the glossary a JSON object mapping each configured locale to `{ "source term": "target term" }` or `{ "source term": ["target", "alternative"] }`.',
  }),
  input('sync', {
    id: 'articles-missing',
    title: 'The articles folder does not exist',
    why: 'With no articles there is nothing to sync or check; it is most often a wrong `paths.articles` or the wrong `--cwd`.',
    fix: 'Create the folder with your Markdown articles, point `paths.articles` in dari.config.json at it, or run dari from the project root (or pass `--cwd`).',
    // sync printed `sync-no-articles`, check `articles-missing`, for the same condition.
    replaces: ['sync-no-articles'],
  }),
  input('check', {
    id: 'locale-unknown',
    title: 'A folder under locales/ is not a configured locale',
    why: 'Its files would be neither synced nor checked, so translations in it would silently never reach the site.',
    fix: 'Add the locale to `locales` in dari.config.json, or remove (or rename) the folder.',
  }),
  input('sync', {
    id: 'sync-reserved-slug',
    title: 'An article is named ui.md',
    why: '`locales/<lang>/ui.xlf` holds the site’s own interface strings; an article of that name would overwrite them.',
    fix: 'Rename the article file.',
  }),
  input('sync', {
    id: 'sync-locked',
    title: 'Another dari sync is running on this project',
    why: 'Two syncs writing the same locale files at once could lose a translation.',
    fix: 'Wait for the other sync to finish. If none is running, delete the lock file the diagnostic names.',
  }),
  {
    id: 'sync-stale-lock',
    kind: 'run',
    area: 'sync',
    severity: 'warning',
    title: 'Sync took over a lock left by a process that is no longer running',
    why: 'An earlier sync was interrupted; this one went ahead and did not use its unfinished temp files.',
    fix: 'Nothing to do; if it happens often, find what kills the sync (a CI timeout, an out-of-memory kill).',
  },
  {
    id: 'sync-file-changed',
    kind: 'run',
    area: 'sync',
    severity: 'error',
    title: 'A locale file changed on disk while sync was running',
    why: 'Someone (a CAT tool, an editor) saved it meanwhile; sync left it as it is rather than overwrite their work, so it is not up to date.',
    fix: 'Run `dari sync` again once the file is saved.',
  },
  {
    id: 'sync-code-mismatch',
    kind: 'run',
    area: 'sync',
    severity: 'warning',
    title: 'A target does not carry the inline codes of its source',
    why: 'Links, emphasis and code spans are inline codes; a target that drops or repeats one loses them on the site. Sync keeps the target as it is.',
    fix: 'In your CAT tool, place every tag of the source exactly once in the target; `dari check` reports the same unit as inline-code-missing or inline-code-extra.',
  },
  input('check', {
    id: 'git-ref-unknown',
    title: 'The ref given to --changed is not a commit here',
    why: '`dari check --changed REF` checks only what changed since REF; with an unknown ref it cannot tell what changed.',
    fix: 'Pass a branch, tag or commit that exists in this clone; in CI, fetch it first (`git fetch origin main`, or a checkout with `fetch-depth: 0`).',
  }),
  input('cli', {
    id: 'cli-usage',
    title: 'The command line is not one dari understands',
    why: 'An unknown command, option or value is refused rather than ignored, so a CI step never runs with options nobody meant.',
    fix: 'Run `dari --help` or `dari <command> --help`; the message suggests the closest command or option when there is one.',
  }),
  input('file-system', {
    id: 'io-enoent',
    title: 'A file or folder dari needs does not exist',
    why: 'Usually the wrong `--cwd`, or a path in dari.config.json that points nowhere.',
    fix: 'Check the path printed with the diagnostic; run dari from the project root or pass `--cwd`.',
  }),
  input('file-system', {
    id: 'io-eacces',
    title: 'dari has no permission to read or write a file',
    why: 'Sync writes every locale file atomically and stops before writing anything it cannot finish.',
    fix: 'Give the user running dari read and write access to the path printed (and its folder).',
  }),
  input('file-system', {
    id: 'io-eisdir',
    title: 'A folder stands where dari expects a file',
    why: 'A path such as `paths.glossary` or `--output` names a folder, so there is nothing to read or nowhere to write.',
    fix: 'Point the setting or option at a file.',
  }),
  input('file-system', {
    id: 'io-enotdir',
    title: 'A file stands where dari expects a folder',
    why: 'A path such as `paths.articles` or `paths.locales` names a file, or a file blocks a folder dari must create.',
    fix: 'Point the setting at a folder, or move the file out of the way.',
  }),
];
