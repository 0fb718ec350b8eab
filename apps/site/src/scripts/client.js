// The pages' only client script before search is opened (inline, no eval, ≤ 2 KB minified):
// language choice, scroll keeping across the switcher, the `?inspect` unit view, the remembered
// theme and text size, and the side-by-side highlight. Everything reads without it. (`/` has its
// own script, root.js.)
(() => {
  const d = document;
  const html = d.documentElement;
  const data = html.dataset;
  const store = (s, k, v) => {
    try {
      if (v === undefined) return s.getItem(k);
      s.setItem(k, v);
    } catch {}
  };
  // `js` shows the controls that need this script (theme, text size); set before first paint, as
  // are the remembered theme and size, so the page never flashes the wrong colours.
  html.classList.add('js');
  const prefs = ['theme', 'size'];
  for (const k of prefs) data[k] = store(localStorage, `dari-${k}`) || data[k] || '';
  const inspect = /[?&]inspect\b/.test(location.search);
  if (inspect) html.classList.add('inspect');
  addEventListener('DOMContentLoaded', () => {
    for (const k of prefs) {
      const input = d.querySelector(`[name=${k}][value="${data[k]}"]`);
      if (input) input.checked = true;
    }
  });
  d.addEventListener('change', (e) => {
    const { name, value } = e.target;
    if (prefs.includes(name)) {
      data[name] = value;
      store(localStorage, `dari-${name}`, value);
    }
  });
  // Side by side: pointing at (or tapping, or tabbing to) a sentence lights up its counterpart.
  const light = (e) => {
    const u = e.target.closest?.('.pair .u');
    for (const el of d.querySelectorAll('.pair .u'))
      el.classList.toggle('hl', el.dataset.unit === u?.dataset.unit);
  };
  d.addEventListener('pointerover', light);
  d.addEventListener('focusin', light);
  // Where a paragraph's top sits when scrolled to: below the sticky header (its scroll margin).
  const top = (el) => Number.parseFloat(getComputedStyle(el).scrollMarginTop) || 0;
  const kept = JSON.parse(store(sessionStorage, 'dari-scroll') || 'null');
  if (kept) {
    sessionStorage.removeItem('dari-scroll');
    const el = d.getElementById(kept.id);
    if (el && location.hash === `#${kept.id}`) {
      addEventListener('load', () => {
        const r = el.getBoundingClientRect();
        scrollTo(0, scrollY + r.top - top(el) + r.height * kept.ratio);
      });
    }
  }
  d.addEventListener('click', (e) => {
    // data-switch: the reader chooses a language (remembered); data-keep: a look at another
    // version (the original) that keeps the paragraph but is not a choice of language.
    const a = e.target instanceof Element && e.target.closest('a[data-switch],a[data-keep]');
    if (!a) return;
    if (a.dataset.switch) store(localStorage, 'dari-lang', a.dataset.switch);
    if (inspect) a.search = '?inspect';
    // The paragraph the reader is on: the linked one while it is on screen, else the first visible.
    const linked = location.hash.length > 1 && d.getElementById(location.hash.slice(1));
    const onScreen = (el, r) => r.bottom > top(el) && r.top < innerHeight;
    const start = linked && onScreen(linked, linked.getBoundingClientRect()) ? [linked] : [];
    for (const el of [...start, ...d.querySelectorAll('[id^="p-"]')]) {
      const r = el.getBoundingClientRect();
      if (r.bottom > top(el)) {
        const ratio = r.height ? Math.min(1, Math.max(0, (top(el) - r.top) / r.height)) : 0;
        a.hash = el.id;
        store(sessionStorage, 'dari-scroll', JSON.stringify({ id: el.id, ratio }));
        break;
      }
    }
  });
})();
