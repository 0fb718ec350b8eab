// `/` only: sends the reader to the language they chose before (remembered by the switcher), else
// the first of their browser's languages the site has, else the default. Without JavaScript the
// page is a list of links, one per language.
(() => {
  const data = document.documentElement.dataset;
  let saved;
  try {
    saved = localStorage.getItem('dari-lang');
  } catch {}
  const wanted = [saved, ...(navigator.languages || [navigator.language])]
    .filter(Boolean)
    .map((l) => l.toLowerCase().split('-')[0])
    .find((l) => data.locales.split(' ').includes(l));
  location.replace(`${data.base}${wanted || data.default}/`);
})();
