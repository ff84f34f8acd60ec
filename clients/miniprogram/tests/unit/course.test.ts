import { describe, expect, it, vi } from 'vitest';
import { loadCourse, loadMoreReviews, shareCourse } from '../../miniprogram/services/course';
import { paidCourse } from '../support/course-fixtures';
import { fakeApi } from '../support/fake-api';

describe('loadCourse', () => {
  it('shows a locked lesson with the price that unlocks it and a free preview as playable', async () => {
    const { api } = fakeApi({ CourseDetail: () => ({ course: paidCourse(), groupBuyDeals: [] }) });

    const course = await loadCourse(api, 'c1');

    const [preview, locked] = course.chapters[0].lessons;
    expect(preview).toMatchObject({ opens: true, badge: '试看', lockNote: '', detail: '视频 · 12:34' });
    expect(locked).toMatchObject({ opens: false, badge: '', lockNote: '¥79.00 解锁', detail: '音频 · 10:00' });
    expect(course.previewLessonId).toBe('l1');
    expect(course.rating).toBe('4.8分 · 12人评价');
    expect(course.stats).toBe('340人在学 · 2节 · 3小时20分钟');
  });

  it('breaks the price down from list price to what the learner pays, with the sale running', async () => {
    const { api } = fakeApi({ CourseDetail: () => ({ course: paidCourse(), groupBuyDeals: [] }) });

    const { price, canBuy, otherOffers } = await loadCourse(api, 'c1');

    expect(price).toEqual({
      final: '¥79.00',
      list: '¥99.00',
      steps: [
        { reason: '原价', amount: '¥99.00' },
        { reason: '限时优惠', amount: '-¥20.00' },
      ],
      saleNote: '限时优惠',
      saleEndsAt: '2026-12-05T00:00:00Z',
    });
    expect(canBuy).toBe(true);
    expect(otherOffers).toEqual([{ id: 'b1', title: '前端三件套', price: '¥199.00' }]);
  });

  it('shows the plain price without a breakdown when nothing discounts it, and 免费 for a free course', async () => {
    const plain = paidCourse({ priceForViewer: null, activeSale: null });
    const free = paidCourse({ price: 0, priceForViewer: null, activeSale: null });
    const answers = [plain, free];
    const { api } = fakeApi({ CourseDetail: () => ({ course: answers.shift(), groupBuyDeals: [] }) });

    expect((await loadCourse(api, 'c1')).price).toEqual({ final: '¥99.00', list: '', steps: [], saleNote: '', saleEndsAt: '' });
    expect((await loadCourse(api, 'c1')).price?.final).toBe('免费');
  });

  it('shows no price, no buy button and no group buy where the platform hides prices', async () => {
    const course = paidCourse({ price: null, priceForViewer: null, purchase: { canBuy: false, pricesHidden: true } });
    const { api } = fakeApi({ CourseDetail: () => ({ course, groupBuyDeals: [{ id: 'd1', groupSize: 3, price: 3900, endsAt: '2026-12-09T00:00:00Z' }] }) });

    const view = await loadCourse(api, 'c1');

    expect(view.price).toBeNull();
    expect(view.canBuy).toBe(false);
    expect(view.groupBuy).toBe('');
    expect(view.chapters[0].lessons[1].lockNote).toBe('购买后解锁');
  });

  it('tells how many flash-sale units are left', async () => {
    const course = paidCourse({ activeSale: { title: '秒杀', endsAt: '2026-12-04T00:00:00Z', stockLeft: 3 } });
    const { api } = fakeApi({ CourseDetail: () => ({ course, groupBuyDeals: [] }) });

    expect((await loadCourse(api, 'c1')).price).toMatchObject({ saleNote: '秒杀 · 仅剩3份', saleEndsAt: '2026-12-05T00:00:00Z' });
  });

  it('offers the cheapest group buy to a learner who does not own the course', async () => {
    const deals = [
      { id: 'd1', groupSize: 2, price: 5900, endsAt: '2026-12-09T00:00:00Z' },
      { id: 'd2', groupSize: 3, price: 3900, endsAt: '2026-12-09T00:00:00Z' },
    ];
    const { api } = fakeApi({ CourseDetail: () => ({ course: paidCourse(), groupBuyDeals: deals }) });

    expect((await loadCourse(api, 'c1')).groupBuy).toBe('¥39.00 · 3人团');
  });

  it('lets an enrolled learner study and review instead of buying', async () => {
    const owned = paidCourse({
      viewerAccess: { enrolled: true, canOpen: true, progressPercent: 40 },
      chapters: [{ id: 'ch1', title: '第一章', lessons: [{ id: 'l2', title: '深入原理', kind: 'AUDIO', durationSeconds: 600, isFreePreview: true, locked: false }] }],
    });
    const { api } = fakeApi({ CourseDetail: () => ({ course: owned, groupBuyDeals: [] }) });

    const view = await loadCourse(api, 'c1');

    expect(view).toMatchObject({ owned: true, canBuy: false, canReview: true, progressPercent: 40, firstLessonId: 'l2', previewLessonId: null });
    expect(view.chapters[0].lessons[0]).toMatchObject({ opens: true, badge: '', lockNote: '' });
  });

  it('lists reviews with stars, the reply and why only the author sees a held one', async () => {
    const { api } = fakeApi({ CourseDetail: () => ({ course: paidCourse(), groupBuyDeals: [] }) });

    const { reviews, reviewCount } = await loadCourse(api, 'c1');

    expect(reviewCount).toBe(12);
    expect(reviews.nextCursor).toBe('cursor-2');
    expect(reviews.reviews).toEqual([
      { id: 'r1', stars: '★★★★☆', text: '讲得清楚', date: '2026-11-30', reply: '谢谢支持', statusNote: '' },
      { id: 'r2', stars: '★★★★★', text: '', date: '2026-12-01', reply: '', statusNote: '审核中，仅自己可见' },
    ]);
  });

  it('signs the learner in before asking, and still shows the course when signing in fails', async () => {
    const { api, sent } = fakeApi({ CourseDetail: () => ({ course: paidCourse(), groupBuyDeals: [] }) });
    const ensureSignedIn = vi.fn().mockRejectedValueOnce(new Error('wx.login failed'));
    api.auth = { ensureSignedIn } as unknown as typeof api.auth;

    await expect(loadCourse(api, 'c1')).resolves.toMatchObject({ title: '前端进阶' });
    expect(ensureSignedIn).toHaveBeenCalled();
    expect(sent).toHaveLength(1);
  });

  it('fails with NOT_FOUND for a course that does not exist', async () => {
    const { api } = fakeApi({ CourseDetail: () => ({ course: null, groupBuyDeals: [] }) });

    await expect(loadCourse(api, 'nope')).rejects.toMatchObject({ code: 'NOT_FOUND', message: '内容不存在或已下架' });
  });
});

describe('loadMoreReviews', () => {
  it('asks for the reviews after the cursor and ends when there are no more', async () => {
    const { api, sent } = fakeApi({
      CourseReviews: () => ({ course: { id: 'c1', reviews: { ...paidCourse().reviews, pageInfo: { hasNextPage: false, endCursor: 'cursor-4' } } } }),
    });

    const page = await loadMoreReviews(api, 'c1', 'cursor-2');

    expect(sent[0].variables).toEqual({ id: 'c1', after: 'cursor-2' });
    expect(page.reviews).toHaveLength(2);
    expect(page.nextCursor).toBeNull();
  });
});

describe('shareCourse', () => {
  it('signs in and answers the course page with the id and scene the API gives', async () => {
    const { api } = fakeApi({
      ShareCourse: () => ({ shareLink: { share: { path: 'pages/course/detail?id=Q291cnNlOjE%3D&scene=s42', scene: 's42' }, errors: null } }),
    });

    const ensureSignedIn = vi.fn(async () => {});
    api.auth = { ensureSignedIn } as unknown as typeof api.auth;

    await expect(shareCourse(api, 'c1')).resolves.toBe('/pages/course/course?id=Q291cnNlOjE%3D&scene=s42');
    expect(ensureSignedIn).toHaveBeenCalled();
  });

  it('throws the typed error when the course cannot be shared', async () => {
    const { api } = fakeApi({
      ShareCourse: () => ({ shareLink: { share: null, errors: [{ code: 'SHARE_COURSE_NOT_PUBLISHED', message: 'not published' }] } }),
    });

    await expect(shareCourse(api, 'c1')).rejects.toMatchObject({ code: 'SHARE_COURSE_NOT_PUBLISHED', message: '课程尚未上架，暂时不能分享' });
  });

  it('shares the plain course page when the API gives a path without a query', async () => {
    const { api } = fakeApi({ ShareCourse: () => ({ shareLink: { share: { path: 'pages/course/detail', scene: 's42' }, errors: null } }) });

    await expect(shareCourse(api, 'Q291cnNlOjE=')).resolves.toBe('/pages/course/course?id=Q291cnNlOjE%3D');
  });
});
