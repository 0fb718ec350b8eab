// The site's only client script (inline, no eval, ≤ 2 KB): language choice, scroll keeping across
// the switcher, the `/` redirect, and the `?inspect` unit view. Everything works without it.
(() => {
  const d = document;
  const html = d.documentElement;
  const store = (s, k, v) => {
    try {
      if (v === undefined) return s.getItem(k);
      s.setItem(k, v);
    } catch {}
  };
  if (/[?&]inspect\b/.test(location.search)) html.classList.add('inspect');
  const locales = (html.dataset.locales || '').split(' ');
  if (html.dataset.root !== undefined) {
    const saved = store(localStorage, 'dari-lang');
    const wanted = [saved, ...(navigator.languages || [navigator.language])]
      .filter(Boolean)
      .map((l) => l.toLowerCase().split('-')[0])
      .find((l) => locales.includes(l));
    location.replace(`${html.dataset.base}${wanted || html.dataset.default}/`);
    return;
  }
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
    const a = e.target instanceof Element && e.target.closest('a[data-switch]');
    if (!a) return;
    store(localStorage, 'dari-lang', a.dataset.switch);
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
