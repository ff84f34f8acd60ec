/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** What a learner did with a course. PURCHASE, REFUND and REVIEW are recorded by the server; clients cannot send them. */
export type BehaviourEventKind =
  | 'CLICK'
  | 'FAVOURITE'
  | 'LESSON_COMPLETE'
  | 'LESSON_START'
  | 'PAGE_ERROR'
  | 'PROGRESS'
  | 'PURCHASE'
  | 'REFUND'
  | 'REVIEW'
  | 'SHARE'
  | 'UNFAVOURITE'
  | 'VIEW';

export type CourseSortInput = {
  /** When the creator started the course; newest first with DESC. */
  createdAt?: SortEnumType | null | undefined;
  price?: SortEnumType | null | undefined;
  /** Newest first with DESC. */
  publishedAt?: SortEnumType | null | undefined;
  rating?: SortEnumType | null | undefined;
  /** Popularity: most learners first with DESC. */
  studentCount?: SortEnumType | null | undefined;
  title?: SortEnumType | null | undefined;
};

export type LoginInput = {
  /** The code wx.login just returned; single use, valid for 5 minutes. */
  code: string;
};

export type LogoutInput = {
  /** Any refresh token of the session to end. */
  refreshToken: string;
};

/** Where the list is shown; recommendations keep to it. */
export type RecommendationContextInput = {
  /** Only courses of this category (e.g. on its page). */
  categoryId?: string | number | null | undefined;
  /** Only courses with this tag. */
  tagId?: string | number | null | undefined;
};

/** BECAUSE_YOU_TOOK an owned course, BECAUSE_YOU_VIEWED a course since the last training, MATCHES_YOUR_INTEREST, FROM_CREATOR_YOU_FOLLOW, POPULAR_IN a tag or category, SIMILAR_TO a course. */
export type RecommendationReasonKind =
  | 'BECAUSE_YOU_TOOK'
  | 'BECAUSE_YOU_VIEWED'
  | 'FROM_CREATOR_YOU_FOLLOW'
  | 'MATCHES_YOUR_INTEREST'
  | 'POPULAR_IN'
  | 'SIMILAR_TO';

export type RefreshTokenInput = {
  /** The latest refresh token of the session; it is spent by this call. */
  refreshToken: string;
};

/** A limited-time price (限时优惠) for everyone, or a flash sale (秒杀) with a stock and a limit per buyer. */
export type SaleKind =
  | 'FLASH_SALE'
  | 'LIMITED_TIME_PRICE';

export type SortEnumType =
  /** Smallest, oldest or A first. */
  | 'ASC'
  /** Largest, newest or Z first. */
  | 'DESC';

export type TrackEventsInput = {
  /** 1 to 100 events, each with its own id; stored all or none. */
  events: Array<TrackedEventInput>;
};

/** One thing the learner did, as the mini program saw it. */
export type TrackedEventInput = {
  /** Where it happened (page or source), up to 64 characters. */
  context?: string | null | undefined;
  /** The published course the event is about. */
  courseId: string | number;
  /** The client's id for the event, up to 64 characters; sending it again later stores nothing new. */
  id: string;
  kind: BehaviourEventKind;
  /** The lesson, one of the course's; required for lesson events. */
  lessonId?: string | number | null | undefined;
  /** When it happened by the device's clock: at most a few minutes ahead, at most 30 days ago. */
  occurredAt: string;
  /** 0 to 100, on PROGRESS events only. */
  progressPercent?: number | null | undefined;
};

export type CatalogCourseCardFragment = { id: string, title: string, summary: string, coverUrl: string | null, price: number | null, ratingAverage: number, ratingCount: number, studentCount: number, creator: { name: string }, activeSale: { kind: SaleKind, title: string, price: number, endsAt: string, stockLeft: number | null } | null, purchase: { pricesHidden: boolean } };

export type CatalogHomeQueryVariables = Exact<{
  saleCandidates: number;
}>;


export type CatalogHomeQuery = { categories: Array<{ id: string, name: string }>, popular: { nodes: Array<{ id: string, title: string, summary: string, coverUrl: string | null, price: number | null, ratingAverage: number, ratingCount: number, studentCount: number, creator: { name: string }, activeSale: { kind: SaleKind, title: string, price: number, endsAt: string, stockLeft: number | null } | null, purchase: { pricesHidden: boolean } }> } };

export type CatalogRecommendationsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  context?: RecommendationContextInput | null | undefined;
}>;


export type CatalogRecommendationsQuery = { recommendations: { nodes: Array<{ course: { id: string, title: string, summary: string, coverUrl: string | null, price: number | null, ratingAverage: number, ratingCount: number, studentCount: number, creator: { name: string }, activeSale: { kind: SaleKind, title: string, price: number, endsAt: string, stockLeft: number | null } | null, purchase: { pricesHidden: boolean } }, reason: { kind: RecommendationReasonKind, text: string, relatedCourse: { title: string } | null, tag: { name: string } | null, category: { name: string } | null, creator: { name: string } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type CatalogRecommendationsFragment = { nodes: Array<{ course: { id: string, title: string, summary: string, coverUrl: string | null, price: number | null, ratingAverage: number, ratingCount: number, studentCount: number, creator: { name: string }, activeSale: { kind: SaleKind, title: string, price: number, endsAt: string, stockLeft: number | null } | null, purchase: { pricesHidden: boolean } }, reason: { kind: RecommendationReasonKind, text: string, relatedCourse: { title: string } | null, tag: { name: string } | null, category: { name: string } | null, creator: { name: string } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } };

export type CatalogCategoryQueryVariables = Exact<{
  categoryId: string | number;
  order: Array<CourseSortInput> | CourseSortInput;
  first: number;
  after?: string | null | undefined;
}>;


export type CatalogCategoryQuery = { category:
    | { id: string, name: string }
    | Record<PropertyKey, never>
   | null, courses: { totalCount: number, nodes: Array<{ id: string, title: string, summary: string, coverUrl: string | null, price: number | null, ratingAverage: number, ratingCount: number, studentCount: number, creator: { name: string }, activeSale: { kind: SaleKind, title: string, price: number, endsAt: string, stockLeft: number | null } | null, purchase: { pricesHidden: boolean } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type CatalogSearchQueryVariables = Exact<{
  words: string;
  first: number;
  after?: string | null | undefined;
}>;


export type CatalogSearchQuery = { courses: { totalCount: number, nodes: Array<{ id: string, title: string, summary: string, coverUrl: string | null, price: number | null, ratingAverage: number, ratingCount: number, studentCount: number, creator: { name: string }, activeSale: { kind: SaleKind, title: string, price: number, endsAt: string, stockLeft: number | null } | null, purchase: { pricesHidden: boolean } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type CatalogCoursePageFragment = { totalCount: number, nodes: Array<{ id: string, title: string, summary: string, coverUrl: string | null, price: number | null, ratingAverage: number, ratingCount: number, studentCount: number, creator: { name: string }, activeSale: { kind: SaleKind, title: string, price: number, endsAt: string, stockLeft: number | null } | null, purchase: { pricesHidden: boolean } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, interestTagIds: Array<string>, personalisationConsent: boolean, profile: { nickname: string | null, avatarUrl: string | null } } | null };

export type LoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type LoginMutation = { login: { accessToken: string | null, accessTokenExpiresAt: string | null, refreshToken: string | null, refreshTokenExpiresAt: string | null, errors: Array<
      | { code: string, message: string }
      | { code: string, message: string }
      | { code: string, message: string }
      | { code: string, message: string }
      | { code: string, message: string }
    > | null } };

export type RefreshTokenMutationVariables = Exact<{
  input: RefreshTokenInput;
}>;


export type RefreshTokenMutation = { refreshToken: { accessToken: string | null, accessTokenExpiresAt: string | null, refreshToken: string | null, refreshTokenExpiresAt: string | null, errors: Array<
      | { code: string, message: string }
      | { code: string, message: string }
      | { code: string, message: string }
      | { code: string, message: string }
      | { code: string, message: string }
      | { code: string, message: string }
      | { code: string, message: string }
    > | null } };

export type LogoutMutationVariables = Exact<{
  input: LogoutInput;
}>;


export type LogoutMutation = { logout: { success: boolean | null, errors: Array<{ code: string, message: string }> | null } };

export type TrackEventsMutationVariables = Exact<{
  input: TrackEventsInput;
}>;


export type TrackEventsMutation = { trackEvents: { stored: number | null, duplicates: number | null, errors: Array<
      | { code: string, message: string }
      | { code: string, message: string }
      | { code: string, message: string }
      | { code: string, message: string }
      | { code: string, message: string }
      | { code: string, message: string }
      | { code: string, message: string }
    > | null } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const CatalogCourseCardFragmentDoc = new TypedDocumentString(`
    fragment CatalogCourseCard on Course {
  id
  title
  summary
  coverUrl
  price
  ratingAverage
  ratingCount
  studentCount
  creator {
    name
  }
  activeSale {
    kind
    title
    price
    endsAt
    stockLeft
  }
  purchase {
    pricesHidden
  }
}
    `, {"fragmentName":"CatalogCourseCard"}) as unknown as TypedDocumentString<CatalogCourseCardFragment, unknown>;
export const CatalogRecommendationsFragmentDoc = new TypedDocumentString(`
    fragment CatalogRecommendations on RecommendedCourseConnection {
  nodes {
    course {
      ...CatalogCourseCard
    }
    reason {
      kind
      text
      relatedCourse {
        title
      }
      tag {
        name
      }
      category {
        name
      }
      creator {
        name
      }
    }
  }
  pageInfo {
    hasNextPage
    endCursor
  }
}
    fragment CatalogCourseCard on Course {
  id
  title
  summary
  coverUrl
  price
  ratingAverage
  ratingCount
  studentCount
  creator {
    name
  }
  activeSale {
    kind
    title
    price
    endsAt
    stockLeft
  }
  purchase {
    pricesHidden
  }
}`, {"fragmentName":"CatalogRecommendations"}) as unknown as TypedDocumentString<CatalogRecommendationsFragment, unknown>;
export const CatalogCoursePageFragmentDoc = new TypedDocumentString(`
    fragment CatalogCoursePage on CourseConnection {
  nodes {
    ...CatalogCourseCard
  }
  pageInfo {
    hasNextPage
    endCursor
  }
  totalCount
}
    fragment CatalogCourseCard on Course {
  id
  title
  summary
  coverUrl
  price
  ratingAverage
  ratingCount
  studentCount
  creator {
    name
  }
  activeSale {
    kind
    title
    price
    endsAt
    stockLeft
  }
  purchase {
    pricesHidden
  }
}`, {"fragmentName":"CatalogCoursePage"}) as unknown as TypedDocumentString<CatalogCoursePageFragment, unknown>;
export const CatalogHomeDocument = new TypedDocumentString(`
    query CatalogHome($saleCandidates: Int!) {
  categories {
    id
    name
  }
  popular: courses(first: $saleCandidates, order: [{studentCount: DESC}]) {
    nodes {
      ...CatalogCourseCard
    }
  }
}
    fragment CatalogCourseCard on Course {
  id
  title
  summary
  coverUrl
  price
  ratingAverage
  ratingCount
  studentCount
  creator {
    name
  }
  activeSale {
    kind
    title
    price
    endsAt
    stockLeft
  }
  purchase {
    pricesHidden
  }
}`) as unknown as TypedDocumentString<CatalogHomeQuery, CatalogHomeQueryVariables>;
export const CatalogRecommendationsDocument = new TypedDocumentString(`
    query CatalogRecommendations($first: Int!, $after: String, $context: RecommendationContextInput) {
  recommendations(first: $first, after: $after, context: $context) {
    ...CatalogRecommendations
  }
}
    fragment CatalogCourseCard on Course {
  id
  title
  summary
  coverUrl
  price
  ratingAverage
  ratingCount
  studentCount
  creator {
    name
  }
  activeSale {
    kind
    title
    price
    endsAt
    stockLeft
  }
  purchase {
    pricesHidden
  }
}
fragment CatalogRecommendations on RecommendedCourseConnection {
  nodes {
    course {
      ...CatalogCourseCard
    }
    reason {
      kind
      text
      relatedCourse {
        title
      }
      tag {
        name
      }
      category {
        name
      }
      creator {
        name
      }
    }
  }
  pageInfo {
    hasNextPage
    endCursor
  }
}`) as unknown as TypedDocumentString<CatalogRecommendationsQuery, CatalogRecommendationsQueryVariables>;
export const CatalogCategoryDocument = new TypedDocumentString(`
    query CatalogCategory($categoryId: ID!, $order: [CourseSortInput!]!, $first: Int!, $after: String) {
  category: node(id: $categoryId) {
    ... on Category {
      id
      name
    }
  }
  courses(
    first: $first
    after: $after
    where: {categoryId: {eq: $categoryId}}
    order: $order
  ) {
    ...CatalogCoursePage
  }
}
    fragment CatalogCourseCard on Course {
  id
  title
  summary
  coverUrl
  price
  ratingAverage
  ratingCount
  studentCount
  creator {
    name
  }
  activeSale {
    kind
    title
    price
    endsAt
    stockLeft
  }
  purchase {
    pricesHidden
  }
}
fragment CatalogCoursePage on CourseConnection {
  nodes {
    ...CatalogCourseCard
  }
  pageInfo {
    hasNextPage
    endCursor
  }
  totalCount
}`) as unknown as TypedDocumentString<CatalogCategoryQuery, CatalogCategoryQueryVariables>;
export const CatalogSearchDocument = new TypedDocumentString(`
    query CatalogSearch($words: String!, $first: Int!, $after: String) {
  courses(first: $first, after: $after, search: $words) {
    ...CatalogCoursePage
  }
}
    fragment CatalogCourseCard on Course {
  id
  title
  summary
  coverUrl
  price
  ratingAverage
  ratingCount
  studentCount
  creator {
    name
  }
  activeSale {
    kind
    title
    price
    endsAt
    stockLeft
  }
  purchase {
    pricesHidden
  }
}
fragment CatalogCoursePage on CourseConnection {
  nodes {
    ...CatalogCourseCard
  }
  pageInfo {
    hasNextPage
    endCursor
  }
  totalCount
}`) as unknown as TypedDocumentString<CatalogSearchQuery, CatalogSearchQueryVariables>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    id
    profile {
      nickname
      avatarUrl
    }
    interestTagIds
    personalisationConsent
  }
}
    `) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const LoginDocument = new TypedDocumentString(`
    mutation Login($input: LoginInput!) {
  login(input: $input) {
    accessToken
    accessTokenExpiresAt
    refreshToken
    refreshTokenExpiresAt
    errors {
      ... on Error {
        code
        message
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LoginMutation, LoginMutationVariables>;
export const RefreshTokenDocument = new TypedDocumentString(`
    mutation RefreshToken($input: RefreshTokenInput!) {
  refreshToken(input: $input) {
    accessToken
    accessTokenExpiresAt
    refreshToken
    refreshTokenExpiresAt
    errors {
      ... on Error {
        code
        message
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RefreshTokenMutation, RefreshTokenMutationVariables>;
export const LogoutDocument = new TypedDocumentString(`
    mutation Logout($input: LogoutInput!) {
  logout(input: $input) {
    success
    errors {
      ... on Error {
        code
        message
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LogoutMutation, LogoutMutationVariables>;
export const TrackEventsDocument = new TypedDocumentString(`
    mutation TrackEvents($input: TrackEventsInput!) {
  trackEvents(input: $input) {
    stored
    duplicates
    errors {
      ... on Error {
        code
        message
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TrackEventsMutation, TrackEventsMutationVariables>;