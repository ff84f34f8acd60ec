import type * as ApiModule from '../../miniprogram/services/api';
import { asPagesLoadIt, type Rendered } from './render';
import { type Script, scriptedApi } from './scripted-server';

/** A scripted api for a rendered page, built from the modules the page loads (see asPagesLoadIt). */
export function pageApi(script: Script): ReturnType<typeof scriptedApi> {
  return scriptedApi(script, asPagesLoadIt<typeof ApiModule>('services/api').createApi);
}

/** The text of each element matching the selector, spaces collapsed, as the learner reads it. */
export function textsOf(page: Rendered, selector: string): string[] {
  return page.querySelectorAll(selector).map((element) => element.dom?.textContent?.replace(/\s+/g, ' ').trim() ?? '');
}

/** Runs a page's onLoad with the query of the URL it was opened with (values as WeChat hands them over). */
export function loadPage(page: Rendered, query: Record<string, string>): void {
  (page.instance.onLoad as (query: Record<string, string>) => void)(query);
}
