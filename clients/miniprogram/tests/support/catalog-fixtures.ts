import type { CatalogCourseCardFragment, CatalogRecommendationsFragment } from '../../miniprogram/generated/graphql';

type Recommended = CatalogRecommendationsFragment['nodes'][number];

export function course(overrides: Partial<CatalogCourseCardFragment> = {}): CatalogCourseCardFragment {
  return {
    id: 'Q291cnNlOjE',
    title: 'Excel 入门',
    summary: '从零开始做表格',
    coverUrl: 'https://cdn.test/excel.png',
    price: 4900,
    ratingAverage: 4.75,
    ratingCount: 12,
    studentCount: 1203,
    creator: { name: '王老师' },
    activeSale: null,
    purchase: { pricesHidden: false },
    ...overrides,
  };
}

export function recommended(pick: Partial<CatalogCourseCardFragment>, reason: Partial<Recommended['reason']> = {}): Recommended {
  return {
    course: course(pick),
    reason: { kind: 'POPULAR_IN', text: 'Popular right now', relatedCourse: null, tag: null, category: null, creator: null, ...reason },
  };
}

/** A connection page as the API answers it. */
export function connection<T>(nodes: T[], endCursor: string | null = null, totalCount = nodes.length) {
  return { nodes, pageInfo: { hasNextPage: endCursor !== null, endCursor }, totalCount };
}
