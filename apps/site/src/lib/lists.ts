import { LIST_PAGE_SIZE, pageCount, STATUS_PAGE_SIZE } from './pager.js';
import { type ArticleEntry, type Project, statusesOf } from './project.js';
import { type StatusList, statusList } from './status-list.js';

const lists = new WeakMap<Project, StatusList<ArticleEntry>>();

/** The status page's list of a project, computed once: every status page and the sitemap read it. */
export function statusListOf(project: Project): StatusList<ArticleEntry> {
  let list = lists.get(project);
  if (!list) {
    list = statusList(project.articles, (article) => statusesOf(project, article));
    lists.set(project, list);
  }
  return list;
}

/** Pages of the article list in every locale (the same in each: every locale lists every article). */
export function listPageCount(project: Project): number {
  return pageCount(project.articles.length, LIST_PAGE_SIZE);
}

/** Pages of the status page's list of articles that still need work. */
export function statusPageCount(project: Project): number {
  return pageCount(statusListOf(project).pending.length, STATUS_PAGE_SIZE);
}
