// markdown-it-footnote ships no types, and @types/markdown-it-footnote is written against markdown-it 14.
declare module 'markdown-it-footnote' {
  import type { PluginSimple } from 'markdown-it';

  /** Adds `[^label]` references and `[^label]: …` definitions. */
  const footnote: PluginSimple;
  export default footnote;
}
