import type { PanelText } from './strings.js';

/** One unit as the endpoint sends it (`ReviewItem` of @dari/review). */
export interface Item {
  readonly id: string;
  readonly pending?: 'needs-review' | 'untranslated' | 'unreviewed';
  readonly source: string;
  readonly target: string;
  readonly approved: boolean;
  readonly state?: string;
  readonly previousSource?: string;
  readonly diff?: string;
}

export interface Aids {
  readonly proposals: ReadonlyArray<{ source: string; target: string; score: number; from?: string }>;
  readonly terms: ReadonlyArray<{ source: string; targets: readonly string[] }>;
}

export interface Finding {
  readonly ruleId: string;
  readonly severity: string;
  readonly message: string;
}

/** Creates an element with text content only: nothing the files hold is ever parsed as HTML. */
function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  text?: string,
): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  if (text !== undefined) e.textContent = text;
  return e;
}

/** `[-old-]{+new+}` word diff as text with <del>/<ins> around the changes. */
export function diffNodes(diff: string): Node[] {
  const out: Node[] = [];
  const re = /\[-([\s\S]*?)-\]|\{\+([\s\S]*?)\+\}/g;
  let last = 0;
  for (const m of diff.matchAll(re)) {
    if (m.index > last) out.push(document.createTextNode(diff.slice(last, m.index)));
    out.push(m[1] !== undefined ? el('del', {}, m[1]) : el('ins', {}, m[2] ?? ''));
    last = m.index + m[0].length;
  }
  if (last < diff.length) out.push(document.createTextNode(diff.slice(last)));
  return out;
}

/** The panel's elements, built once; `show*` calls fill them. */
export class PanelView {
  readonly root = el('section', { id: 'dari-edit', 'aria-labelledby': 'dari-edit-title', hidden: '' });
  readonly heading = el('h2', { id: 'dari-edit-title' });
  readonly position = el('p', { class: 'dari-edit-pos' });
  readonly message = el('p', { class: 'dari-edit-msg', role: 'status' });
  readonly alert = el('p', { class: 'dari-edit-alert', role: 'alert' });
  readonly state = el('p', { class: 'dari-edit-state' });
  readonly source = el('p', { class: 'dari-edit-source' });
  readonly previousBox = el('div', { class: 'dari-edit-prev' });
  readonly textarea = el('textarea', { id: 'dari-edit-target', rows: '4', spellcheck: 'true' });
  readonly findings = el('ul', { class: 'dari-edit-findings', 'aria-live': 'polite' });
  readonly proposals = el('ul', { class: 'dari-edit-proposals' });
  readonly terms = el('ul', { class: 'dari-edit-terms' });
  readonly buttons: Record<'save' | 'approve' | 'prev' | 'next' | 'pending' | 'close', HTMLButtonElement>;

  constructor(
    private readonly t: PanelText,
    sourceLang: string,
    targetLang: string,
  ) {
    this.heading.textContent = t.title;
    this.source.lang = sourceLang;
    this.textarea.lang = targetLang;
    const label = el('label', { for: 'dari-edit-target' }, t.target(targetLang));
    const button = (text: string, keys: string, hint: string) =>
      el('button', { type: 'button', 'aria-keyshortcuts': keys, title: `${text} (${hint})` }, text);
    this.buttons = {
      save: button(t.save, 'Control+Enter', 'Ctrl+Enter'),
      approve: button(t.approve, 'Alt+A', 'Alt+A'),
      prev: button(t.prev, 'Alt+ArrowUp', 'Alt+↑'),
      next: button(t.next, 'Alt+ArrowDown', 'Alt+↓'),
      pending: button(t.nextPending, 'Alt+N', 'Alt+N'),
      close: button(t.close, 'Escape', 'Esc'),
    };
    this.buttons.save.classList.add('primary');
    const actions = el('div', { class: 'dari-edit-actions' });
    actions.append(this.buttons.save, this.buttons.approve);
    const nav = el('div', { class: 'dari-edit-nav' });
    nav.append(this.buttons.prev, this.buttons.next, this.buttons.pending, this.buttons.close);
    const section = (title: string, body: HTMLElement) => {
      const box = el('div', { class: 'dari-edit-box' });
      box.append(el('h3', {}, title), body);
      return box;
    };
    this.root.append(
      this.heading,
      this.position,
      this.state,
      el('h3', {}, t.source),
      this.source,
      this.previousBox,
      label,
      this.textarea,
      actions,
      this.alert,
      this.message,
      section(t.findings, this.findings),
      section(t.proposals, this.proposals),
      section(t.terms, this.terms),
      nav,
    );
  }

  /** Fills the panel for a unit. */
  showItem(item: Item, n: number, of: number, text: string): void {
    const t = this.t;
    this.position.textContent = `${t.position(n, of)} · ${item.id}`;
    const stateName = t.states[item.state ?? ''] ?? item.state ?? '';
    this.state.textContent = `${t.state}: ${stateName} · ${item.approved ? t.approved : t.notApproved}`;
    this.source.textContent = item.source;
    this.previousBox.replaceChildren();
    if (item.previousSource !== undefined) {
      const prev = el('p', { lang: this.source.lang }, item.previousSource);
      const diff = el('p', { class: 'dari-edit-diff', lang: this.source.lang });
      diff.append(...diffNodes(item.diff ?? ''));
      this.previousBox.append(el('h3', {}, t.previous), prev, el('h3', {}, t.changes), diff);
    }
    this.textarea.value = text;
    this.buttons.approve.textContent = item.approved ? t.unapprove : t.approve;
    this.buttons.approve.disabled = item.target.trim() === '';
  }

  showFindings(findings: readonly Finding[]): void {
    this.findings.replaceChildren(
      ...(findings.length === 0
        ? [el('li', {}, this.t.noFindings)]
        : findings.map((f) =>
            el('li', { class: `sev-${f.severity}` }, `${f.severity} ${f.ruleId}: ${f.message}`),
          )),
    );
  }

  showAids(aids: Aids, use: (text: string) => void): void {
    this.proposals.replaceChildren(
      ...(aids.proposals.length === 0
        ? [el('li', {}, this.t.noProposals)]
        : aids.proposals.map((p) => {
            const li = el('li');
            const b = el('button', { type: 'button' }, this.t.use);
            b.setAttribute('aria-label', `${this.t.use}: ${p.target}`);
            b.addEventListener('click', () => use(p.target));
            li.append(
              el('span', { class: 'score' }, `${p.score}%`),
              ' ',
              el('span', { lang: this.textarea.lang }, p.target),
              ' ',
              b,
            );
            li.append(el('div', { class: 'from', lang: this.source.lang }, p.source));
            return li;
          })),
    );
    this.terms.replaceChildren(
      ...aids.terms.map((g) => el('li', {}, `${g.source} → ${g.targets.join(', ')}`)),
    );
    this.terms.parentElement?.toggleAttribute('hidden', aids.terms.length === 0);
  }
}
