// Last step of `npm start`: says where the built site is and how to look at it.
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('../apps/site/dist/', import.meta.url));
if (!existsSync(dist)) {
  console.error(`The site was not built: ${dist} does not exist.`);
  process.exit(1);
}
const articles = readdirSync(new URL('../articles/', import.meta.url)).filter((f) => f.endsWith('.md'));
const slug = articles[0]?.replace(/\.md$/, '');
console.log(`
Dari is ready.
  Built site:   ${dist}
  Preview it:   npx -y pnpm@12.4.2 preview     (serves it on http://localhost:4321/)
  Then open:    http://localhost:4321/en/articles/${slug}/  and  http://localhost:4321/ko/articles/${slug}/
  Status page:  http://localhost:4321/en/status/
  Translators:  locales/ko/${slug}.xlf  (open it in a CAT tool, translate, save, then: npx -y pnpm@12.4.2 dari check)
`);
