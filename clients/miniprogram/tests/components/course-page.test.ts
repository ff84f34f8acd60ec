import { describe, expect, it, vi } from 'vitest';
import { installPageWx } from '../support/page-wx';
import { type Rendered, render, simulate } from '../support/render';
import { paidCourse } from '../support/course-fixtures';
import { fakeApi } from '../support/fake-api';

const navigation = () => installPageWx();

async function openCourse(course = paidCourse(), groupBuyDeals: unknown[] = []) {
  const fake = fakeApi({ CourseDetail: () => ({ course, groupBuyDeals }) });
  const page = render('pages/course/course', fake.api);
  page.instance.onLoad({ id: 'c1' } as never);
  await simulate.sleep(0);
  return { page, ...fake };
}

const text = (element: Rendered | undefined) => element?.dom?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const lessons = (page: Rendered) => page.querySelector('.outline')?.querySelectorAll('.lesson') ?? [];
const reviews = (page: Rendered) => page.querySelector('.reviews') as Rendered;
async function tap(element: Rendered | undefined) {
  element?.querySelector('.stand-in')?.dispatchEvent('tap');
  await simulate.sleep(0);
}
const visited = (navigateTo: ReturnType<typeof vi.fn>) => navigateTo.mock.calls.map(([options]) => (options as { url: string }).url);

describe('course page', () => {
  it('shows a locked lesson with its price and never its content, and a free preview to play', async () => {
    const { navigateTo, showToast } = navigation();
    const { page } = await openCourse();

    const [preview, locked] = lessons(page);
    expect(text(preview)).toContain('课程介绍');
    expect(text(preview)).toContain('试看');
    expect(text(locked)).toContain('深入原理');
    expect(text(locked)).toContain('¥79.00 解锁');

    await tap(locked);
    expect(navigateTo).not.toHaveBeenCalled();
    expect(showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '购买后即可学习本节' }));

    await tap(preview);
    expect(navigateTo).toHaveBeenCalledWith({ url: '/pages/lesson/lesson?courseId=c1&lessonId=l1' });
  });

  it('shows the price broken down, plays the free preview and buys the course, a bundle or a group', async () => {
    const { navigateTo } = navigation();
    const { page } = await openCourse(paidCourse(), [{ id: 'd1', groupSize: 3, price: 3900, endsAt: '2026-12-09T00:00:00Z' }]);

    const price = page.querySelector('.price');
    expect(text(price?.querySelector('.price__final'))).toBe('¥79.00');
    expect(text(price?.querySelector('.price__list'))).toBe('¥99.00');
    expect(price?.querySelectorAll('.price__step').map(text)).toEqual(['原价¥99.00', '限时优惠-¥20.00']);
    expect(page.querySelector('.review')).toBeUndefined();

    await tap(page.querySelector('.preview'));
    await tap(page.querySelector('.buy'));
    await tap(page.querySelector('.offer'));
    expect(text(page.querySelector('.group-buy'))).toBe('¥39.00 · 3人团 拼团');
    await tap(page.querySelector('.group-buy'));

    expect(visited(navigateTo)).toEqual([
      '/pages/lesson/lesson?courseId=c1&lessonId=l1',
      '/pages/checkout/checkout?courseId=c1',
      '/pages/checkout/checkout?offerId=b1',
      '/pages/group-buy/group-buy?courseId=c1',
    ]);
  });

  it('lets a learner who owns the course study and review it, with no price or buy button', async () => {
    const { navigateTo } = navigation();
    const owned = paidCourse({
      viewerAccess: { enrolled: true, canOpen: true, progressPercent: 40 },
      chapters: [{ id: 'ch1', title: '第一章', lessons: [{ id: 'l2', title: '深入原理', kind: 'AUDIO', durationSeconds: 600, isFreePreview: false, locked: false }] }],
    });
    const { page } = await openCourse(owned);

    expect(text(page.querySelector('.owned'))).toBe('已拥有 · 已学 40%');
    expect(page.querySelector('.price')).toBeUndefined();
    expect(page.querySelector('.buy')).toBeUndefined();
    expect(page.querySelector('.preview')).toBeUndefined();
    expect(text(lessons(page)[0])).not.toContain('解锁');

    await tap(page.querySelector('.study'));
    await tap(page.querySelector('.review'));
    expect(visited(navigateTo)).toEqual([
      '/pages/lesson/lesson?courseId=c1&lessonId=l2',
      '/pages/review-compose/review-compose?courseId=c1',
    ]);
  });

  it('lists reviews and loads more of them', async () => {
    navigation();
    const more = { ...paidCourse().reviews, nodes: [{ ...paidCourse().reviews.nodes[0], id: 'r3', text: '第三条' }], pageInfo: { hasNextPage: false, endCursor: null } };
    const fake = fakeApi({ CourseDetail: () => ({ course: paidCourse(), groupBuyDeals: [] }), CourseReviews: () => ({ course: { id: 'c1', reviews: more } }) });
    const page = render('pages/course/course', fake.api);
    page.instance.onLoad({ id: 'c1' } as never);
    await simulate.sleep(0);

    expect(text(page)).toContain('学员评价（12）');
    expect(reviews(page).querySelectorAll('.review__text').map(text)).toEqual(['讲得清楚']);
    expect(text(reviews(page).querySelector('.review__reply'))).toBe('作者回复：谢谢支持');
    expect(text(reviews(page).querySelector('.review__status'))).toBe('审核中，仅自己可见');

    await tap(page.querySelector('.more-reviews'));

    expect(fake.sent.at(-1)).toEqual({ operation: 'CourseReviews', variables: { id: 'c1', after: 'cursor-2' } });
    expect(reviews(page).querySelectorAll('.review__text').map(text)).toEqual(['讲得清楚', '第三条']);
    expect(page.querySelector('.more-reviews')).toBeUndefined();
  });

  it('shares the path the API gives for the learner, and records the share', async () => {
    navigation();
    const fake = fakeApi({
      CourseDetail: () => ({ course: paidCourse(), groupBuyDeals: [] }),
      ShareCourse: () => ({ shareLink: { share: { path: 'pages/course/detail?id=c1&scene=s42', scene: 's42' }, errors: null } }),
    });
    const page = render('pages/course/course', fake.api);
    page.instance.onLoad({ id: 'c1' } as never);
    await simulate.sleep(0);

    const card = page.instance.onShareAppMessage() as { title: string; path: string; promise: Promise<{ path: string }> };

    expect(card.title).toBe('前端进阶');
    expect(card.path).toBe('/pages/course/course?id=c1');
    await expect(card.promise).resolves.toMatchObject({ title: '前端进阶', path: '/pages/course/course?id=c1&scene=s42' });
    expect(fake.tracked).toContainEqual({ kind: 'SHARE', courseId: 'c1', context: 'course' });
  });

  it('keeps the course on screen when reloading it on return fails, and unlocks lessons once bought', async () => {
    const { showToast } = navigation();
    let answer: () => unknown = () => ({ course: paidCourse(), groupBuyDeals: [] });
    const fake = fakeApi({ CourseDetail: () => answer() });
    const page = render('pages/course/course', fake.api);
    page.instance.onLoad({ id: 'c1' } as never);
    await simulate.sleep(0);

    answer = () => ({ course: null, groupBuyDeals: [] });
    page.instance.onShow();
    await simulate.sleep(0);
    expect(text(page.querySelector('.title'))).toBe('前端进阶');
    expect(page.querySelector('.failed__message')).toBeUndefined();
    expect(showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '内容不存在或已下架' }));

    const bought = paidCourse({ viewerAccess: { enrolled: true, canOpen: true, progressPercent: 0 } });
    bought.chapters[0].lessons[1].locked = false;
    answer = () => ({ course: bought, groupBuyDeals: [] });
    page.instance.onShow();
    await simulate.sleep(0);
    expect(lessons(page).map(text).join()).not.toContain('解锁');
    expect(page.querySelector('.buy')).toBeUndefined();
  });

  it('keeps the course in the learner\'s favourites and takes it out again', async () => {
    navigation();
    let favourite = false;
    const fake = fakeApi({
      CourseDetail: () => ({ course: paidCourse(), groupBuyDeals: [] }),
      AddFavourite: () => ((favourite = true), { favoriteCourse: { isFavorite: true, errors: null } }),
      RemoveFavourite: () => ((favourite = false), { unfavoriteCourse: { isFavorite: false, errors: null } }),
    });
    const page = render('pages/course/course', fake.api);
    page.instance.onLoad({ id: 'c1' } as never);
    await simulate.sleep(0);
    expect(text(page.querySelector('.favourite'))).toBe('收藏');

    await tap(page.querySelector('.favourite'));
    expect(favourite).toBe(true);
    expect(text(page.querySelector('.favourite'))).toBe('已收藏');

    await tap(page.querySelector('.favourite'));
    expect(favourite).toBe(false);
    expect(text(page.querySelector('.favourite'))).toBe('收藏');
  });

  it('reads the course id its link encodes and encodes it again in the links it opens', async () => {
    const { navigateTo } = navigation();
    const fake = fakeApi({ CourseDetail: () => ({ course: paidCourse({ id: 'Q291cnNlOjE=' }), groupBuyDeals: [] }) });
    const page = render('pages/course/course', fake.api);
    page.instance.onLoad({ id: 'Q291cnNlOjE%3D' } as never);
    await simulate.sleep(0);

    await tap(page.querySelector('.buy'));

    expect(fake.sent[0].variables).toEqual({ id: 'Q291cnNlOjE=' });
    expect(navigateTo).toHaveBeenCalledWith({ url: '/pages/checkout/checkout?courseId=Q291cnNlOjE%3D' });
  });

  it('says what went wrong when the course cannot be loaded, and tries again', async () => {
    navigation();
    let found = false;
    const fake = fakeApi({ CourseDetail: () => ({ course: found ? paidCourse() : null, groupBuyDeals: [] }) });
    const page = render('pages/course/course', fake.api);
    page.instance.onLoad({ id: 'gone' } as never);
    await simulate.sleep(0);

    expect(text(page.querySelector('.failed__message'))).toBe('内容不存在或已下架');
    expect(page.querySelector('.buy')).toBeUndefined();

    found = true;

    await tap(page.querySelector('.retry'));
    expect(text(page.querySelector('.title'))).toBe('前端进阶');
  });
});
