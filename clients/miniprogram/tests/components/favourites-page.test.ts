import { describe, expect, it, vi } from 'vitest';
import { installMemoryWx } from '../support/memory-wx';
import { fakeApi } from '../support/fake-api';
import { render, simulate } from '../support/render';

function favourite(courseId: string, title: string, price: number) {
  return { id: `f-${courseId}`, course: { id: courseId, title, summary: `${title}简介`, coverUrl: null, price } };
}

function titles(page: ReturnType<typeof render>): string[] {
  return page.querySelectorAll('.title').map((title) => title.dom?.textContent ?? '');
}

describe('favourites page', () => {
  it('lists favourite courses with their price, loads more at the bottom and opens a course on tap', async () => {
    const wx = installMemoryWx({ navigateTo: vi.fn() });
    const { api, sent } = fakeApi({
      MyFavouriteCourses: ({ after }) =>
        after === null
          ? { myFavorites: { nodes: [favourite('c1', '摄影入门', 9900), favourite('c2', '公开课', 0)], pageInfo: { hasNextPage: true, endCursor: 'cur2' } } }
          : { myFavorites: { nodes: [favourite('c3', '剪辑进阶', 19900)], pageInfo: { hasNextPage: false, endCursor: 'cur3' } } },
    });
    const page = render('pages/favourites/favourites', api);
    await page.instance.onShow();

    expect(titles(page)).toEqual(['摄影入门', '公开课']);
    expect(page.querySelectorAll('.price').map((price) => price.dom?.textContent)).toEqual(['¥99.00', '免费']);
    expect(page.querySelector('.more')?.dom?.textContent).toBe('上拉加载更多');

    await page.instance.onReachBottom();
    expect(titles(page)).toEqual(['摄影入门', '公开课', '剪辑进阶']);
    expect(sent.map((s) => s.variables.after)).toEqual([null, 'cur2']);
    expect(page.querySelector('.more')).toBeUndefined();
    await page.instance.onReachBottom();
    expect(sent).toHaveLength(2);

    page.querySelectorAll('.card-body')[2]?.dispatchEvent('tap');
    await simulate.sleep(0);
    expect(wx.navigateTo).toHaveBeenCalledWith({ url: '/pages/course/course?id=c3' });
  });

  it('takes a course out of the favourites', async () => {
    installMemoryWx({ showToast: vi.fn() });
    const { api, sent, tracked } = fakeApi({
      MyFavouriteCourses: { myFavorites: { nodes: [favourite('c1', '摄影入门', 9900), favourite('c2', '公开课', 0)], pageInfo: { hasNextPage: false, endCursor: null } } },
      RemoveFavourite: { unfavoriteCourse: { isFavorite: false, errors: null } },
    });
    const page = render('pages/favourites/favourites', api);
    await page.instance.onShow();

    page.querySelectorAll('.remove')[0]?.dispatchEvent('tap');
    await simulate.sleep(0);

    expect(sent.at(-1)).toEqual({ operation: 'RemoveFavourite', variables: { input: { courseId: 'c1' } } });
    expect(titles(page)).toEqual(['公开课']);
    expect(tracked).toEqual([{ kind: 'UNFAVOURITE', courseId: 'c1', context: 'favourites' }]);
  });

  it('invites a learner with no favourites to browse', async () => {
    const wx = installMemoryWx({ switchTab: vi.fn() });
    const { api } = fakeApi({ MyFavouriteCourses: { myFavorites: { nodes: [], pageInfo: { hasNextPage: false, endCursor: null } } } });
    const page = render('pages/favourites/favourites', api);
    await page.instance.onShow();

    expect(page.querySelector('.empty')?.dom?.textContent).toContain('还没有收藏的课程');
    page.querySelector('.browse')?.dispatchEvent('tap');
    await simulate.sleep(0);
    expect(wx.switchTab).toHaveBeenCalledWith({ url: '/pages/index/index' });
  });
});
