import { panelText } from './strings.js';
import { EDIT_CSS } from './style.js';
import { type Aids, type Finding, type Item, PanelView } from './view.js';

/**
 * Edit in context (dev server only, injected by ./integration.ts): pick a sentence of an article,
 * edit its translation, approve it. The files stay the only truth: every change goes to the
 * endpoint, which writes the one unit; the dev server then reloads the page, and the panel comes
 * back where it was (its place and any unsaved text live in sessionStorage, so a reload caused by
 * another tool's save loses nothing).
 */

const API = '/__dari/edit';

interface FileView {
  readonly hash: string;
  readonly units: readonly Item[];
}

interface Saved {
  id?: string;
  open?: boolean;
  /** Unsaved text and the file hash it was typed against. */
  draft?: { text: string; hash: string };
  flash?: string;
}

// The page's own sentences: not the other language's, which each paragraph offers in a
// `<details class="other">` (without them an English page would look like a translation of itself).
const inOtherLanguage = (e: Element) => e.closest('details.other') !== null;
const units = [...document.querySelectorAll<HTMLElement>('.u[data-unit]')].filter((u) => !inOtherLanguage(u));
const slug = /\/articles\/([^/]+)\/?$/.exec(location.pathname)?.[1];
if (units.length > 0 && slug) void start(decodeURIComponent(slug));

async function start(slug: string): Promise<void> {
  const pageLang = document.documentElement.lang;
  const locales = (document.documentElement.dataset.locales ?? '').split(' ').filter(Boolean);
  const isSource = units.every((u) => u.dataset.state === 'source');
  const targetLang = isSource ? locales.find((l) => l !== pageLang) : pageLang;
  if (!targetLang) return;
  const sourceLang = isSource ? pageLang : (units.find((u) => u.lang)?.lang ?? 'en');
  const key = `dari-edit:${targetLang}/${slug}`;
  const stored = (): Saved => JSON.parse(sessionStorage.getItem(key) ?? '{}') as Saved;
  const store = (s: Saved) => sessionStorage.setItem(key, JSON.stringify(s));

  const session = await fetch(`${API}/session`).then((r) => r.json() as Promise<{ token?: string }>);
  if (!session.token) return;
  const headers = { 'X-Dari-Token': session.token };
  const call = async <T>(path: string, body?: unknown): Promise<{ status: number; data: T }> => {
    const r = await fetch(`${API}/${path}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: body === undefined ? headers : { ...headers, 'Content-Type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    return { status: r.status, data: (await r.json()) as T };
  };
  const q = `locale=${encodeURIComponent(targetLang)}&slug=${encodeURIComponent(slug)}`;

  const t = panelText(pageLang);
  const style = document.createElement('style');
  style.textContent = EDIT_CSS;
  const view = new PanelView(t, sourceLang, targetLang);
  const toggle = document.createElement('button');
  toggle.type = 'button';
  toggle.className = 'dari-edit-toggle';
  toggle.textContent = t.open;
  toggle.setAttribute('aria-keyshortcuts', 'Alt+E');
  toggle.setAttribute('aria-controls', 'dari-edit');
  toggle.setAttribute('aria-expanded', 'false');
  document.head.append(style);
  document.body.append(toggle, view.root);

  let file: FileView = (await call<FileView>(`file?${q}`)).data;
  let index = 0;
  let checkTimer: ReturnType<typeof setTimeout> | undefined;
  const current = () => file.units[index] as Item;

  const mark = () => {
    for (const u of units) u.classList.toggle('dari-edit-current', u.dataset.unit === current().id);
    units.find((u) => u.dataset.unit === current().id)?.scrollIntoView({ block: 'nearest' });
  };
  const runCheck = async () => {
    const item = current();
    const { data } = await call<{ findings: Finding[] }>('check', {
      locale: targetLang,
      slug,
      id: item.id,
      text: view.textarea.value,
    });
    if (current().id === item.id) view.showFindings(data.findings ?? []);
  };
  const show = async (i: number, text?: string) => {
    index = Math.max(0, Math.min(file.units.length - 1, i));
    const item = current();
    view.showItem(item, index + 1, file.units.length, text ?? item.target);
    store({ ...stored(), id: item.id, open: true, ...(text === undefined ? { draft: undefined } : {}) });
    mark();
    void runCheck();
    const { data } = await call<Aids>(`aids?${q}&id=${encodeURIComponent(item.id)}`);
    if (current().id === item.id)
      view.showAids(data, (target) => {
        view.textarea.value = target;
        view.textarea.dispatchEvent(new Event('input'));
        view.textarea.focus();
      });
  };
  const open = async (id?: string, text?: string) => {
    const i = file.units.findIndex((u) => u.id === id);
    view.root.hidden = false;
    document.documentElement.classList.add('dari-editing');
    toggle.setAttribute('aria-expanded', 'true');
    await show(Math.max(i, 0), text);
    view.textarea.focus();
  };
  const close = () => {
    view.root.hidden = true;
    document.documentElement.classList.remove('dari-editing');
    toggle.setAttribute('aria-expanded', 'false');
    for (const u of units) u.classList.remove('dari-edit-current');
    store({});
    toggle.focus();
  };
  const say = (text: string, conflict = false) => {
    view.alert.textContent = conflict ? text : '';
    view.message.textContent = conflict ? '' : text;
  };
  const submit = async (
    edit: { kind: 'target'; text: string } | { kind: 'approve' | 'unapprove' },
    done: string,
  ) => {
    const item = current();
    const r = await call<FileView & { status?: string; error?: string }>('save', {
      locale: targetLang,
      slug,
      id: item.id,
      hash: file.hash,
      edit,
    });
    if (r.status === 409) {
      // The CAT tool wins: take its file, keep the typed text, say so.
      file = r.data;
      const text = view.textarea.value;
      store({ id: item.id, open: true, draft: { text, hash: file.hash } });
      await show(
        file.units.findIndex((u) => u.id === item.id),
        text,
      );
      say(t.conflict, true);
      return;
    }
    if (r.status !== 200) return say(t.failed(r.data.error ?? String(r.status)), true);
    file = r.data;
    // The dev server reloads the page on the file change; the message is shown after it.
    store({ id: item.id, open: true, flash: done });
    await show(file.units.findIndex((u) => u.id === item.id));
    say(done);
  };
  const save = () => submit({ kind: 'target', text: view.textarea.value }, t.saved);
  const approve = () =>
    current().approved
      ? submit({ kind: 'unapprove' }, t.unapprovedDone)
      : submit({ kind: 'approve' }, t.approvedDone);
  const nextPending = () => {
    const n = file.units.length;
    for (let k = 1; k <= n; k++) {
      const i = (index + k) % n;
      if (file.units[i]?.pending) return show(i);
    }
    say(t.nothingPending);
  };

  view.textarea.addEventListener('input', () => {
    store({ ...stored(), draft: { text: view.textarea.value, hash: file.hash } });
    clearTimeout(checkTimer);
    checkTimer = setTimeout(() => void runCheck(), 250);
  });
  view.buttons.save.addEventListener('click', () => void save());
  view.buttons.approve.addEventListener('click', () => void approve());
  view.buttons.prev.addEventListener('click', () => void show(index - 1));
  view.buttons.next.addEventListener('click', () => void show(index + 1));
  view.buttons.pending.addEventListener('click', () => void nextPending());
  view.buttons.close.addEventListener('click', close);
  toggle.addEventListener('click', () => (view.root.hidden ? void open(selectedUnit()) : close()));
  for (const u of units) {
    u.addEventListener('click', (e) => {
      if (view.root.hidden) return;
      // While editing, a click picks the sentence (a link inside it does not navigate away).
      e.preventDefault();
      void open(u.dataset.unit);
    });
  }
  document.addEventListener('keydown', (e) => {
    const k = e.key.toLowerCase();
    if (e.altKey && k === 'e') {
      e.preventDefault();
      return view.root.hidden ? void open(selectedUnit()) : close();
    }
    if (view.root.hidden) return;
    if (e.key === 'Escape') return close();
    if ((e.ctrlKey || e.metaKey) && e.key === 'Enter') {
      e.preventDefault();
      return void save();
    }
    if (!e.altKey) return;
    const act: Record<string, () => unknown> = {
      a: approve,
      arrowdown: () => show(index + 1),
      arrowup: () => show(index - 1),
      n: nextPending,
    };
    const run = act[k] ?? act[e.code.replace(/^Key/, '').toLowerCase()];
    if (run) {
      e.preventDefault();
      void run();
    }
  });

  // Back after a reload (our save, or another tool's): reopen where the translator was.
  const before = stored();
  if (before.open && before.id) {
    const draft = before.draft;
    const item = file.units.find((u) => u.id === before.id);
    const keep = draft && item && draft.text !== item.target ? draft.text : undefined;
    await open(before.id, keep);
    if (keep !== undefined && draft) {
      if (draft.hash !== file.hash) {
        store({ ...stored(), draft: { text: keep, hash: file.hash } });
        say(t.conflict, true);
      } else store({ ...stored(), draft });
    } else if (before.flash) say(before.flash);
  }
}

/** The sentence holding the reader's text selection, if any. */
function selectedUnit(): string | undefined {
  const node = document.getSelection()?.anchorNode;
  const elNode = node instanceof Element ? node : node?.parentElement;
  const unit = elNode?.closest<HTMLElement>('.u[data-unit]');
  return unit && !inOtherLanguage(unit) ? unit.dataset.unit : undefined;
}
