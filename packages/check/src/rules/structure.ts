import { unitsOf } from '@dari/core';
import type { FileRule, Hit } from './types.js';

const sameLang = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/**
 * What the model says against where the file sits: target language and folder, source language and
 * article, `original` and file name, empty sources. (XML that does not parse is bad input, exit 2.)
 */
export const xliffSchema: FileRule = {
  id: 'xliff-schema',
  title: 'XLIFF file inconsistent with its folder, article or the XLIFF rules',
  defaultSeverity: 'error',
  scope: 'file',
  check: ({ file, locale, article, path }) => {
    const hits: Hit[] = [];
    const template = sameLang(file.sourceLang, locale);
    if (template && file.targetLang !== undefined && !sameLang(file.targetLang, locale)) {
      hits.push({ message: `a ${locale} template has target-language "${file.targetLang}"` });
    }
    if (!template && file.targetLang === undefined) {
      hits.push({
        message: `the file sits in locales/${locale}/ but has no target-language`,
        note: `Set target-language="${locale}" on <file>, or run \`dari sync\`.`,
      });
    }
    if (!template && file.targetLang !== undefined && !sameLang(file.targetLang, locale)) {
      hits.push({
        message: `target-language is "${file.targetLang}" but the file sits in locales/${locale}/`,
        note: 'Move the file to its locale folder, or fix target-language.',
      });
    }
    if (article && !sameLang(article.lang, file.sourceLang)) {
      hits.push({
        message: `source-language is "${file.sourceLang}" but ${article.path} is written in "${article.lang}"`,
      });
    }
    const slug = /([^/]+)\.xlf$/.exec(path)?.[1];
    if (article && file.original !== article.path) {
      hits.push({ message: `original is "${file.original}", expected "${article.path}" for ${slug}.xlf` });
    }
    for (const unit of unitsOf(file)) {
      if (unit.source.length === 0) hits.push({ message: `unit "${unit.id}" has an empty source`, unit });
    }
    return hits;
  },
};
