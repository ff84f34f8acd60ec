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

/** How a lesson is delivered. */
export type LessonKind =
  | 'ARTICLE'
  | 'AUDIO'
  | 'LIVE'
  | 'VIDEO';

export type LoginInput = {
  /** The code wx.login just returned; single use, valid for 5 minutes. */
  code: string;
};

export type LogoutInput = {
  /** Any refresh token of the session to end. */
  refreshToken: string;
};

/** A single course at its own price, a bundle (套餐, or a 专栏 series) or a membership plan (VIP). */
export type OfferKind =
  | 'BUNDLE'
  | 'COURSE'
  | 'MEMBERSHIP'
  | 'WALLET_TOP_UP';

/** A step from the list price to the price paid, in the order the pricing engine applies them. */
export type PriceStepKind =
  | 'ALREADY_OWNED'
  | 'COUPON'
  | 'EXPERIMENT_PRICE'
  | 'FLASH_SALE'
  | 'GROUP_BUY'
  | 'GUARDRAIL'
  | 'LIMITED_TIME_PRICE'
  | 'LIST_PRICE'
  | 'MEMBER_PRICE'
  | 'PERSONAL_PRICE';

export type RefreshTokenInput = {
  /** The latest refresh token of the session; it is spent by this call. */
  refreshToken: string;
};

/** Who sees a review or reply: VISIBLE everyone; HELD only its author until a moderator decides; HIDDEN only its author. Only visible reviews count in the course's rating. */
export type ReviewStatus =
  | 'HELD'
  | 'HIDDEN'
  | 'VISIBLE';

export type ShareLinkInput = {
  /** The published course to share. */
  courseId: string | number;
};

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

export type UpdateLessonProgressInput = {
  /** Marks the lesson completed whatever the percent. */
  completed?: boolean | null | undefined;
  lessonId: string | number;
  /** How much of the lesson the caller has studied, 0 to 100; a lower value than before is ignored. */
  percent: number;
  /** Where the caller stopped, in seconds from the start. */
  positionSeconds: number;
};

export type CourseReviewItemFragment = { id: string, stars: number, text: string | null, status: ReviewStatus, isMine: boolean, helpfulCount: number, createdAt: string, reply: { text: string } | null };

export type CourseDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type CourseDetailQuery = { course: { id: string, title: string, summary: string, coverUrl: string | null, price: number | null, ratingAverage: number, ratingCount: number, studentCount: number, lessonCount: number, totalDurationSeconds: number, creator: { name: string, headline: string | null }, category: { name: string }, chapters: Array<{ id: string, title: string, lessons: Array<{ id: string, title: string, kind: LessonKind, durationSeconds: number, isFreePreview: boolean, locked: boolean }> }>, viewerAccess: { enrolled: boolean, canOpen: boolean, progressPercent: number } | null, purchase: { canBuy: boolean, pricesHidden: boolean }, priceForViewer: { saleEndsAt: string | null, list: { fen: number, yuan: string }, final: { fen: number, yuan: string }, discount: { fen: number, yuan: string }, steps: Array<{ kind: PriceStepKind, amount: number, reason: string }> } | null, activeSale: { title: string, endsAt: string, stockLeft: number | null } | null, offers: Array<{ id: string, kind: OfferKind, title: string, isOnSale: boolean, listPrice: { yuan: string } | null }>, reviews: { totalCount: number, nodes: Array<{ id: string, stars: number, text: string | null, status: ReviewStatus, isMine: boolean, helpfulCount: number, createdAt: string, reply: { text: string } | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } | null, groupBuyDeals: Array<{ id: string, groupSize: number, price: number, endsAt: string }> };

export type CourseReviewsQueryVariables = Exact<{
  id: string | number;
  after?: string | null | undefined;
}>;


export type CourseReviewsQuery = { course: { id: string, reviews: { totalCount: number, nodes: Array<{ id: string, stars: number, text: string | null, status: ReviewStatus, isMine: boolean, helpfulCount: number, createdAt: string, reply: { text: string } | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } | null };

export type ShareCourseMutationVariables = Exact<{
  input: ShareLinkInput;
}>;


export type ShareCourseMutation = { shareLink: { share: { path: string, scene: string } | null, errors: Array<
      | { code: string, message: string }
      | { code: string, message: string }
      | { code: string, message: string }
      | { code: string, message: string }
    > | null } };

export type LessonPlayerQueryVariables = Exact<{
  courseId: string | number;
}>;


export type LessonPlayerQuery = { course: { id: string, title: string, price: number | null, purchase: { pricesHidden: boolean }, priceForViewer: { final: { yuan: string } } | null, lessons: Array<{ id: string, title: string, kind: LessonKind, durationSeconds: number, isFreePreview: boolean, locked: boolean, body: string | null, media: { url: string, expiresAt: string } | null }> } | null };

export type UpdateLessonProgressMutationVariables = Exact<{
  input: UpdateLessonProgressInput;
}>;


export type UpdateLessonProgressMutation = { updateLessonProgress: { progress: { lessonId: string, percent: number, positionSeconds: number, completedAt: string | null } | null, errors: Array<
      | { code: string, message: string }
      | { code: string, message: string }
      | { code: string, message: string }
      | { code: string, message: string }
    > | null } };

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
export const CourseReviewItemFragmentDoc = new TypedDocumentString(`
    fragment CourseReviewItem on Review {
  id
  stars
  text
  status
  isMine
  helpfulCount
  createdAt
  reply {
    text
  }
}
    `, {"fragmentName":"CourseReviewItem"}) as unknown as TypedDocumentString<CourseReviewItemFragment, unknown>;
export const CourseDetailDocument = new TypedDocumentString(`
    query CourseDetail($id: ID!) {
  course(id: $id) {
    id
    title
    summary
    coverUrl
    price
    ratingAverage
    ratingCount
    studentCount
    lessonCount
    totalDurationSeconds
    creator {
      name
      headline
    }
    category {
      name
    }
    chapters {
      id
      title
      lessons {
        id
        title
        kind
        durationSeconds
        isFreePreview
        locked
      }
    }
    viewerAccess {
      enrolled
      canOpen
      progressPercent
    }
    purchase {
      canBuy
      pricesHidden
    }
    priceForViewer {
      list {
        fen
        yuan
      }
      final {
        fen
        yuan
      }
      discount {
        fen
        yuan
      }
      steps {
        kind
        amount
        reason
      }
      saleEndsAt
    }
    activeSale {
      title
      endsAt
      stockLeft
    }
    offers {
      id
      kind
      title
      isOnSale
      listPrice {
        yuan
      }
    }
    reviews(first: 5) {
      totalCount
      nodes {
        ...CourseReviewItem
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
  groupBuyDeals(courseId: $id) {
    id
    groupSize
    price
    endsAt
  }
}
    fragment CourseReviewItem on Review {
  id
  stars
  text
  status
  isMine
  helpfulCount
  createdAt
  reply {
    text
  }
}`) as unknown as TypedDocumentString<CourseDetailQuery, CourseDetailQueryVariables>;
export const CourseReviewsDocument = new TypedDocumentString(`
    query CourseReviews($id: ID!, $after: String) {
  course(id: $id) {
    id
    reviews(first: 10, after: $after) {
      totalCount
      nodes {
        ...CourseReviewItem
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
}
    fragment CourseReviewItem on Review {
  id
  stars
  text
  status
  isMine
  helpfulCount
  createdAt
  reply {
    text
  }
}`) as unknown as TypedDocumentString<CourseReviewsQuery, CourseReviewsQueryVariables>;
export const ShareCourseDocument = new TypedDocumentString(`
    mutation ShareCourse($input: ShareLinkInput!) {
  shareLink(input: $input) {
    share {
      path
      scene
    }
    errors {
      ... on Error {
        code
        message
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ShareCourseMutation, ShareCourseMutationVariables>;
export const LessonPlayerDocument = new TypedDocumentString(`
    query LessonPlayer($courseId: ID!) {
  course(id: $courseId) {
    id
    title
    price
    purchase {
      pricesHidden
    }
    priceForViewer {
      final {
        yuan
      }
    }
    lessons {
      id
      title
      kind
      durationSeconds
      isFreePreview
      locked
      body
      media {
        url
        expiresAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LessonPlayerQuery, LessonPlayerQueryVariables>;
export const UpdateLessonProgressDocument = new TypedDocumentString(`
    mutation UpdateLessonProgress($input: UpdateLessonProgressInput!) {
  updateLessonProgress(input: $input) {
    progress {
      lessonId
      percent
      positionSeconds
      completedAt
    }
    errors {
      ... on Error {
        code
        message
      }
    }
  }
}
    `) as unknown as TypedDocumentString<UpdateLessonProgressMutation, UpdateLessonProgressMutationVariables>;
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