// The search page's script (never loaded by an article page): one Pagefind bundle per language
// (`/pagefind/<lang>/`), each its own module instance, so "all languages" searches every index with
// its own language's word segmentation and merges the results by score.
const form = document.getElementById('search');
const out = document.getElementById('results');
const status = document.getElementById('search-status');
const { base, lang, locales, found, none } = form.dataset;
const engines = {};
const engine = (l) => {
  engines[l] ??= import(`${base}pagefind/${l}/pagefind.js`).then(async (pf) => {
    await pf.options({ baseUrl: base });
    await pf.init();
    return pf;
  });
  return engines[l];
};

/** Pagefind's excerpt (escaped text with <mark>) as DOM nodes: only text and mark survive. */
const excerpt = (html) => {
  const p = document.createElement('p');
  const doc = new DOMParser().parseFromString(`<body>${html}`, 'text/html');
  for (const node of doc.body.childNodes) {
    if (node.nodeName === 'MARK') {
      const m = document.createElement('mark');
      m.textContent = node.textContent;
      p.append(m);
    } else p.append(node.textContent ?? '');
  }
  return p;
};

let latest = 0;
async function run() {
  const q = form.q.value.trim();
  const scope = form.scope.value;
  const ticket = ++latest;
  const url = new URL(location.href);
  url.search = q ? `?q=${encodeURIComponent(q)}&scope=${scope}` : '';
  history.replaceState(null, '', url);
  if (!q) {
    out.replaceChildren();
    status.textContent = '';
    return;
  }
  const started = performance.now();
  const langs = scope === 'all' ? locales.split(' ') : [lang];
  const sets = await Promise.all(
    langs.map(async (l) => {
      const { results } = await (await engine(l)).search(q);
      return Promise.all(
        results.slice(0, 20).map(async (r) => ({ ...(await r.data()), score: r.score, lang: l })),
      );
    }),
  );
  if (ticket !== latest) return;
  const results = sets
    .flat()
    .sort((a, b) => b.score - a.score)
    .slice(0, 20);
  out.dataset.ms = String(Math.round(performance.now() - started));
  out.replaceChildren(
    ...results.map((r) => {
      const li = document.createElement('li');
      li.lang = r.lang;
      const a = document.createElement('a');
      a.href = r.url;
      a.hreflang = r.lang;
      a.textContent = r.meta?.title ?? r.url;
      li.append(a, excerpt(r.excerpt ?? ''));
      return li;
    }),
  );
  status.textContent = results.length ? found.replace('{{count}}', String(results.length)) : none;
}

form.addEventListener('submit', (e) => {
  e.preventDefault();
  run();
});
let timer;
form.addEventListener('input', () => {
  clearTimeout(timer);
  timer = setTimeout(run, 200);
});
const params = new URLSearchParams(location.search);
form.q.value = params.get('q') ?? '';
if (params.get('scope') === 'all') form.scope.value = 'all';
if (form.q.value) run();
