import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { readXliff } from '@dari/xliff';
import { buildResources, type LocaleFile, type SiteResources } from './resources.js';
import { readWithXliffPackage } from './xliff-js.js';

/**
 * Reads every `<localesDir>/<locale>/*.xlf` of the given locales and builds the site's resources
 * (the I/O edge of this package). A missing locale folder is an empty locale, not an error: a
 * locale just added to the config has no files yet. Malformed XLIFF throws @dari/xliff's DariError.
 */
export async function loadSiteResources(options: {
  root: string;
  localesDir: string;
  locales: readonly string[];
}): Promise<SiteResources> {
  const files: LocaleFile[] = [];
  for (const locale of options.locales) {
    const dir = join(options.localesDir, locale);
    let names: string[];
    try {
      names = (await readdir(dir)).filter((n) => n.endsWith('.xlf')).sort();
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') continue;
      throw e;
    }
    for (const name of names) {
      const path = join(dir, name);
      const file = relative(options.root, path).split('\\').join('/');
      const text = await readFile(path, 'utf8');
      const document = readXliff(text, file);
      const units = await readWithXliffPackage(text, document.version);
      files.push({ locale, namespace: name.slice(0, -'.xlf'.length), file, document, units });
    }
  }
  return buildResources(files);
}
