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

export type LoginInput = {
  /** The code wx.login just returned; single use, valid for 5 minutes. */
  code: string;
};

export type LogoutInput = {
  /** Any refresh token of the session to end. */
  refreshToken: string;
};

export type RefreshTokenInput = {
  /** The latest refresh token of the session; it is spent by this call. */
  refreshToken: string;
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