import {
  CatalogCategoryDocument,
  type CatalogCourseCardFragment,
  CatalogHomeDocument,
  CatalogRecommendationsDocument,
  type CatalogRecommendationsFragment,
  CatalogSearchDocument,
  type CourseSortInput,
} from '../generated/graphql';
import { formatYuan, priceText } from '../ui/format';
import type { Api } from './api';
import type { Page } from './paging';

const PAGE_SIZE = 10;
// The API lists no sales to learners: the home page looks for running sales among this many of the most popular courses.
const SALE_CANDIDATES = 50;

/** A course as a list shows it; texts are empty when there is nothing to show. */
export interface CourseCard {
  id: string;
  title: string;
  summary: string;
  coverUrl: string;
  teacher: string;
  /** What the learner pays now (the sale price while a sale runs), 免费, or empty when the platform hides prices. */
  priceText: string;
  /** The list price, struck through beside a sale price. */
  listPriceText: string;
  /** The sale's own words, e.g. 限时优惠. */
  saleLabel: string;
  /** Units a flash sale has left, or when the sale ends. */
  saleNote: string;
  statsText: string;
}

export interface Recommendation {
  /** The course's id, so lists can key on it. */
  id: string;
  course: CourseCard;
  /** Why it was picked, in the learner's words. */
  reason: string;
}

export interface CategoryChip {
  id: string;
  name: string;
}

export interface Home {
  categories: CategoryChip[];
  /** Courses with a running limited-time price or flash sale, the one ending soonest first. */
  onSale: CourseCard[];
}

/** How a category's list is ordered: most learners, newest, or best rated first. */
export type CourseOrder = 'popular' | 'newest' | 'rated';

const sortOf: Record<CourseOrder, CourseSortInput[]> = {
  popular: [{ studentCount: 'DESC' }],
  newest: [{ publishedAt: 'DESC' }],
  rated: [{ rating: 'DESC' }, { studentCount: 'DESC' }],
};

export interface CoursePage extends Page<CourseCard> {
  totalCount: number;
}

export interface CategoryPage extends CoursePage {
  /** Null when there is no such category. */
  categoryName: string | null;
}

/** The home page's categories and what is on sale now. */
export async function loadHome(api: Api): Promise<Home> {
  const data = await api.client.request(CatalogHomeDocument, { saleCandidates: SALE_CANDIDATES });
  const onSale = data.popular.nodes
    .filter((course) => course.activeSale !== null && !course.purchase.pricesHidden)
    .sort((a, b) => Date.parse(a.activeSale?.endsAt ?? '') - Date.parse(b.activeSale?.endsAt ?? ''));
  return { categories: data.categories.map(({ id, name }) => ({ id, name })), onSale: onSale.map(toCourseCard) };
}

/** Where recommendations are shown: on a category's page they come from that category only. */
export interface RecommendationPlace {
  categoryId?: string;
  /** How many a page holds. */
  first?: number;
}

/**
 * A page of the courses picked for the learner, each with its reason. Picks are personal, so this waits for the
 * launch's sign-in; when signing in fails the API still answers, with what is popular.
 */
export async function loadRecommendations(
  api: Api,
  after: string | null,
  { categoryId, first = PAGE_SIZE }: RecommendationPlace = {},
): Promise<Page<Recommendation>> {
  await api.auth.ensureSignedIn().catch(() => undefined);
  const context = categoryId === undefined ? null : { categoryId };
  const data = await api.client.request(CatalogRecommendationsDocument, { first, after, context });
  return toRecommendationPage(data.recommendations);
}

/** A page of a category's courses in the order the learner chose. */
export async function loadCategoryCourses(
  api: Api,
  categoryId: string,
  after: string | null,
  order: CourseOrder = 'popular',
): Promise<CategoryPage> {
  const data = await api.client.request(CatalogCategoryDocument, { categoryId, order: sortOf[order], first: PAGE_SIZE, after });
  const categoryName = data.category !== null && 'name' in data.category ? data.category.name : null;
  return { ...toCoursePage(data.courses), categoryName };
}

/** A page of the courses whose title or summary holds every word; nothing is asked for blank words. */
export async function searchCourses(api: Api, words: string, after: string | null): Promise<CoursePage> {
  const trimmed = words.trim();
  if (trimmed === '') {
    return { items: [], endCursor: null, hasNextPage: false, totalCount: 0 };
  }
  const data = await api.client.request(CatalogSearchDocument, { words: trimmed, first: PAGE_SIZE, after });
  return toCoursePage(data.courses);
}

/** Records that the learner opened a course from a list (`from`: where, e.g. home:recommended), for recommendations. */
export function noteCourseOpened(api: Api, courseId: string, from: string): void {
  api.tracker.track({ kind: 'CLICK', courseId, context: from });
}

function toCoursePage(connection: {
  nodes: CatalogCourseCardFragment[];
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  totalCount: number;
}): CoursePage {
  return {
    items: connection.nodes.map(toCourseCard),
    endCursor: connection.pageInfo.endCursor ?? null,
    hasNextPage: connection.pageInfo.hasNextPage,
    totalCount: connection.totalCount,
  };
}

function toRecommendationPage(connection: CatalogRecommendationsFragment): Page<Recommendation> {
  return {
    items: connection.nodes.map(({ course, reason }) => ({
      id: course.id,
      course: toCourseCard(course),
      reason: reasonText(reason),
    })),
    endCursor: connection.pageInfo.endCursor ?? null,
    hasNextPage: connection.pageInfo.hasNextPage,
  };
}

type Reason = CatalogRecommendationsFragment['nodes'][number]['reason'];

// The API words its reasons in English; a learner in China reads them in Chinese, built from the same subjects.
function reasonText(reason: Reason): string {
  const topic = reason.tag?.name ?? reason.category?.name;
  const course = reason.relatedCourse?.title;
  switch (reason.kind) {
    case 'BECAUSE_YOU_TOOK':
      return course === undefined ? reason.text : `因为你学过《${course}》`;
    case 'BECAUSE_YOU_VIEWED':
      return course === undefined ? reason.text : `因为你看过《${course}》`;
    case 'SIMILAR_TO':
      return course === undefined ? reason.text : `与《${course}》相似`;
    case 'MATCHES_YOUR_INTEREST':
      return topic === undefined ? '符合你的兴趣' : `符合你的兴趣 #${topic}`;
    case 'FROM_CREATOR_YOU_FOLLOW':
      return reason.creator === null ? reason.text : `来自你喜欢的老师 ${reason.creator.name}`;
    case 'POPULAR_IN':
      return topic === undefined ? '大家都在学' : `#${topic} 热门`;
  }
}

function toCourseCard(course: CatalogCourseCardFragment): CourseCard {
  const sale = course.purchase.pricesHidden ? null : course.activeSale;
  return {
    id: course.id,
    title: course.title,
    summary: course.summary,
    coverUrl: course.coverUrl ?? '',
    teacher: course.creator.name,
    priceText: priceText(sale?.price ?? course.price),
    listPriceText: sale !== null && course.price !== null && course.price > sale.price ? formatYuan(course.price) : '',
    saleLabel: sale?.title ?? '',
    saleNote: sale === null ? '' : saleNote(sale),
    statsText: statsText(course),
  };
}

/** What hurries the learner: the units a flash sale has left, else when the price ends. */
function saleNote(sale: NonNullable<CatalogCourseCardFragment['activeSale']>): string {
  return sale.stockLeft !== null ? `仅剩 ${sale.stockLeft} 件` : `${formatEnd(new Date(sale.endsAt))} 结束`;
}

function statsText(course: CatalogCourseCardFragment): string {
  const learners = `${course.studentCount} 人在学`;
  return course.ratingCount > 0 ? `${course.ratingAverage.toFixed(1)} 分 · ${learners}` : learners;
}

/** The end of a sale in the device's time, e.g. 12月05日 20:00. */
function formatEnd(end: Date): string {
  const two = (value: number) => String(value).padStart(2, '0');
  return `${end.getMonth() + 1}月${two(end.getDate())}日 ${two(end.getHours())}:${two(end.getMinutes())}`;
}
