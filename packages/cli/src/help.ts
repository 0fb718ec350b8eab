/** The text of `dari --help`. */
export const HELP = `dari — articles to XLIFF to a bilingual site

Usage: dari <command> [options]

Commands:
  sync                 segment every article and sync every locale's XLIFF file; prints, per file,
                       units added, changed (needs review), removed and reused from memory
  check                completeness and quality per locale and file against the thresholds
                       (exit 0 pass, 1 below threshold or error findings, 2 bad input or usage)
  status               the same numbers as a human summary; never fails on thresholds
  review FILE          units of a locale file waiting for review (source diff, target);
                       --approve ID (repeatable) signs units off (1.2 final + approved="yes")
  tm export            the whole translation memory as TMX 1.4 (stdout, or --output FILE)

Options:
  --cwd DIR            project root (where dari.config.json lives); default: the current folder
  --format, -f FMT     check output: text (default), json, github, junit, sarif, markdown
  --min LOCALE=PCT     override a locale's translated threshold, e.g. --min ko=95 (repeatable)
  --min-reviewed LOCALE=PCT
                       override a locale's reviewed threshold, e.g. --min-reviewed ko=80
  --changed REF        check only locale files changed (or whose article changed) since git REF
  --output, -o FILE    where \`tm export\` writes (atomically)
  --help, -h           this help
  --version, -v        the version

Colours are off when NO_COLOR is set or stdout is not a terminal.
Problems are printed as  file:line:col severity rule-id message
`;
