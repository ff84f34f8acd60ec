import { beforeEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../miniprogram/api/errors';
import { connection, course, recommended } from '../support/catalog-fixtures';
import { pageApi, textsOf } from '../support/page-api';
import { installPageWx } from '../support/page-wx';
import { type Rendered, render, simulate } from '../support/render';
import type { Script, SentOperation } from '../support/scripted-server';

let wxCalls: ReturnType<typeof installPageWx>;
beforeEach(() => {
  wxCalls = installPageWx();
});

const signedIn = { login: { accessToken: 'a1', accessTokenExpiresAt: null, refreshToken: 'r1', refreshTokenExpiresAt: null, errors: null } };

const home = {
  categories: [
    { id: 'c1', name: '职场技能' },
    { id: 'c2', name: '编程' },
  ],
  popular: {
    nodes: [
      course({ id: 'no-sale', title: '原价课' }),
      course({
        id: 'on-sale',
        title: 'PPT 速成',
        activeSale: { kind: 'FLASH_SALE', title: '秒杀', price: 990, endsAt: '2026-12-05T12:00:00Z', stockLeft: 3 },
      }),
    ],
  },
};

function firstRecommendations() {
  return {
    recommendations: connection(
      [recommended({ id: 'r1', title: 'Python 实战' }, { kind: 'BECAUSE_YOU_TOOK', relatedCourse: { title: 'Excel 入门' } })],
      'after-r1',
    ),
  };
}

async function openHome(script: Script): Promise<{ page: Rendered; sent: SentOperation[] }> {
  const { api, sent } = pageApi({ Login: signedIn, ...script });
  const page = render('pages/index/index', api);
  page.instance.onLoad();
  await simulate.sleep(20);
  return { page, sent };
}

describe('home page', () => {
  it('shows the categories, what is on sale and the recommendations with their reasons', async () => {
    const { page } = await openHome({ CatalogHome: home, CatalogRecommendations: firstRecommendations() });

    expect(textsOf(page, '.category')).toEqual(['职场技能', '编程']);
    const onSale = page.querySelector('.on-sale')?.dom?.textContent ?? '';
    expect(onSale).toContain('限时优惠');
    expect(onSale).toContain('PPT 速成');
    expect(onSale).toContain('秒杀');
    expect(onSale).toContain('¥9.90');
    expect(onSale).toContain('¥49.00');
    expect(onSale).not.toContain('原价课');
    const picks = page.querySelector('.recommendations')?.dom?.textContent ?? '';
    expect(picks).toContain('Python 实战');
    expect(picks).toContain('因为你学过《Excel 入门》');
  });

  it('asks for recommendations as the signed-in learner', async () => {
    const { sent } = await openHome({ CatalogHome: home, CatalogRecommendations: firstRecommendations() });

    expect(sent.find((s) => s.operation === 'CatalogRecommendations')?.signedIn).toBe(true);
  });

  it('has no sale section when nothing is on sale', async () => {
    const { page } = await openHome({
      CatalogHome: { ...home, popular: { nodes: [course()] } },
      CatalogRecommendations: firstRecommendations(),
    });

    expect(page.querySelector('.on-sale')).toBeUndefined();
  });

  it('loads the next page of recommendations when the learner reaches the bottom, and stops after the last', async () => {
    const { page, sent } = await openHome({
      CatalogHome: home,
      CatalogRecommendations: (variables) =>
        variables.after === null
          ? firstRecommendations()
          : { recommendations: connection([recommended({ id: 'r2', title: 'SQL 必知必会' })]) },
    });

    page.instance.onReachBottom();
    await simulate.sleep(20);
    page.instance.onReachBottom();
    await simulate.sleep(20);

    const picks = page.querySelector('.recommendations')?.dom?.textContent ?? '';
    expect(picks).toContain('Python 实战');
    expect(picks).toContain('SQL 必知必会');
    expect(picks).toContain('没有更多了');
    expect(sent.filter((s) => s.operation === 'CatalogRecommendations').map((s) => s.variables.after)).toEqual([null, 'after-r1']);
  });

  it('opens a course from its card and records where it was opened', async () => {
    const { page } = await openHome({ CatalogHome: home, CatalogRecommendations: firstRecommendations() });
    const api = (globalThis as unknown as { getApp: () => { api: { tracker: { pending: number } } } }).getApp().api;

    page.querySelector('.recommended-card')?.querySelector('.course-card')?.dispatchEvent('tap');
    await simulate.sleep(0);

    expect(wxCalls.navigateTo).toHaveBeenCalledWith({ url: '/pages/course/course?id=r1' });
    expect(api.tracker.pending).toBe(1);
  });

  it('opens a category and the search page', async () => {
    const { page } = await openHome({ CatalogHome: home, CatalogRecommendations: firstRecommendations() });

    page.querySelectorAll('.category')[1].dispatchEvent('tap');
    page.querySelector('.search-entry')?.dispatchEvent('tap');
    await simulate.sleep(0);

    expect(wxCalls.navigateTo.mock.calls.map(([options]) => (options as { url: string }).url)).toEqual([
      '/pages/category/category?id=c2',
      '/pages/search/search',
    ]);
  });

  it('loads everything again on pull-down and then stops the refresh indicator', async () => {
    let round = 0;
    const { page } = await openHome({
      CatalogHome: () => ({ ...home, categories: [{ id: 'c1', name: round === 0 ? '职场技能' : '职场进阶' }] }),
      CatalogRecommendations: () => firstRecommendations(),
    });

    round = 1;
    page.instance.onPullDownRefresh();
    await simulate.sleep(20);

    expect(textsOf(page, '.category')).toEqual(['职场进阶']);
    expect(page.querySelectorAll('.recommended-card')).toHaveLength(1);
    expect(wxCalls.stopPullDownRefresh).toHaveBeenCalledTimes(1);
  });

  it('tells the learner what failed and loads again on retry', async () => {
    const busy = new ApiError('SERVICE_BUSY', '服务繁忙，请稍后再试');
    let online = false;
    const { page } = await openHome({
      CatalogHome: () => (online ? home : busy),
      CatalogRecommendations: () => (online ? firstRecommendations() : busy),
    });

    expect(wxCalls.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '服务繁忙，请稍后再试' }));
    expect(page.querySelector('.sections-failed')?.dom?.textContent).toContain('没有加载出来');
    expect(page.querySelector('.recommendations')?.dom?.textContent).toContain('加载失败');

    online = true;
    page.querySelector('.retry-sections')?.dispatchEvent('tap');
    page.querySelector('.recommendations-status')?.querySelector('.retry')?.dispatchEvent('tap');
    await simulate.sleep(20);

    expect(page.querySelector('.sections-failed')).toBeUndefined();
    expect(textsOf(page, '.category')).toEqual(['职场技能', '编程']);
    expect(page.querySelector('.recommendations')?.dom?.textContent).toContain('Python 实战');
  });
});
