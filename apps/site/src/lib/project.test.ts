import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DariError } from '@dari/core';
import { describe, expect, it } from 'vitest';
import { articleData, readProject, statusOf, viewOf } from './project.js';

const ARTICLE = `---
title: "A title"
date: 2024-03-05
lang: en
---

One sentence here. Another one there.
`;

function project(): string {
  const root = mkdtempSync(join(tmpdir(), 'dari-site-project-'));
  mkdirSync(join(root, 'articles'));
  mkdirSync(join(root, 'locales/en'), { recursive: true });
  mkdirSync(join(root, 'locales/ko'), { recursive: true });
  writeFileSync(join(root, 'articles/a.md'), ARTICLE);
  writeFileSync(join(root, 'dari.config.json'), JSON.stringify({ locales: ['en', 'ko'] }));
  return root;
}

async function failure(root: string): Promise<DariError> {
  const error = await readProject(root).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(DariError);
  return error as DariError;
}

describe('readProject', () => {
  it('renders an article that has no XLIFF yet: source text in every locale, not indexed in Korean', async () => {
    const p = await readProject(project());
    const article = p.articles[0];
    if (!article) throw new Error('no article');
    // The index keeps no article body: it is read when a page of the article is rendered.
    expect('blocks' in article).toBe(false);
    const ko = viewOf(await articleData(p, article), 'ko');
    expect(ko.fallbacks.untranslated).toBeGreaterThan(0);
    expect(statusOf(p, article, 'ko').indexable).toBe(false);
    expect(statusOf(p, article, 'en').indexable).toBe(true);
  });

  it('stops with a diagnostic on a malformed XLIFF file', async () => {
    const root = project();
    writeFileSync(join(root, 'locales/ko/a.xlf'), '<xliff version="1.2"><file><body></bdy></file></xliff>');
    const [d] = (await failure(root)).diagnostics;
    expect(d?.file).toBe('locales/ko/a.xlf');
  });

  it('stops with a diagnostic on an article without frontmatter', async () => {
    const root = project();
    writeFileSync(join(root, 'articles/b.md'), 'No frontmatter. Just text.\n');
    const error = await failure(root);
    expect(error.diagnostics.some((d) => d.file === 'articles/b.md' && d.line === 1)).toBe(true);
  });

  it('stops with a diagnostic when the articles folder is missing', async () => {
    const root = project();
    rmSync(join(root, 'articles'), { recursive: true });
    expect((await failure(root)).message).toMatch(/articles/);
  });

  it('stops with a diagnostic on an invalid config', async () => {
    const root = project();
    writeFileSync(
      join(root, 'dari.config.json'),
      JSON.stringify({ locales: ['en', 'ko'], thresholds: { ja: 90 } }),
    );
    expect((await failure(root)).diagnostics[0]?.ruleId).toBe('config-invalid');
  });
});
