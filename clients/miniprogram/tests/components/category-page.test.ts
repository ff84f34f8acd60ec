import { beforeEach, describe, expect, it, vi } from 'vitest';
import { connection, course } from '../support/catalog-fixtures';
import { installMemoryWx } from '../support/memory-wx';
import { loadPage, pageApi } from '../support/page-api';
import { render, simulate } from '../support/render';

let navigateTo: ReturnType<typeof vi.fn>;
let setNavigationBarTitle: ReturnType<typeof vi.fn>;
beforeEach(() => {
  navigateTo = vi.fn();
  setNavigationBarTitle = vi.fn();
  installMemoryWx({ navigateTo, setNavigationBarTitle, showToast: vi.fn() } as Partial<WechatMiniprogram.Wx>);
});

const pages: Record<string, { nodes: ReturnType<typeof course>[]; after: string | null }> = {
  first: { nodes: [course({ id: 'a', title: 'Excel 入门' }), course({ id: 'b', title: 'PPT 速成' })], after: 'after-b' },
  'after-b': { nodes: [course({ id: 'c', title: '汇报的艺术', price: 0 })], after: null },
};

function openCategory(categoryId: string) {
  const { api, sent } = pageApi({
    CatalogCategory: (variables) => {
      if (variables.categoryId !== 'c1') {
        return { category: null, courses: connection([]) };
      }
      const page = pages[(variables.after as string | null) ?? 'first'];
      return { category: { id: 'c1', name: '职场技能' }, courses: connection(page.nodes, page.after, 3) };
    },
  });
  const page = render('pages/category/category', api);
  loadPage(page, { id: categoryId });
  return { page, sent };
}

describe('category page', () => {
  it("lists the category's courses under its name, a page more at the bottom, until the last", async () => {
    const { page, sent } = openCategory('c1');
    await simulate.sleep(20);

    expect(setNavigationBarTitle).toHaveBeenCalledWith({ title: '职场技能' });
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
    expect(sent.map((s) => s.variables.after)).toEqual([null, 'after-b']);
  });

  it('opens a course of the list', async () => {
    const { page } = openCategory('c1');
    await simulate.sleep(20);

    page.querySelectorAll('.result-card')[1].querySelector('.course-card')?.dispatchEvent('tap');
    await simulate.sleep(0);

    expect(navigateTo).toHaveBeenCalledWith({ url: '/pages/course/course?id=b' });
  });

  it('says so when the category does not exist', async () => {
    const { page } = openCategory('gone');
    await simulate.sleep(20);

    expect(page.querySelector('.missing')?.dom?.textContent).toContain('分类不存在');
    expect(page.querySelectorAll('.result-card')).toHaveLength(0);
  });
});
