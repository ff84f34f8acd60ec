import { beforeEach, describe, expect, it } from 'vitest';
import { connection, course } from '../support/catalog-fixtures';
import { loadPage, pageApi } from '../support/page-api';
import { installPageWx } from '../support/page-wx';
import { type Rendered, render, simulate } from '../support/render';
import type { Script } from '../support/scripted-server';

beforeEach(() => {
  installPageWx();
});

const catalogue = [
  course({ id: 'excel', title: 'Excel 入门' }),
  course({ id: 'excel-vba', title: 'Excel VBA 自动化' }),
  course({ id: 'ppt', title: 'PPT 速成' }),
];

// Searches the catalogue by title, one course a page, so every search has pages to walk.
const search: Script = {
  CatalogSearch: (variables) => {
    const found = catalogue.filter((c) => c.title.includes(variables.words as string));
    const start = variables.after === null ? 0 : Number(variables.after);
    const next = start + 1 < found.length ? String(start + 1) : null;
    return { courses: connection(found.slice(start, start + 1), next, found.length) };
  },
};

function titles(page: Rendered): (string | undefined)[] {
  return page.querySelectorAll('.result-card').map((card) => card.querySelector('.title')?.dom?.textContent);
}

describe('search page', () => {
  it('searches for the words it was opened with, decoded, and pages through the results', async () => {
    const { api, sent } = pageApi(search);
    const page = render('pages/search/search', api);
    loadPage(page, { q: encodeURIComponent('Excel') });
    await simulate.sleep(20);

    expect(page.querySelector('.result-count')?.dom?.textContent).toBe('共 2 门课程');
    expect(titles(page)).toEqual(['Excel 入门']);

    page.instance.onReachBottom();
    await simulate.sleep(20);
    page.instance.onReachBottom();
    await simulate.sleep(20);

    expect(titles(page)).toEqual(['Excel 入门', 'Excel VBA 自动化']);
    expect(page.dom?.textContent).toContain('没有更多了');
    expect(sent.map((s) => s.variables)).toEqual([
      { words: 'Excel', first: 10, after: null },
      { words: 'Excel', first: 10, after: '1' },
    ]);
  });

  it('waits for words when opened from home, and a new search replaces the results', async () => {
    const { api, sent } = pageApi(search);
    const page = render('pages/search/search', api);
    loadPage(page, {});
    await simulate.sleep(20);

    expect(sent).toEqual([]);
    expect(page.querySelectorAll('.result-card')).toHaveLength(0);

    page.instance.onSubmit({ detail: { value: 'Excel' } } as never);
    await simulate.sleep(20);
    page.instance.onSubmit({ detail: { value: 'PPT' } } as never);
    await simulate.sleep(20);

    expect(titles(page)).toEqual(['PPT 速成']);
    expect(page.querySelector('.result-count')?.dom?.textContent).toBe('共 1 门课程');
  });

  it('clears the results with the search box', async () => {
    const { api } = pageApi(search);
    const page = render('pages/search/search', api);
    loadPage(page, { q: 'PPT' });
    await simulate.sleep(20);

    page.instance.onClear();
    await simulate.sleep(0);

    expect(page.querySelectorAll('.result-card')).toHaveLength(0);
    expect(page.querySelector('.result-count')).toBeUndefined();
  });

  it('drops the results of an earlier search that answer after a new one', async () => {
    let answerEarlierSearch: (data: object) => void = () => {};
    const { api } = pageApi({
      CatalogSearch: (variables) =>
        variables.words === 'Excel'
          ? new Promise<object>((resolve) => (answerEarlierSearch = resolve))
          : { courses: connection([course({ id: 'ppt', title: 'PPT 速成' })]) },
    });
    const page = render('pages/search/search', api);
    loadPage(page, {});

    page.instance.onSubmit({ detail: { value: 'Excel' } } as never);
    await simulate.sleep(10);
    page.instance.onSubmit({ detail: { value: 'PPT' } } as never);
    await simulate.sleep(20);
    answerEarlierSearch({ courses: connection([course({ title: 'Excel 入门' })]) });
    await simulate.sleep(20);

    expect(titles(page)).toEqual(['PPT 速成']);
  });

  it('tells the learner when nothing matches', async () => {
    const { api } = pageApi(search);
    const page = render('pages/search/search', api);
    loadPage(page, { q: encodeURIComponent('区块链') });
    await simulate.sleep(20);

    expect(page.querySelector('.results-status')?.dom?.textContent).toContain('没有找到相关课程');
  });
});
