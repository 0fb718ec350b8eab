import type { BenchResult, Measurement, Ratio } from './result.ts';

const fmt = (n: number | undefined, digits: number, unit: string): string =>
  n === undefined ? '—' : `${n.toFixed(digits)}${unit}`;

function seconds(s: number | undefined): string {
  if (s === undefined) return '—';
  return s < 0.1 ? `${(s * 1000).toFixed(1)} ms` : s < 10 ? `${s.toFixed(2)} s` : `${s.toFixed(1)} s`;
}

function verdict(met: boolean | undefined): string {
  return met === undefined ? '' : met ? 'met' : 'MISSED';
}

/** Pads columns to their widest cell; columns listed in `right` (numbers) are right-aligned. */
export function renderColumns(rows: readonly (readonly string[])[], right: readonly number[] = []): string {
  const widths: number[] = [];
  for (const row of rows) {
    for (const [i, cell] of row.entries()) widths[i] = Math.max(widths[i] ?? 0, [...cell].length);
  }
  return rows
    .map((row) =>
      row
        .map((cell, i) => {
          const pad = ' '.repeat((widths[i] ?? 0) - [...cell].length);
          return right.includes(i) ? pad + cell : cell + pad;
        })
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

function measurementRow(m: Measurement): string[] {
  return [m.label, seconds(m.seconds), fmt(m.peakMb, 0, ' MB'), m.target ?? '', verdict(m.met), m.note ?? ''];
}

function ratioRow(r: Ratio): string[] {
  const ratio = `${r.lowerBound ? '> ' : ''}${r.ratio.toFixed(1)}×`;
  const met = r.target === undefined ? undefined : r.ratio >= r.target;
  // A missed target cannot be claimed when the peer was cut off before finishing.
  const shown = met === false && r.lowerBound ? undefined : met;
  return [
    r.label,
    seconds(r.dariSeconds),
    seconds(r.peerSeconds),
    ratio,
    r.target === undefined ? '' : `≥ ${r.target}×`,
    verdict(shown),
  ];
}

/** The human table `pnpm bench` prints. */
export function renderTable(result: BenchResult): string {
  const { options, corpus, machine } = result;
  const head = `Dari bench — ${options.size.toLocaleString('en')} articles (site ${options.siteSize.toLocaleString('en')}), seed ${options.seed}, ${machine.cpus} × ${machine.cpuModel}, Node ${machine.node}`;
  const out = [head];
  if (corpus) {
    out.push(
      `corpus: ${corpus.articles.toLocaleString('en')} articles, ${(corpus.bytes / 1e6).toFixed(1)} MB Markdown, ${corpus.words.toLocaleString('en')} words${corpus.xliffFiles ? `, ${corpus.xliffFiles.toLocaleString('en')} XLIFF files` : ''}`,
    );
  }
  if (result.measurements.length > 0) {
    out.push(
      '',
      renderColumns(
        [
          ['measurement', 'time', 'peak RSS', 'target', '', 'note'],
          ...result.measurements.map(measurementRow),
        ],
        [1, 2],
      ),
    );
  }
  if (result.ratios.length > 0) {
    out.push(
      '',
      renderColumns(
        [['side by side', 'dari', 'peer', 'peer/dari', 'target', ''], ...result.ratios.map(ratioRow)],
        [1, 2, 3],
      ),
    );
  }
  if (result.notes.length > 0) out.push('', ...result.notes.map((n) => `note: ${n}`));
  return `${out.join('\n')}\n`;
}
