import { describe, expect, it, vi } from 'vitest';
import type { MyCoursesQuery } from '../../miniprogram/generated/graphql';
import { installMemoryWx } from '../support/memory-wx';
import { render, simulate } from '../support/render';
import { scriptedApi } from '../support/scripted-api';
import { tapStandIn } from '../support/stand-in-events';

type MyCourseNode = MyCoursesQuery['myCourses']['nodes'][number];

function myCourse(id: string, progressPercent: number, lastStudiedAt: string | null = null): MyCourseNode {
  return { course: { id, title: `课程${id}`, coverUrl: null, lessonCount: 8 }, progressPercent, lastStudiedAt, expiresAt: null };
}

function pageOf(nodes: MyCourseNode[], endCursor: string | null) {
  return { myCourses: { nodes, pageInfo: { hasNextPage: endCursor !== null, endCursor } } };
}

describe('my courses page', () => {
  it('lists the learner’s courses with their progress and opens one on tap', async () => {
    const navigateTo = vi.fn();
    installMemoryWx({ navigateTo } as Partial<WechatMiniprogram.Wx>);
    const { api } = scriptedApi({ MyCourses: pageOf([myCourse('c1', 0), myCourse('c2', 60, '2026-12-02T04:00:00Z')], null) });
    const page = render('pages/my-courses/my-courses', api);

    page.instance.onShow();
    await simulate.sleep(10);

    const courses = page.querySelectorAll('.course');
    const texts = (selector: string) => page.querySelectorAll(selector).map((node) => node.dom?.textContent);
    expect(courses).toHaveLength(2);
    expect(texts('.title')).toEqual(['课程c1', '课程c2']);
    expect(texts('.progress')).toEqual(['未开始', '已学 60%']);
    expect(texts('.detail')).toEqual(['共 8 节', '上次学习 2026-12-02']);
    expect(page.querySelector('.end')?.dom?.textContent).toBe('没有更多了');

    courses[1].dispatchEvent('tap');
    await simulate.sleep(0);
    expect(navigateTo).toHaveBeenCalledWith({ url: '/pages/course/course?id=c2' });
  });

  it('loads the next page when the learner reaches the bottom', async () => {
    const { api, sent } = scriptedApi({
      MyCourses: ({ after }) => (after === 'p2' ? pageOf([myCourse('c3', 100)], null) : pageOf([myCourse('c1', 10)], 'p2')),
    });
    const page = render('pages/my-courses/my-courses', api);
    page.instance.onShow();
    await simulate.sleep(10);
    expect(page.querySelector('.end')).toBeUndefined();

    page.instance.onReachBottom();
    await simulate.sleep(10);

    expect(sent.map((s) => s.variables.after)).toEqual([null, 'p2']);
    expect(page.querySelectorAll('.progress').map((p) => p.dom?.textContent)).toEqual(['已学 10%', '已学完']);
  });

  it('sends a learner without courses to the home tab', async () => {
    const switchTab = vi.fn();
    installMemoryWx({ switchTab } as Partial<WechatMiniprogram.Wx>);
    const { api } = scriptedApi({ MyCourses: pageOf([], null) });
    const page = render('pages/my-courses/my-courses', api);
    page.instance.onShow();
    await simulate.sleep(10);

    expect(page.querySelector('.empty')?.dom?.textContent).toContain('还没有课程');
    tapStandIn(page.querySelector('.browse'));
    await simulate.sleep(0);

    expect(switchTab).toHaveBeenCalledWith({ url: '/pages/index/index' });
  });
});
