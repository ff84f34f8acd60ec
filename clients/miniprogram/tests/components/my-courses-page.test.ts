import { describe, expect, it, vi } from 'vitest';
import type { MyCoursesQuery } from '../../miniprogram/generated/graphql';
import { fakeServer } from '../support/fake-server';
import { installMemoryWx } from '../support/memory-wx';
import { tap, tapElement, textOf, textsOf } from '../support/page-actions';
import { render } from '../support/render';

type MyCourseNode = MyCoursesQuery['myCourses']['nodes'][number];

function myCourse(id: string, progressPercent: number, lastStudiedAt: string | null = null): MyCourseNode {
  return { course: { id, title: `课程${id}`, coverUrl: null, lessonCount: 8 }, progressPercent, lastStudiedAt, expiresAt: null };
}

function pageOf(nodes: MyCourseNode[], endCursor: string | null): MyCoursesQuery {
  return { myCourses: { nodes, pageInfo: { hasNextPage: endCursor !== null, endCursor } } };
}

describe('my courses page', () => {
  it('lists the learner’s courses with their progress and opens one on tap', async () => {
    const navigateTo = vi.fn();
    installMemoryWx({ navigateTo } as Partial<WechatMiniprogram.Wx>);
    const { api } = fakeServer({ MyCourses: () => pageOf([myCourse('c1', 0), myCourse('c2', 60, '2026-12-02T04:00:00Z')], null) });
    const page = render('pages/my-courses/my-courses', api);

    await page.instance.onShow();

    expect(textsOf(page, '.title')).toEqual(['课程c1', '课程c2']);
    expect(textsOf(page, '.progress')).toEqual(['未开始', '已学 60%']);
    expect(textsOf(page, '.detail')).toEqual(['共 8 节', '上次学习 2026-12-02']);
    expect(textOf(page, '.end')).toBe('没有更多了');

    await tapElement(page.querySelectorAll('.course')[1]);
    expect(navigateTo).toHaveBeenCalledWith({ url: '/pages/course/course?id=c2' });
  });

  it('loads the next page when the learner reaches the bottom', async () => {
    const { api, calls } = fakeServer({
      MyCourses: ({ after }) => (after === 'p2' ? pageOf([myCourse('c3', 100)], null) : pageOf([myCourse('c1', 10)], 'p2')),
    });
    const page = render('pages/my-courses/my-courses', api);
    await page.instance.onShow();
    expect(page.querySelector('.end')).toBeUndefined();

    await page.instance.onReachBottom();

    expect(calls.map((call) => call.variables.after)).toEqual([null, 'p2']);
    expect(textsOf(page, '.progress')).toEqual(['已学 10%', '已学完']);
  });

  it('sends a learner without courses to the home tab', async () => {
    const switchTab = vi.fn();
    installMemoryWx({ switchTab } as Partial<WechatMiniprogram.Wx>);
    const page = render('pages/my-courses/my-courses', fakeServer({ MyCourses: () => pageOf([], null) }).api);
    await page.instance.onShow();

    expect(textOf(page, '.empty')).toContain('还没有课程');
    await tap(page, '.browse');

    expect(switchTab).toHaveBeenCalledWith({ url: '/pages/index/index' });
  });

  it('starts again from the first page on pull-down and stops the spinner', async () => {
    const stopPullDownRefresh = vi.fn();
    installMemoryWx({ stopPullDownRefresh } as Partial<WechatMiniprogram.Wx>);
    let progress = 10;
    const { api, calls } = fakeServer({ MyCourses: () => pageOf([myCourse('c1', progress, '2026-12-02T04:00:00Z')], null) });
    const page = render('pages/my-courses/my-courses', api);
    await page.instance.onShow();
    progress = 30;

    await page.instance.onPullDownRefresh();

    expect(calls.map((call) => call.variables.after)).toEqual([null, null]);
    expect(textsOf(page, '.progress')).toEqual(['已学 30%']);
    expect(stopPullDownRefresh).toHaveBeenCalled();
  });
});
