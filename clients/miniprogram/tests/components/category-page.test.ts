import { beforeEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../miniprogram/api/errors';
import { connection, course, recommended } from '../support/catalog-fixtures';
import { loadPage, pageApi } from '../support/page-api';
import { installPageWx } from '../support/page-wx';
import { render, simulate } from '../support/render';

let wxCalls: ReturnType<typeof installPageWx>;
beforeEach(() => {
  wxCalls = installPageWx();
});

const pages: Record<string, { nodes: ReturnType<typeof course>[]; after: string | null }> = {
  first: { nodes: [course({ id: 'a', title: 'Excel 入门' }), course({ id: 'b', title: 'PPT 速成' })], after: 'after-b' },
  'after-b': { nodes: [course({ id: 'c', title: '汇报的艺术', price: 0 })], after: null },
};

const signedIn = { login: { accessToken: 'a1', accessTokenExpiresAt: null, refreshToken: 'r1', refreshTokenExpiresAt: null, errors: null } };

function openCategory(categoryId: string, picks: object = { recommendations: connection([]) }) {
  const { api, sent: all } = pageApi({
    Login: signedIn,
    CatalogRecommendations: picks,
    CatalogCategory: (variables) => {
      if (variables.categoryId !== 'c1') {
        return { category: null, courses: connection([]) };
      }
      if (JSON.stringify(variables.order) === JSON.stringify([{ publishedAt: 'DESC' }])) {
        return { category: { id: 'c1', name: '职场技能' }, courses: connection([course({ id: 'new', title: '刚上线的课' })]) };
      }
      const page = pages[(variables.after as string | null) ?? 'first'];
      return { category: { id: 'c1', name: '职场技能' }, courses: connection(page.nodes, page.after, 3) };
    },
  });
  const page = render('pages/category/category', api);
  loadPage(page, { id: categoryId });
  const listRequests = () => all.filter((s) => s.operation === 'CatalogCategory').map((s) => s.variables);
  return { page, listRequests, all };
}

describe('category page', () => {
  it("lists the category's courses under its name, a page more at the bottom, until the last", async () => {
    const { page, listRequests } = openCategory('c1');
    await simulate.sleep(20);

    expect(wxCalls.setNavigationBarTitle).toHaveBeenCalledWith({ title: '职场技能' });
    expect(page.querySelectorAll('.result-card')).toHaveLength(2);
    expect(page.dom?.textContent).not.toContain('没有更多了');

    page.instance.onReachBottom();
    page.instance.onReachBottom();
    await simulate.sleep(20);
    page.instance.onReachBottom();
    await simulate.sleep(20);

    const titles = page.querySelectorAll('.result-card').map((card) => card.querySelector('.title')?.dom?.textContent);
    expect(titles).toEqual(['Excel 入门', 'PPT 速成', '汇报的艺术']);
    expect(page.querySelectorAll('.result-card')[2].dom?.textContent).toContain('免费');
    expect(page.dom?.textContent).toContain('没有更多了');
    expect(listRequests().map((variables) => variables.after)).toEqual([null, 'after-b']);
  });

  it('lists again, from the top, in the order the learner picks', async () => {
    const { page, listRequests } = openCategory('c1');
    await simulate.sleep(20);

    expect(page.querySelector('.order.chosen')?.dom?.textContent).toBe('最热');
    page.querySelectorAll('.order')[1].dispatchEvent('tap');
    await simulate.sleep(20);

    expect(page.querySelector('.order.chosen')?.dom?.textContent).toBe('最新');
    expect(page.querySelectorAll('.result-card').map((card) => card.querySelector('.title')?.dom?.textContent)).toEqual(['刚上线的课']);
    expect(listRequests().map((variables) => [variables.order, variables.after])).toEqual([
      [[{ studentCount: 'DESC' }], null],
      [[{ publishedAt: 'DESC' }], null],
    ]);
  });

  it("shows the learner's picks from the category, with their reasons, above the list", async () => {
    const { page, all } = openCategory(
      'c1',
      { recommendations: connection([recommended({ id: 'p1', title: '结构化思维' }, { kind: 'MATCHES_YOUR_INTEREST', tag: { name: '沟通' } })]) },
    );
    await simulate.sleep(20);

    const picks = page.querySelector('.picks')?.dom?.textContent ?? '';
    expect(picks).toContain('为你推荐');
    expect(picks).toContain('结构化思维');
    expect(picks).toContain('符合你的兴趣 #沟通');
    expect(all.find((s) => s.operation === 'CatalogRecommendations')?.variables).toEqual({ first: 3, after: null, context: { categoryId: 'c1' } });
  });

  it('shows the list without picks when they fail or there are none', async () => {
    const failed = openCategory('c1', new ApiError('SERVICE_BUSY', 'busy'));
    const none = openCategory('c1');
    await simulate.sleep(20);

    for (const { page } of [failed, none]) {
      expect(page.querySelector('.picks')).toBeUndefined();
      expect(page.querySelectorAll('.result-card')).toHaveLength(2);
    }
  });

  it('opens a course of the list', async () => {
    const { page } = openCategory('c1');
    await simulate.sleep(20);

    page.querySelectorAll('.result-card')[1].querySelector('.course-card')?.dispatchEvent('tap');
    await simulate.sleep(0);

    expect(wxCalls.navigateTo).toHaveBeenCalledWith({ url: '/pages/course/course?id=b' });
  });

  it('says so when the category does not exist', async () => {
    const { page } = openCategory('gone');
    await simulate.sleep(20);

    expect(page.querySelector('.missing')?.dom?.textContent).toContain('分类不存在');
    expect(page.querySelectorAll('.result-card')).toHaveLength(0);
  });
});
