import type { CourseDetailQuery, LessonPlayerQuery } from '../../miniprogram/generated/graphql';

type Course = NonNullable<CourseDetailQuery['course']>;
type PlayerLesson = NonNullable<LessonPlayerQuery['course']>['lessons'][number] & { body: string | null };
type PlayerCourse = Omit<NonNullable<LessonPlayerQuery['course']>, 'lessons' | 'lesson'> & { lessons: PlayerLesson[] };

export function paidCourse(overrides: Partial<Course> = {}): Course {
  return {
    id: 'c1',
    title: '前端进阶',
    summary: '从零到上线',
    coverUrl: null,
    price: 9900,
    ratingAverage: 4.75,
    ratingCount: 12,
    studentCount: 340,
    lessonCount: 2,
    totalDurationSeconds: 12000,
    isFavorite: false,
    creator: { name: '李老师', headline: null },
    category: { name: '编程' },
    chapters: [
      {
        id: 'ch1',
        title: '第一章 入门',
        lessons: [
          { id: 'l1', title: '课程介绍', kind: 'VIDEO', durationSeconds: 754, isFreePreview: true, locked: false },
          { id: 'l2', title: '深入原理', kind: 'AUDIO', durationSeconds: 600, isFreePreview: false, locked: true },
        ],
      },
    ],
    viewerAccess: { enrolled: false, canOpen: false, progressPercent: 0 },
    purchase: { canBuy: true, pricesHidden: false },
    priceForViewer: {
      saleEndsAt: '2026-12-05T00:00:00Z',
      list: { fen: 9900, yuan: '99.00' },
      final: { fen: 7900, yuan: '79.00' },
      discount: { fen: 2000, yuan: '20.00' },
      steps: [
        { kind: 'LIST_PRICE', amount: 9900, reason: '原价' },
        { kind: 'LIMITED_TIME_PRICE', amount: -2000, reason: '限时优惠' },
      ],
    },
    activeSale: { title: '限时优惠', endsAt: '2026-12-05T00:00:00Z', stockLeft: null },
    offers: [
      { id: 'c1', kind: 'COURSE', title: '前端进阶', isOnSale: true, listPrice: { yuan: '99.00' } },
      { id: 'b1', kind: 'BUNDLE', title: '前端三件套', isOnSale: true, listPrice: { yuan: '199.00' } },
      { id: 'b2', kind: 'BUNDLE', title: '已下架套餐', isOnSale: false, listPrice: { yuan: '99.00' } },
    ],
    reviews: {
      totalCount: 12,
      nodes: [
        { id: 'r1', stars: 4, text: '讲得清楚', status: 'VISIBLE', isMine: false, helpfulCount: 3, createdAt: '2026-11-30T08:00:00Z', reply: { text: '谢谢支持' } },
        { id: 'r2', stars: 5, text: null, status: 'HELD', isMine: true, helpfulCount: 0, createdAt: '2026-12-01T08:00:00Z', reply: null },
      ],
      pageInfo: { hasNextPage: true, endCursor: 'cursor-2' },
    },
    ...overrides,
  };
}

/** Answers LessonPlayer as the API does: the outline without bodies, and the body of the one lesson asked for. */
export function answerPlayer(course: PlayerCourse) {
  return (variables: Record<string, unknown>) => {
    const asked = course.lessons.find((lesson) => lesson.id === variables.lessonId);
    return {
      course: {
        ...course,
        lessons: course.lessons.map(({ body: _body, ...lesson }) => lesson),
        lesson: asked === undefined ? null : { id: asked.id, body: asked.body },
      },
    };
  };
}

export function playerCourse(overrides: Partial<PlayerCourse> = {}): PlayerCourse {
  return {
    id: 'c1',
    title: '前端进阶',
    price: 9900,
    purchase: { pricesHidden: false },
    priceForViewer: { final: { yuan: '79.00' } },
    lessons: [
      { id: 'l1', title: '课程介绍', kind: 'VIDEO', durationSeconds: 600, isFreePreview: true, locked: false, body: '本节笔记', media: { url: '/media/l1?sig=abc', expiresAt: '2026-12-03T09:00:00Z' } },
      { id: 'l2', title: '深入原理', kind: 'AUDIO', durationSeconds: 600, isFreePreview: false, locked: true, body: null, media: null },
      { id: 'l3', title: '读书笔记', kind: 'ARTICLE', durationSeconds: 300, isFreePreview: false, locked: false, body: '第一段\n第二段', media: null },
    ],
    ...overrides,
  };
}
