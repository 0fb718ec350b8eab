import type { DiagnosticInfo } from './types.js';

const input = (area: DiagnosticInfo['area'], entry: Omit<DiagnosticInfo, 'kind' | 'area' | 'severity'>) =>
  ({ kind: 'input', area, severity: 'error', ...entry }) satisfies DiagnosticInfo;

/** Bad input in the files translators and CAT tools hand back: XLIFF, XML, the memory archive. */
export const FILE_DIAGNOSTICS: readonly DiagnosticInfo[] = [
  input('xliff', {
    id: 'xml-malformed',
    title: 'The XML is not well-formed',
    why: 'A file that does not parse cannot be read back faithfully; Dari leaves it untouched rather than guess what a CAT tool or editor meant.',
    fix: 'Open the file at the line and column given (a CAT tool or `xmllint --noout FILE` shows the spot), fix the tag or entity, and run again. XML knows only `&amp; &lt; &gt; &quot; &apos;` and numeric references.',
  }),
  input('xliff', {
    id: 'xml-invalid-char',
    title: 'Text holds a character XML cannot carry',
    why: 'XML 1.0 forbids most control characters and lone surrogates; a file holding one is rejected by every XML tool downstream.',
    fix: 'Remove the character at the place given (from the XLIFF file, or from the article when sync reports it on writing), or replace it with a space.',
  }),
  input('xliff', {
    id: 'xliff-doctype',
    title: 'The XLIFF file has a DOCTYPE declaration',
    why: 'Translators’ files are untrusted: Dari never fetches or expands entities (no XXE, no billion laughs), and XLIFF never needs a DOCTYPE.',
    fix: 'Delete the `<!DOCTYPE …>` declaration and write any entity it defined as the character itself.',
  }),
  input('xliff', {
    id: 'xliff-root',
    title: 'The root element is not an XLIFF <xliff>',
    why: 'The file in `locales/` is not an XLIFF document (or has lost its namespace), so no unit in it can be read.',
    fix: 'Check that this is the right file; XLIFF files start with `<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2">` or the 2.0 namespace and `version="2.0"`.',
  }),
  input('xliff', {
    id: 'xliff-version',
    title: 'Unsupported XLIFF version, or a version that does not match its namespace',
    why: 'Dari maps each version’s states and inline codes differently; reading a file as the wrong version would lose or misplace translations.',
    fix: 'Export the file from your CAT tool as XLIFF 1.2 or 2.0, and make `version` agree with the namespace.',
  }),
  input('xliff', {
    id: 'xliff-structure',
    title: 'An XLIFF element Dari needs is missing',
    why: 'A unit without an id or a source (or a file without a body) cannot be matched to the article sentence it translates.',
    fix: 'Restore the missing element or attribute named in the message (the id of a `<trans-unit>`/`<unit>`, its `<source>`, the `<file>`/`<body>`), or run `dari sync` on a clean copy from version control.',
  }),
  input('xliff', {
    id: 'xliff-duplicate-id',
    title: 'Two units or groups of one XLIFF file have the same id',
    why: 'Units are matched to article sentences by id; with two units of one id, sync and the site could pick the wrong translation, and CAT tools mix them up.',
    fix: 'Rename or remove the second unit or group at the line given, or restore the file from version control and run `dari sync`.',
    // One problem, two ids: the check rule could never fire, since the reader already rejects the
    // file, so `"rules": {"duplicate-id": "off"}` did nothing. The reader's id stays.
    replaces: ['duplicate-id'],
  }),
  input('memory', {
    id: 'encoding-not-utf8',
    title: 'A locale file or the memory archive is not valid UTF-8',
    why: 'Dari reads the files it writes as strict UTF-8 and never guesses, so a file saved in a legacy encoding is reported instead of corrupted.',
    fix: 'Save the file as UTF-8 in your CAT tool or editor; the diagnostic names the line and column of the first bad byte.',
  }),
  input('memory', {
    id: 'encoding-invalid',
    title: 'A file holds bytes its declared encoding cannot decode',
    why: 'The XML declaration (or byte-order mark) names an encoding the bytes do not follow; decoding anyway would turn characters into replacement marks and lose them on the next write.',
    fix: 'Save the file again in the encoding its XML declaration names (or change the declaration to the encoding the file is in); the diagnostic names the first bad place.',
  }),
  input('memory', {
    id: 'encoding-unsupported',
    title: 'The XML declaration names an encoding Dari cannot read',
    why: 'Dari reads and writes a file back in the encoding it was written in; an encoding it does not know could not be written back faithfully.',
    fix: 'Save the file as UTF-8 (every CAT tool can) or in a common encoding such as UTF-16 or windows-1252.',
  }),
  input('xliff', {
    id: 'xml-too-deep',
    title: 'Elements nest deeper than the limit',
    why: 'No CAT tool writes thousands of nested `<g>` or `<group>`; a file that does is broken or hostile, and reading it would stall sync and check.',
    fix: 'Restore the file from version control or export it again from your CAT tool.',
  }),
  input('xliff', {
    id: 'xliff-constraint',
    title: 'The file breaks a constraint of the XLIFF 2 specification',
    why: 'Dari writes these files back for CAT tools; passing on what the specification forbids (two sources in a unit, a group without id, mismatched inline pairs…) would make other tools reject or misread them.',
    fix: 'The message names the constraint (as in the OASIS specification); fix it where the file was made, or export it again.',
  }),
  input('memory', {
    id: 'tmx-malformed',
    title: 'The memory archive is not well-formed XML',
    why: '`locales/<lang>/.memory/archive.tmx` keeps every translation that left a locale file; sync cannot add to an archive it cannot read.',
    fix: 'Restore the file from version control, or delete it (only translations of removed sentences are lost).',
  }),
];
