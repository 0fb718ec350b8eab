import { styleText } from 'node:util';

/**
 * Whether text written to `stream` should be coloured, decided by Node's own rule (`util.styleText`):
 * a terminal, unless NO_COLOR or NODE_DISABLE_COLORS is set or TERM is dumb; FORCE_COLOR wins.
 */
export function colorsFor(stream: NodeJS.WritableStream): boolean {
  return styleText('red', 'x', { stream }) !== 'x';
}

type Format = Parameters<typeof styleText>[0];

/**
 * Styling functions for reports and help; each returns its text unchanged when `enabled` is false,
 * so formatters stay pure and the CLI alone decides (with `colorsFor`).
 */
export function palette(enabled: boolean) {
  const style =
    (format: Format) =>
    (text: string): string =>
      enabled ? styleText(format, text, { validateStream: false }) : text;
  return {
    red: style('red'),
    green: style('green'),
    yellow: style('yellow'),
    cyan: style('cyan'),
    dim: style('dim'),
    bold: style('bold'),
  };
}

/** What `palette` returns. */
export type Palette = ReturnType<typeof palette>;
