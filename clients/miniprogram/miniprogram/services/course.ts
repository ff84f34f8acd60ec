import { ApiError, throwIfErrors, userMessage } from '../api/errors';
import {
  CourseDetailDocument,
  type CourseDetailQuery,
  CourseReviewsDocument,
  type CourseReviewItemFragment,
  type LessonKind,
  ShareCourseDocument,
} from '../generated/graphql';
import { clock, formatDay, formatYuan, lengthInWords, priceText } from '../ui/format';
import type { Api } from './api';
import { coursePagePath } from './sharing';

type CourseData = NonNullable<CourseDetailQuery['course']>;
type LessonData = CourseData['chapters'][number]['lessons'][number];

const lessonKindLabels: Record<LessonKind, string> = { ARTICLE: '图文', AUDIO: '音频', VIDEO: '视频', LIVE: '直播' };

export interface LessonRow {
  id: string;
  title: string;
  /** e.g. "视频 · 12:34". */
  detail: string;
  /** 试看 on a free preview the learner has not bought. */
  badge: string;
  /** Whether tapping opens the player: a free preview, or a course the learner may open. */
  opens: boolean;
  /** What a locked lesson costs instead of its content, e.g. "¥49.00 解锁". */
  lockNote: string;
}

export interface ChapterView {
  id: string;
  title: string;
  lessons: LessonRow[];
}

export interface PriceStepView {
  reason: string;
  /** Signed, e.g. "¥99.00" for the list price, "-¥20.00" for a discount. */
  amount: string;
}

export interface PriceView {
  /** What the learner pays now, e.g. "¥79.00", or 免费. */
  final: string;
  /** The struck-through list price when a discount applies; empty otherwise. */
  list: string;
  /** From the list price to what they pay; empty when nothing changes it. */
  steps: PriceStepView[];
  /** The sale beside the price, e.g. "限时优惠 · 仅剩3份"; empty without one. */
  saleNote: string;
  /** When the sale price ends, for a countdown; empty without one. */
  saleEndsAt: string;
}

export interface OfferView {
  id: string;
  title: string;
  price: string;
}

export interface ReviewView {
  id: string;
  stars: string;
  text: string;
  date: string;
  reply: string;
  /** Why only the author sees it, when that is so. */
  statusNote: string;
}

export interface ReviewPage {
  reviews: ReviewView[];
  nextCursor: string | null;
}

export interface CourseView {
  id: string;
  title: string;
  summary: string;
  coverUrl: string;
  creator: string;
  category: string;
  rating: string;
  stats: string;
  chapters: ChapterView[];
  /** Null when the learner's platform hides prices: then no price and no buy button. */
  price: PriceView | null;
  /** The learner may open every lesson (bought, granted or through a membership). */
  owned: boolean;
  progressPercent: number;
  canBuy: boolean;
  /** Bundles and membership plans on sale that also give this course. */
  otherOffers: OfferView[];
  /** e.g. "¥39.00 · 3人团", for the cheapest group-buy deal running; empty without one. */
  groupBuy: string;
  canReview: boolean;
  /** Whether the learner keeps the course in their favourites. */
  favourite: boolean;
  reviewCount: number;
  reviews: ReviewPage;
  firstLessonId: string | null;
  /** The first free preview, for 试看 before buying; null when the learner owns the course or there is none. */
  previewLessonId: string | null;
}

/**
 * Everything the course page shows. Signs in first — a shared link may open the page before the launch sign-in
 * finished, and what the learner owns needs them known — but shows the course anonymously when that fails. Throws
 * NOT_FOUND for an unknown course.
 */
export async function loadCourse(api: Api, courseId: string): Promise<CourseView> {
  await api.auth.ensureSignedIn().catch(() => undefined);
  const { course, groupBuyDeals } = await api.client.request(CourseDetailDocument, { id: courseId });
  if (course === null) {
    throw new ApiError('NOT_FOUND', userMessage('NOT_FOUND'));
  }
  const owned = course.viewerAccess?.canOpen ?? false;
  const price = priceOf(course);
  const lockNote = price === null ? '购买后解锁' : `${price.final} 解锁`;
  const lessons = course.chapters.flatMap((chapter) => chapter.lessons);
  const cheapestDeal = [...groupBuyDeals].sort((a, b) => a.price - b.price)[0];
  return {
    id: course.id,
    title: course.title,
    summary: course.summary,
    coverUrl: course.coverUrl ?? '',
    creator: course.creator.headline ? `${course.creator.name} · ${course.creator.headline}` : course.creator.name,
    category: course.category.name,
    rating: course.ratingCount > 0 ? `${course.ratingAverage.toFixed(1)}分 · ${course.ratingCount}人评价` : '暂无评分',
    stats: `${course.studentCount}人在学 · ${course.lessonCount}节 · ${lengthInWords(course.totalDurationSeconds)}`,
    chapters: course.chapters.map((chapter) => ({
      id: chapter.id,
      title: chapter.title,
      lessons: chapter.lessons.map((lesson) => lessonRow(lesson, owned, lockNote)),
    })),
    price,
    owned,
    progressPercent: course.viewerAccess?.progressPercent ?? 0,
    canBuy: !owned && course.purchase.canBuy && !course.purchase.pricesHidden,
    otherOffers: course.offers
      .filter((offer) => offer.kind !== 'COURSE' && offer.isOnSale)
      .map((offer) => ({ id: offer.id, title: offer.title, price: offer.listPrice ? `¥${offer.listPrice.yuan}` : '' })),
    groupBuy: owned || course.purchase.pricesHidden || !cheapestDeal ? '' : `${formatYuan(cheapestDeal.price)} · ${cheapestDeal.groupSize}人团`,
    canReview: course.viewerAccess?.enrolled ?? false,
    favourite: course.isFavorite,
    reviewCount: course.reviews.totalCount,
    reviews: reviewPage(course.reviews),
    firstLessonId: lessons[0]?.id ?? null,
    previewLessonId: owned ? null : (lessons.find((lesson) => lesson.isFreePreview && !lesson.locked)?.id ?? null),
  };
}

/** The next page of a course's reviews, after `cursor`. */
export async function loadMoreReviews(api: Api, courseId: string, cursor: string): Promise<ReviewPage> {
  const { course } = await api.client.request(CourseReviewsDocument, { id: courseId, after: cursor });
  return course === null ? { reviews: [], nextCursor: null } : reviewPage(course.reviews);
}

/**
 * The path of the learner's share card: the course page with the id and share scene the API gives, so whoever opens
 * the card is bound to them as referrer. The API names its own page (pages/course/detail, also drawn into 小程序码 —
 * the app redirects that one); the card opens this mini program's course page directly with the same query.
 * Signs in first: a share belongs to a user.
 */
export async function shareCourse(api: Api, courseId: string): Promise<string> {
  await api.auth.ensureSignedIn();
  const { shareLink } = await api.client.request(ShareCourseDocument, { input: { courseId } });
  throwIfErrors(shareLink.errors);
  if (shareLink.share === null) {
    throw new ApiError('SHARE_FAILED', userMessage(''));
  }
  const query = shareLink.share.path.split('?')[1] ?? '';
  return query === '' ? coursePagePath(courseId) : `/pages/course/course?${query}`;
}

function lessonRow(lesson: LessonData, owned: boolean, lockNote: string): LessonRow {
  return {
    id: lesson.id,
    title: lesson.title,
    detail: `${lessonKindLabels[lesson.kind]} · ${clock(lesson.durationSeconds)}`,
    badge: lesson.isFreePreview && !owned ? '试看' : '',
    opens: !lesson.locked,
    lockNote: lesson.locked ? lockNote : '',
  };
}

function priceOf(course: CourseData): PriceView | null {
  if (course.purchase.pricesHidden || course.price === null) {
    return null;
  }
  const quoted = course.priceForViewer;
  if (quoted === null) {
    return { final: priceText(course.price), list: '', steps: [], saleNote: '', saleEndsAt: '' };
  }
  const discounted = quoted.discount.fen > 0;
  const sale = course.activeSale;
  const saleNote = sale === null ? '' : sale.stockLeft === null ? sale.title : `${sale.title} · 仅剩${sale.stockLeft}份`;
  return {
    final: `¥${quoted.final.yuan}`,
    list: discounted ? `¥${quoted.list.yuan}` : '',
    steps: discounted ? quoted.steps.map((step) => ({ reason: step.reason, amount: `${step.amount < 0 ? '-' : ''}${formatYuan(Math.abs(step.amount))}` })) : [],
    saleNote,
    saleEndsAt: quoted.saleEndsAt ?? sale?.endsAt ?? '',
  };
}

const hiddenReasons: Record<string, string> = { HELD: '审核中，仅自己可见', HIDDEN: '未通过审核，仅自己可见' };

function reviewPage(connection: { nodes: CourseReviewItemFragment[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } }): ReviewPage {
  return {
    reviews: connection.nodes.map((review) => ({
      id: review.id,
      stars: '★'.repeat(review.stars) + '☆'.repeat(5 - review.stars),
      text: review.text ?? '',
      date: formatDay(review.createdAt),
      reply: review.reply?.text ?? '',
      statusNote: hiddenReasons[review.status] ?? '',
    })),
    nextCursor: connection.pageInfo.hasNextPage ? connection.pageInfo.endCursor : null,
  };
}
