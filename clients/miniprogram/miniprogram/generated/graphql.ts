/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type AcceptAgreementInput = {
  /** wx.getAppBaseInfo().version, at most 32 characters. */
  clientVersion?: string | null | undefined;
  /** Where the user accepted. */
  platform: AgreementPlatform;
  /** The version in effect, as agreements lists it. */
  versionId: string | number;
};

/** An age range rather than a birth date. */
export type AgeBand =
  | 'FROM_18_TO_24'
  | 'FROM_25_TO_34'
  | 'FROM_35_TO_44'
  | 'FROM_45_TO_54'
  | 'FROM_55'
  | 'UNDER_18'
  | 'UNSPECIFIED';

/** The user agreement or the privacy policy. */
export type AgreementKind =
  | 'PRIVACY_POLICY'
  | 'USER_AGREEMENT';

/** Where the user accepted, as wx.getDeviceInfo().platform names it. */
export type AgreementPlatform =
  | 'ANDROID'
  | 'DEVTOOLS'
  | 'IOS'
  | 'MAC'
  | 'OHOS'
  | 'WINDOWS';

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

export type BindReferrerInput = {
  /** The promoter's invitation code (8 characters, any case). */
  promoterCode: string;
};

export type CancelOrderInput = {
  orderId: string | number;
};

/** One line of a cart: set courseId for a single course, or offerId for a bundle or membership plan. */
export type CartLineInput = {
  /** Buy it for someone else: you get a gift code to pass on. */
  asGift?: boolean | null | undefined;
  /** A course, bought at its own price. */
  courseId?: string | number | null | undefined;
  /** A bundle or a membership plan. */
  offerId?: string | number | null | undefined;
};

export type CheckoutInput = {
  /** Required for BALANCE (8 to 64 characters, made once per payment attempt): a retry never spends twice. */
  idempotencyKey?: string | null | undefined;
  /** How to pay; WECHAT_PAY when omitted. Must be one the caller's platform is offered (see priceForViewer). */
  method?: PaymentMethod | null | undefined;
  orderId: string | number;
};

/** Either couponId (a listed coupon) or code (any active coupon's code). */
export type ClaimCouponInput = {
  /** A code the user was given, e.g. WELCOME10. */
  code?: string | null | undefined;
  /** A coupon from claimableCoupons. */
  couponId?: string | number | null | undefined;
};

/** Pending through the order's refund window, then valid (withdrawable); reversed when the line was refunded in full. */
export type CommissionState =
  | 'PENDING'
  | 'REVERSED'
  | 'VALID';

/** Personalisation or marketing consent, or the acceptance of the user agreement or privacy policy. */
export type ConsentKind =
  | 'MARKETING'
  | 'PERSONALISATION'
  | 'PRIVACY_POLICY'
  | 'USER_AGREEMENT';

/** 满减 (amount off over a threshold), 折扣 (percent off, capped), 无门槛 (amount off) or 新人券 (first paid order only). */
export type CouponKind =
  | 'AMOUNT_OFF'
  | 'AMOUNT_OFF_OVER_THRESHOLD'
  | 'NEWCOMER_AMOUNT_OFF'
  | 'PERCENT_OFF';

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

export type CreateDataExportLinkInput = {
  /** The completed data export request. */
  privacyRequestId: string | number;
};

export type CreateOrderInput = {
  /** A key the client makes once per purchase attempt (8 to 64 characters); a retry with it returns the same order. */
  clientKey: string;
  /** A coupon to apply: one of myCoupons, or a code typed in. */
  couponCode?: string | null | undefined;
  /** The total the caller was quoted; when the price has changed since, the order is refused with PriceChangedError. */
  expectedTotalFen?: number | null | undefined;
  /** Buy the one line in a group (拼团) at the group price: open a new group or join one; the seat is taken with the order. */
  groupBuy?: GroupBuyInput | null | undefined;
  /** What to buy. */
  lines: Array<CartLineInput>;
};

export type DateTimeOperationFilterInput = {
  eq?: string | null | undefined;
  gt?: string | null | undefined;
  gte?: string | null | undefined;
  in?: Array<string | null | undefined> | null | undefined;
  lt?: string | null | undefined;
  lte?: string | null | undefined;
  neq?: string | null | undefined;
  nin?: Array<string | null | undefined> | null | undefined;
};

export type EditReviewInput = {
  reviewId: string | number;
  /** 1 to 5. */
  stars: number;
  /** The new words (null or empty for none); changed text is screened again. */
  text?: string | null | undefined;
};

export type FavoriteCourseInput = {
  courseId: string | number;
};

/** The gender a user chose to share, if any. */
export type Gender =
  | 'FEMALE'
  | 'MALE'
  | 'OTHER'
  | 'UNSPECIFIED';

/** Buy the cart's one line in a group (拼团): join groupId, or leave it out to open a new group as its leader. */
export type GroupBuyInput = {
  /** The deal (one of groupBuyDeals). */
  dealId: string | number;
  /** The group to join (one of the deal's openGroups); omitted: open a new one. */
  groupId?: string | number | null | undefined;
};

/** A seat: reserved by an unpaid order, paid, released (the order closed unpaid, or the group failed first) or refunded. */
export type GroupBuyMemberStatus =
  | 'PAID'
  | 'REFUNDED'
  | 'RELEASED'
  | 'RESERVED';

/** Open until it fills with paid members (completed: everyone fulfilled) or its time runs out (failed: everyone refunded). */
export type GroupBuyStatus =
  | 'COMPLETED'
  | 'FAILED'
  | 'OPEN';

/** How a lesson is delivered. */
export type LessonKind =
  | 'ARTICLE'
  | 'AUDIO'
  | 'LIVE'
  | 'VIDEO';

export type LoginInput = {
  /** The code wx.login just returned; single use, valid for 5 minutes. */
  code: string;
  /** The phone button's code (getPhoneNumber): the step-up proof an account under review needs (LoginStepUpRequiredError); it must confirm the account's bound phone number, or binds it when there is none. */
  phoneCode?: string | null | undefined;
};

export type LogoutInput = {
  /** Any refresh token of the session to end. */
  refreshToken: string;
};

export type MyOrderFilterInput = {
  and?: Array<MyOrderFilterInput> | null | undefined;
  createdAt?: DateTimeOperationFilterInput | null | undefined;
  or?: Array<MyOrderFilterInput> | null | undefined;
  /** Pending, paid, partially refunded, refunded or closed. */
  status?: OrderStatusOperationFilterInput | null | undefined;
};

/** A single course at its own price, a bundle (套餐, or a 专栏 series) or a membership plan (VIP). */
export type OfferKind =
  | 'BUNDLE'
  | 'COURSE'
  | 'MEMBERSHIP'
  | 'WALLET_TOP_UP';

export type OpenSharedLinkInput = {
  /** The scene from the opened path (?scene=) or the scanned 小程序码. */
  scene: string;
};

/** Why a pending order was closed: nobody paid in time, the buyer cancelled it, or its group buy did not fill. */
export type OrderCloseReason =
  | 'CANCELLED'
  | 'EXPIRED'
  | 'GROUP_BUY_FAILED';

/** Pending until paid or closed; a paid order may then be refunded in part or in full. */
export type OrderStatus =
  | 'CLOSED'
  | 'PAID'
  | 'PARTIALLY_REFUNDED'
  | 'PENDING'
  | 'REFUNDED';

export type OrderStatusOperationFilterInput = {
  eq?: OrderStatus | null | undefined;
  in?: Array<OrderStatus | null | undefined> | null | undefined;
  neq?: OrderStatus | null | undefined;
  nin?: Array<OrderStatus | null | undefined> | null | undefined;
};

/** How the buyer pays: WeChat Pay, their balance (余额), or WeChat Virtual Payment (the only way on iOS). */
export type PaymentMethod =
  /** The buyer's balance, spent at once. */
  | 'BALANCE'
  /** WeChat Virtual Payment (wx.requestVirtualPayment). */
  | 'VIRTUAL_PAYMENT'
  /** WeChat Pay (wx.requestPayment). */
  | 'WECHAT_PAY';

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

/** A copy of the user's personal data (data export) or the erasure of the account (account deletion). */
export type PrivacyRequestKind =
  | 'ACCOUNT_DELETION'
  | 'DATA_EXPORT';

/** Pending until it is fulfilled (completed) or withdrawn by the user (cancelled); both are final. */
export type PrivacyRequestStatus =
  | 'CANCELLED'
  | 'COMPLETED'
  | 'PENDING';

/** Applied (waiting for an admin), approved (binds buyers and earns), or suspended (neither, what was earned stays). */
export type PromoterStatus =
  | 'APPLIED'
  | 'APPROVED'
  | 'SUSPENDED';

export type QuoteInput = {
  /** A coupon to apply: one of myCoupons, or a code typed in. */
  couponCode?: string | null | undefined;
  /** Price the one line in a group (拼团), as createOrder would. */
  groupBuy?: GroupBuyInput | null | undefined;
  /** What to buy. */
  lines: Array<CartLineInput>;
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

export type RedeemCodeInput = {
  /** The code as typed from the card; case, spaces and dashes do not matter. */
  code: string;
};

export type RefreshTokenInput = {
  /** The latest refresh token of the session; it is spent by this call. */
  refreshToken: string;
};

/** Processing until the payment service reports it succeeded or closed (failed); abnormal waits for an operator. */
export type RefundStatus =
  | 'ABNORMAL'
  | 'CLOSED'
  | 'PROCESSING'
  | 'SUCCEEDED';

export type RequestRefundInput = {
  /** Refund this line only; omitted: the whole order. */
  lineId?: string | number | null | undefined;
  orderId: string | number;
  /** Why the learner wants the money back. */
  reason: string;
};

export type RequestWithdrawalInput = {
  /** In fen: at least 1, at most the available (valid) balance. */
  amountFen: number;
  /** 8 to 64 characters; a retry with the same key returns the same withdrawal. */
  idempotencyKey: string;
};

export type ReviewCourseInput = {
  courseId: string | number;
  /** 1 to 5. */
  stars: number;
  /** Optional words, at most 2000 characters; screened before they are shown. */
  text?: string | null | undefined;
};

/** Who sees a review or reply: VISIBLE everyone; HELD only its author until a moderator decides; HIDDEN only its author. Only visible reviews count in the course's rating. */
export type ReviewStatus =
  | 'HELD'
  | 'HIDDEN'
  | 'VISIBLE';

/** What an open or confirmed flag holds back from its user until an admin clears it. */
export type RiskRestriction =
  | 'NONE'
  | 'NO_LEARNER_REFUNDS'
  | 'STEP_UP_LOGIN';

/** A limited-time price (限时优惠) for everyone, or a flash sale (秒杀) with a stock and a limit per buyer. */
export type SaleKind =
  | 'FLASH_SALE'
  | 'LIMITED_TIME_PRICE';

export type ShareLinkInput = {
  /** The published course to share. */
  courseId: string | number;
};

export type SortEnumType =
  /** Smallest, oldest or A first. */
  | 'ASC'
  /** Largest, newest or Z first. */
  | 'DESC';

export type SyncOrderPaymentInput = {
  orderId: string | number;
};

export type TopUpInput = {
  /** How much to put in, in fen (within topUpOptions). */
  amountFen: number;
  /** A key the client makes once per top-up attempt (8 to 64 characters); a retry with it returns the same top-up. */
  clientKey: string;
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

export type UnfavoriteCourseInput = {
  courseId: string | number;
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

/** Replaces the whole profile: text fields left out are cleared. */
export type UpdateProfileInput = {
  ageBand: AgeBand;
  /** An absolute https URL. */
  avatarUrl?: string | null | undefined;
  /** Up to 64 characters. */
  city?: string | null | undefined;
  gender: Gender;
  /** Catalogue tags the user is interested in, at most 10. */
  interestTagIds: Array<string | number>;
  /** Up to 32 characters. */
  nickname?: string | null | undefined;
  /** Up to 64 characters. */
  occupation?: string | null | undefined;
  /** Whether recommendations may use the profile and activity. */
  personalisationConsent: boolean;
};

/** A claimed coupon: available (未使用), locked by an unpaid order (使用中), used (已使用) or expired (已过期). */
export type UserCouponState =
  | 'AVAILABLE'
  | 'EXPIRED'
  | 'LOCKED'
  | 'USED';

/** Why the balance moved: a top-up, a purchase, a refund to the balance, a top-up refunded to WeChat Pay (or given back when WeChat Pay refused it), or an operator's adjustment. */
export type WalletEntryKind =
  | 'ADJUSTMENT'
  | 'REFUND'
  | 'SPEND'
  | 'TOP_UP'
  | 'TOP_UP_REFUND'
  | 'TOP_UP_REFUND_FAILED';

/** Requested (its amount held), approved, then paid by an operator; or rejected, which releases the amount. */
export type WithdrawalStatus =
  | 'APPROVED'
  | 'PAID'
  | 'REJECTED'
  | 'REQUESTED';

export type AgreementToAcceptFragment = { id: string, kind: AgreementKind, versionLabel: string, title: string, body: string | null, url: string | null, effectiveAt: string };

export type AgreementsToAcceptQueryVariables = Exact<{ [key: string]: never; }>;


export type AgreementsToAcceptQuery = { me: { id: string, agreementsToAccept: Array<{ id: string, kind: AgreementKind, versionLabel: string, title: string, body: string | null, url: string | null, effectiveAt: string }> } | null };

export type AcceptAgreementMutationVariables = Exact<{
  input: AcceptAgreementInput;
}>;


export type AcceptAgreementMutation = { acceptAgreement: { acceptance: { id: string, acceptedAt: string } | null, errors: Array<
      | { code: string, message: string }
      | { code: string, message: string }
      | { code: string, message: string }
      | { code: string, message: string }
      | { code: string, message: string }
    > | null } };

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

export type CheckoutPriceStepFragment = { kind: PriceStepKind, amount: number, reason: string };

export type CheckoutOrderFragment = { id: string, title: string, status: OrderStatus, amount: { yuan: string }, lines: Array<{ groupBuyId: string | null }> };

export type CheckoutQuoteQueryVariables = Exact<{
  input: QuoteInput;
}>;


export type CheckoutQuoteQuery = { quote: { couponApplied: boolean, lines: Array<{ offerId: string, kind: OfferKind, title: string, saleEndsAt: string | null, final: { yuan: string }, steps: Array<{ kind: PriceStepKind, amount: number, reason: string }>, purchase: { methods: Array<PaymentMethod>, canBuy: boolean, pricesHidden: boolean } }>, listTotal: { yuan: string }, discount: { fen: number, yuan: string }, total: { fen: number, yuan: string } } };

export type CheckoutCouponsQueryVariables = Exact<{ [key: string]: never; }>;


export type CheckoutCouponsQuery = { myCoupons: { nodes: Array<{ id: string, code: string, validUntil: string, coupon: { title: string } | null }> } };

export type OfferedPaymentMethodsQueryVariables = Exact<{ [key: string]: never; }>;


export type OfferedPaymentMethodsQuery = { paymentMethods: Array<PaymentMethod> };

export type CreateOrderMutationVariables = Exact<{
  input: CreateOrderInput;
}>;


export type CreateOrderMutation = { createOrder: { order: { id: string, title: string, status: OrderStatus, amount: { yuan: string }, lines: Array<{ groupBuyId: string | null }> } | null, errors: Array<
      | { code: string, message: string }
      | { code: string, message: string }
      | { code: string, message: string }
      | { code: string, message: string }
      | { code: string, message: string }
      | { code: string, message: string }
      | { code: string, message: string }
      | { code: string, message: string }
      | { code: string, message: string }
      | { code: string, message: string }
      | { code: string, message: string }
      | { code: string, message: string }
      | { code: string, message: string }
      | { code: string, message: string }
      | { code: string, message: string }
      | { code: string, message: string }
      | { code: string, message: string }
      | { code: string, message: string }
      | { code: string, message: string }
      | { code: string, message: string }
      | { code: string, message: string }
      | { code: string, message: string }
      | { code: string, message: string }
      | { code: string, message: string }
      | { code: string, message: string }
      | { code: string, message: string }
      | { code: string, message: string }
      | { code: string, message: string }
      | { code: string, message: string }
      | { code: string, message: string }
      | { code: string, message: string }
      | { code: string, message: string }
      | { code: string, message: string }
      | { code: string, message: string }
    > | null } };

export type CheckoutMutationVariables = Exact<{
  input: CheckoutInput;
}>;


export type CheckoutMutation = { checkout: { order: { id: string, title: string, status: OrderStatus, amount: { yuan: string }, lines: Array<{ groupBuyId: string | null }> } | null, payment:
      | { __typename: 'BalancePayment', balance: { yuan: string } }
      | { __typename: 'VirtualPaymentParameters', signData: string, paySig: string, signature: string, mode: string }
      | { __typename: 'WeChatPayParameters', appId: string, timeStamp: string, nonceStr: string, package: string, signType: string, paySign: string }
     | null, errors: Array<
      | { code: string, message: string }
      | { code: string, message: string }
      | { code: string, message: string }
      | { code: string, message: string }
      | { code: string, message: string }
      | { code: string, message: string }
      | { code: string, message: string }
      | { code: string, message: string }
      | { code: string, message: string }
      | { code: string, message: string }
      | { code: string, message: string }
      | { code: string, message: string }
      | { code: string, message: string }
      | { code: string, message: string }
    > | null } };

export type SyncOrderPaymentMutationVariables = Exact<{
  input: SyncOrderPaymentInput;
}>;


export type SyncOrderPaymentMutation = { syncOrderPayment: { order: { id: string, title: string, status: OrderStatus, amount: { yuan: string }, lines: Array<{ groupBuyId: string | null }> } | null, errors: Array<
      | { code: string, message: string }
      | { code: string, message: string }
      | { code: string, message: string }
      | { code: string, message: string }
      | { code: string, message: string }
    > | null } };

export type CancelOrderMutationVariables = Exact<{
  input: CancelOrderInput;
}>;


export type CancelOrderMutation = { cancelOrder: { order: { id: string, title: string, status: OrderStatus, amount: { yuan: string }, lines: Array<{ groupBuyId: string | null }> } | null, errors: Array<
      | { code: string, message: string }
      | { code: string, message: string }
      | { code: string, message: string }
      | { code: string, message: string }
      | { code: string, message: string }
      | { code: string, message: string }
      | { code: string, message: string }
    > | null } };

export type CouponTermsFragment = { id: string, title: string, kind: CouponKind, thresholdFen: number, amountOffFen: number, percentOff: number, capFen: number };

export type MyCouponsQueryVariables = Exact<{
  state?: UserCouponState | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type MyCouponsQuery = { myCoupons: { nodes: Array<{ id: string, code: string, state: UserCouponState, validUntil: string, coupon: { id: string, title: string, kind: CouponKind, thresholdFen: number, amountOffFen: number, percentOff: number, capFen: number } | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ClaimableCouponsQueryVariables = Exact<{ [key: string]: never; }>;


export type ClaimableCouponsQuery = { claimableCoupons: { nodes: Array<{ validDays: number | null, validUntil: string | null, id: string, title: string, kind: CouponKind, thresholdFen: number, amountOffFen: number, percentOff: number, capFen: number }> } };

export type ClaimCouponMutationVariables = Exact<{
  input: ClaimCouponInput;
}>;


export type ClaimCouponMutation = { claimCoupon: { userCoupon: { id: string } | null, errors: Array<
      | { code: string, message: string }
      | { code: string, message: string }
      | { code: string, message: string }
      | { code: string, message: string }
      | { code: string, message: string }
      | { code: string, message: string }
      | { code: string, message: string }
      | { code: string, message: string }
      | { code: string, message: string }
      | { code: string, message: string }
    > | null } };

export type CourseReviewItemFragment = { id: string, stars: number, text: string | null, status: ReviewStatus, isMine: boolean, helpfulCount: number, createdAt: string, reply: { text: string } | null };

export type CourseDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type CourseDetailQuery = { course: { id: string, title: string, summary: string, coverUrl: string | null, price: number | null, ratingAverage: number, ratingCount: number, studentCount: number, lessonCount: number, totalDurationSeconds: number, isFavorite: boolean, creator: { name: string, headline: string | null }, category: { name: string }, chapters: Array<{ id: string, title: string, lessons: Array<{ id: string, title: string, kind: LessonKind, durationSeconds: number, isFreePreview: boolean, locked: boolean }> }>, viewerAccess: { enrolled: boolean, canOpen: boolean, progressPercent: number } | null, purchase: { canBuy: boolean, pricesHidden: boolean }, priceForViewer: { saleEndsAt: string | null, list: { fen: number, yuan: string }, final: { fen: number, yuan: string }, discount: { fen: number, yuan: string }, steps: Array<{ kind: PriceStepKind, amount: number, reason: string }> } | null, activeSale: { title: string, endsAt: string, stockLeft: number | null } | null, offers: Array<{ id: string, kind: OfferKind, title: string, isOnSale: boolean, listPrice: { yuan: string } | null }>, reviews: { totalCount: number, nodes: Array<{ id: string, stars: number, text: string | null, status: ReviewStatus, isMine: boolean, helpfulCount: number, createdAt: string, reply: { text: string } | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } | null, groupBuyDeals: Array<{ id: string, groupSize: number, price: number, endsAt: string }> };

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

export type MyFavouriteCoursesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type MyFavouriteCoursesQuery = { myFavorites: { nodes: Array<{ id: string, course: { id: string, title: string, summary: string, coverUrl: string | null, price: number | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type AddFavouriteMutationVariables = Exact<{
  input: FavoriteCourseInput;
}>;


export type AddFavouriteMutation = { favoriteCourse: { isFavorite: boolean | null, errors: Array<
      | { code: string, message: string }
      | { code: string, message: string }
      | { code: string, message: string }
    > | null } };

export type RemoveFavouriteMutationVariables = Exact<{
  input: UnfavoriteCourseInput;
}>;


export type RemoveFavouriteMutation = { unfavoriteCourse: { isFavorite: boolean | null, errors: Array<
      | { code: string, message: string }
      | { code: string, message: string }
    > | null } };

export type GroupBuySeatsFragment = { id: string, dealId: string, kind: OfferKind, offerId: string, status: GroupBuyStatus, size: number, seatsTaken: number, seatsLeft: number, paidCount: number, expiresAt: string, members: Array<{ nickname: string, avatarUrl: string | null, isLeader: boolean, hasPaid: boolean }> };

export type GroupBuyDealsOfCourseQueryVariables = Exact<{
  courseId: string | number;
}>;


export type GroupBuyDealsOfCourseQuery = { course: { id: string, title: string, coverUrl: string | null, price: number | null } | null, groupBuyDeals: Array<{ id: string, groupSize: number, price: number, fillHours: number, startsAt: string, endsAt: string, openGroups: Array<{ id: string, dealId: string, kind: OfferKind, offerId: string, status: GroupBuyStatus, size: number, seatsTaken: number, seatsLeft: number, paidCount: number, expiresAt: string, members: Array<{ nickname: string, avatarUrl: string | null, isLeader: boolean, hasPaid: boolean }> }> }> };

export type GroupBuyDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type GroupBuyDetailQuery = { groupBuy: { id: string, dealId: string, kind: OfferKind, offerId: string, status: GroupBuyStatus, size: number, seatsTaken: number, seatsLeft: number, paidCount: number, expiresAt: string, members: Array<{ nickname: string, avatarUrl: string | null, isLeader: boolean, hasPaid: boolean }> } | null };

export type PlaceGroupBuyOrderMutationVariables = Exact<{
  input: CreateOrderInput;
}>;


export type PlaceGroupBuyOrderMutation = { createOrder: { order: { id: string, status: OrderStatus, amount: { fen: number, yuan: string }, lines: Array<{ groupBuyId: string | null }> } | null, errors: Array<
      | { code: string, message: string }
      | { code: string, message: string }
      | { code: string, message: string }
      | { code: string, message: string }
      | { code: string, message: string }
      | { code: string, message: string }
      | { code: string, message: string }
      | { code: string, message: string }
      | { code: string, message: string }
      | { code: string, message: string }
      | { code: string, message: string }
      | { code: string, message: string }
      | { code: string, message: string }
      | { code: string, message: string }
      | { code: string, message: string }
      | { code: string, message: string }
      | { code: string, message: string }
      | { code: string, message: string }
      | { code: string, message: string }
      | { code: string, message: string }
      | { code: string, message: string }
      | { code: string, message: string }
      | { code: string, message: string }
      | { code: string, message: string }
      | { code: string, message: string }
      | { code: string, message: string }
      | { code: string, message: string }
      | { code: string, message: string }
      | { code: string, message: string }
      | { code: string, message: string }
      | { code: string, message: string }
      | { code: string, message: string }
      | { code: string, message: string }
      | { code: string, message: string }
    > | null } };

export type MyGroupBuySeatsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyGroupBuySeatsQuery = { myGroupBuys: { nodes: Array<{ orderId: string, status: GroupBuyMemberStatus, group: { id: string, dealId: string, kind: OfferKind, offerId: string, status: GroupBuyStatus, size: number, seatsTaken: number, seatsLeft: number, paidCount: number, expiresAt: string, members: Array<{ nickname: string, avatarUrl: string | null, isLeader: boolean, hasPaid: boolean }> } }> } };

export type MyCoursesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type MyCoursesQuery = { myCourses: { nodes: Array<{ progressPercent: number, lastStudiedAt: string | null, expiresAt: string | null, course: { id: string, title: string, coverUrl: string | null, lessonCount: number } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type RedeemCodeMutationVariables = Exact<{
  input: RedeemCodeInput;
}>;


export type RedeemCodeMutation = { redeemCode: { redeemed: { kind: OfferKind, offerId: string, course: { id: string, title: string } | null } | null, errors: Array<
      | { code: string, message: string }
      | { code: string, message: string }
      | { code: string, message: string }
      | { code: string, message: string }
      | { code: string, message: string }
      | { code: string, message: string }
    > | null } };

export type LessonPlayerQueryVariables = Exact<{
  courseId: string | number;
  lessonId: string | number;
}>;


export type LessonPlayerQuery = { course: { id: string, title: string, price: number | null, purchase: { pricesHidden: boolean }, priceForViewer: { final: { yuan: string } } | null, lessons: Array<{ id: string, title: string, kind: LessonKind, durationSeconds: number, isFreePreview: boolean, locked: boolean, media: { url: string, expiresAt: string } | null }>, lesson: { id: string, body: string | null } | null } | null };

export type UpdateLessonProgressMutationVariables = Exact<{
  input: UpdateLessonProgressInput;
}>;


export type UpdateLessonProgressMutation = { updateLessonProgress: { progress: { lessonId: string, percent: number, positionSeconds: number, completedAt: string | null } | null, errors: Array<
      | { code: string, message: string }
      | { code: string, message: string }
      | { code: string, message: string }
      | { code: string, message: string }
      | { code: string, message: string }
    > | null } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, interestTagIds: Array<string>, personalisationConsent: boolean, profile: { nickname: string | null, avatarUrl: string | null } } | null };

export type OrderListItemFragment = { id: string, number: string, title: string, status: OrderStatus, createdAt: string, expiresAt: string, closeReason: OrderCloseReason | null, refundedFen: number, amount: { yuan: string } };

export type OrderRefundFragment = { id: string, reason: string, status: RefundStatus, requestedAt: string, completedAt: string | null, amount: { yuan: string } };

export type OrderDetailFragment = { paidAt: string | null, id: string, number: string, title: string, status: OrderStatus, createdAt: string, expiresAt: string, closeReason: OrderCloseReason | null, refundedFen: number, lines: Array<{ id: string, kind: OfferKind, offerId: string, title: string, list: { yuan: string }, amount: { yuan: string }, refunded: { fen: number, yuan: string }, steps: Array<{ kind: PriceStepKind, amount: number, reason: string }> }>, refunds: Array<{ id: string, reason: string, status: RefundStatus, requestedAt: string, completedAt: string | null, amount: { yuan: string } }>, amount: { yuan: string } };

export type MyOrdersQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  where?: MyOrderFilterInput | null | undefined;
}>;


export type MyOrdersQuery = { myOrders: { nodes: Array<{ id: string, number: string, title: string, status: OrderStatus, createdAt: string, expiresAt: string, closeReason: OrderCloseReason | null, refundedFen: number, amount: { yuan: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type OrderDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type OrderDetailQuery = { order: { paidAt: string | null, id: string, number: string, title: string, status: OrderStatus, createdAt: string, expiresAt: string, closeReason: OrderCloseReason | null, refundedFen: number, lines: Array<{ id: string, kind: OfferKind, offerId: string, title: string, list: { yuan: string }, amount: { yuan: string }, refunded: { fen: number, yuan: string }, steps: Array<{ kind: PriceStepKind, amount: number, reason: string }> }>, refunds: Array<{ id: string, reason: string, status: RefundStatus, requestedAt: string, completedAt: string | null, amount: { yuan: string } }>, amount: { yuan: string } } | null };

export type RequestRefundMutationVariables = Exact<{
  input: RequestRefundInput;
}>;


export type RequestRefundMutation = { requestRefund: { refund: { id: string, reason: string, status: RefundStatus, requestedAt: string, completedAt: string | null, amount: { yuan: string } } | null, order: { paidAt: string | null, id: string, number: string, title: string, status: OrderStatus, createdAt: string, expiresAt: string, closeReason: OrderCloseReason | null, refundedFen: number, lines: Array<{ id: string, kind: OfferKind, offerId: string, title: string, list: { yuan: string }, amount: { yuan: string }, refunded: { fen: number, yuan: string }, steps: Array<{ kind: PriceStepKind, amount: number, reason: string }> }>, refunds: Array<{ id: string, reason: string, status: RefundStatus, requestedAt: string, completedAt: string | null, amount: { yuan: string } }>, amount: { yuan: string } } | null, errors: Array<
      | { code: string, message: string }
      | { code: string, message: string }
      | { code: string, message: string }
      | { code: string, message: string }
      | { code: string, message: string }
      | { code: string, message: string }
      | { code: string, message: string }
      | { code: string, message: string }
      | { code: string, message: string }
      | { code: string, message: string }
      | { code: string, message: string }
      | { code: string, message: string }
      | { code: string, message: string }
      | { code: string, message: string }
      | { code: string, message: string }
      | { code: string, message: string }
    > | null } };

export type PrivacyRequestFieldsFragment = { id: string, kind: PrivacyRequestKind, status: PrivacyRequestStatus, requestedAt: string, completedAt: string | null, cancelledAt: string | null, erasableAt: string | null, export: { expiresAt: string, downloadedAt: string | null, downloadable: boolean } | null };

export type PrivacyCentreQueryVariables = Exact<{ [key: string]: never; }>;


export type PrivacyCentreQuery = { me: { id: string, restrictions: Array<RiskRestriction>, privacyRequests: Array<{ id: string, kind: PrivacyRequestKind, status: PrivacyRequestStatus, requestedAt: string, completedAt: string | null, cancelledAt: string | null, erasableAt: string | null, export: { expiresAt: string, downloadedAt: string | null, downloadable: boolean } | null }>, consentHistory: Array<{ kind: ConsentKind, granted: boolean, source: string, at: string, agreementVersionLabel: string | null }> } | null };

export type RequestDataExportMutationVariables = Exact<{ [key: string]: never; }>;


export type RequestDataExportMutation = { requestDataExport: { privacyRequest: { id: string, kind: PrivacyRequestKind, status: PrivacyRequestStatus, requestedAt: string, completedAt: string | null, cancelledAt: string | null, erasableAt: string | null, export: { expiresAt: string, downloadedAt: string | null, downloadable: boolean } | null } | null, errors: Array<
      | { code: string, message: string }
      | { code: string, message: string }
      | { code: string, message: string }
    > | null } };

export type RequestAccountDeletionMutationVariables = Exact<{ [key: string]: never; }>;


export type RequestAccountDeletionMutation = { requestAccountDeletion: { privacyRequest: { id: string, kind: PrivacyRequestKind, status: PrivacyRequestStatus, requestedAt: string, completedAt: string | null, cancelledAt: string | null, erasableAt: string | null, export: { expiresAt: string, downloadedAt: string | null, downloadable: boolean } | null } | null, errors: Array<
      | { code: string, message: string }
      | { code: string, message: string }
      | { code: string, message: string }
      | { code: string, message: string }
    > | null } };

export type CancelAccountDeletionMutationVariables = Exact<{ [key: string]: never; }>;


export type CancelAccountDeletionMutation = { cancelAccountDeletion: { privacyRequest: { id: string, kind: PrivacyRequestKind, status: PrivacyRequestStatus, requestedAt: string, completedAt: string | null, cancelledAt: string | null, erasableAt: string | null, export: { expiresAt: string, downloadedAt: string | null, downloadable: boolean } | null } | null, errors: Array<
      | { code: string, message: string }
      | { code: string, message: string }
      | { code: string, message: string }
    > | null } };

export type CreateDataExportLinkMutationVariables = Exact<{
  input: CreateDataExportLinkInput;
}>;


export type CreateDataExportLinkMutation = { createDataExportLink: { link: { url: string, expiresAt: string } | null, errors: Array<
      | { code: string, message: string }
      | { code: string, message: string }
      | { code: string, message: string }
      | { code: string, message: string }
    > | null } };

export type OwnProfileFragment = { id: string, heldNickname: string | null, interestTagIds: Array<string>, personalisationConsent: boolean, profile: { nickname: string | null, avatarUrl: string | null, gender: Gender, ageBand: AgeBand, occupation: string | null, city: string | null } };

export type MyAccountQueryVariables = Exact<{ [key: string]: never; }>;


export type MyAccountQuery = { me: { id: string, heldNickname: string | null, interestTagIds: Array<string>, personalisationConsent: boolean, profile: { nickname: string | null, avatarUrl: string | null, gender: Gender, ageBand: AgeBand, occupation: string | null, city: string | null } } | null, myMembership: Array<{ id: string, planId: string, planTitle: string, coversAllCourses: boolean, memberDiscountPercent: number, expiresAt: string }>, myWallet: { balance: { yuan: string } } | null, myCoupons: { totalCount: number }, membershipPlans: Array<{ id: string, title: string, membershipDays: number | null, listPrice: { yuan: string } | null }> };

export type MyProfileQueryVariables = Exact<{ [key: string]: never; }>;


export type MyProfileQuery = { me: { id: string, heldNickname: string | null, interestTagIds: Array<string>, personalisationConsent: boolean, profile: { nickname: string | null, avatarUrl: string | null, gender: Gender, ageBand: AgeBand, occupation: string | null, city: string | null } } | null };

export type InterestChoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type InterestChoicesQuery = { me: { id: string, heldNickname: string | null, interestTagIds: Array<string>, personalisationConsent: boolean, profile: { nickname: string | null, avatarUrl: string | null, gender: Gender, ageBand: AgeBand, occupation: string | null, city: string | null } } | null, tags: { nodes: Array<{ id: string, name: string }> } };

export type UpdateProfileMutationVariables = Exact<{
  input: UpdateProfileInput;
}>;


export type UpdateProfileMutation = { updateProfile: { me: { id: string, heldNickname: string | null, interestTagIds: Array<string>, personalisationConsent: boolean, profile: { nickname: string | null, avatarUrl: string | null, gender: Gender, ageBand: AgeBand, occupation: string | null, city: string | null } } | null, errors: Array<
      | { code: string, message: string }
      | { code: string, message: string }
      | { code: string, message: string }
      | { code: string, message: string }
      | { code: string, message: string }
    > | null } };

export type PromoterCentreQueryVariables = Exact<{ [key: string]: never; }>;


export type PromoterCentreQuery = { myReferrals: { nodes: Array<{ id: string, nickname: string | null, boundAt: string }> }, myPromoter: { id: string, code: string, status: PromoterStatus, referralCount: number, earnings: { pendingFen: number, availableFen: number, heldFen: number, withdrawnFen: number, reversedFen: number }, commissions: { nodes: Array<{ id: string, level: number, amountFen: number, state: CommissionState, createdAt: string, course: { title: string } | null }> }, withdrawals: { nodes: Array<{ id: string, amountFen: number, status: WithdrawalStatus, requestedAt: string, rejectReason: string | null }> } } | null };

export type BecomePromoterMutationVariables = Exact<{ [key: string]: never; }>;


export type BecomePromoterMutation = { applyAsPromoter: { promoter: { id: string, status: PromoterStatus } | null, errors: Array<
      | { code: string, message: string }
      | { code: string, message: string }
    > | null } };

export type RequestCommissionWithdrawalMutationVariables = Exact<{
  input: RequestWithdrawalInput;
}>;


export type RequestCommissionWithdrawalMutation = { requestWithdrawal: { withdrawal: { id: string, amountFen: number, status: WithdrawalStatus } | null, errors: Array<
      | { code: string, message: string }
      | { code: string, message: string }
      | { code: string, message: string }
      | { code: string, message: string }
      | { code: string, message: string }
    > | null } };

export type MyCourseReviewQueryVariables = Exact<{
  courseId: string | number;
}>;


export type MyCourseReviewQuery = { course: { id: string, title: string } | null, myReview: { id: string, stars: number, text: string | null, status: ReviewStatus } | null };

export type SubmitReviewMutationVariables = Exact<{
  input: ReviewCourseInput;
}>;


export type SubmitReviewMutation = { reviewCourse: { review: { id: string, stars: number, text: string | null, status: ReviewStatus } | null, errors: Array<
      | { code: string, message: string }
      | { code: string, message: string }
      | { code: string, message: string }
      | { code: string, message: string }
      | { code: string, message: string }
      | { code: string, message: string }
      | { code: string, message: string }
      | { code: string, message: string }
    > | null } };

export type EditMyReviewMutationVariables = Exact<{
  input: EditReviewInput;
}>;


export type EditMyReviewMutation = { editReview: { review: { id: string, stars: number, text: string | null, status: ReviewStatus } | null, errors: Array<
      | { code: string, message: string }
      | { code: string, message: string }
      | { code: string, message: string }
      | { code: string, message: string }
      | { code: string, message: string }
      | { code: string, message: string }
      | { code: string, message: string }
    > | null } };

export type LoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type LoginMutation = { login: { accessToken: string | null, accessTokenExpiresAt: string | null, refreshToken: string | null, refreshTokenExpiresAt: string | null, errors: Array<
      | { code: string, message: string }
      | { code: string, message: string }
      | { code: string, message: string }
      | { code: string, message: string }
      | { code: string, message: string }
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

export type EnterThroughShareMutationVariables = Exact<{
  input: OpenSharedLinkInput;
}>;


export type EnterThroughShareMutation = { openSharedLink: { openedShare: { shareId: string, courseId: string, firstVisit: boolean } | null, errors: Array<
      | { code: string, message: string }
      | { code: string, message: string }
      | { code: string, message: string }
    > | null } };

export type BindInvitationMutationVariables = Exact<{
  input: BindReferrerInput;
}>;


export type BindInvitationMutation = { bindReferrer: { binding: { promoterCode: string } | null, errors: Array<
      | { code: string, message: string }
      | { code: string, message: string }
      | { code: string, message: string }
      | { code: string, message: string }
      | { code: string, message: string }
      | { code: string, message: string }
      | { code: string, message: string }
    > | null } };

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

export type MyWalletQueryVariables = Exact<{ [key: string]: never; }>;


export type MyWalletQuery = { myWallet: { balance: { yuan: string }, bonusBalance: { yuan: string }, entries: { nodes: Array<{ id: string, kind: WalletEntryKind, reason: string | null, createdAt: string, amount: { fen: number } }> } } | null, topUpOptions: { min: { fen: number }, max: { fen: number }, tiers: Array<{ amount: { fen: number, yuan: string }, bonus: { fen: number, yuan: string } }> } };

export type TopUpMutationVariables = Exact<{
  input: TopUpInput;
}>;


export type TopUpMutation = { topUp: { topUp: { id: string, order: { id: string } | null } | null, errors: Array<
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
export const AgreementToAcceptFragmentDoc = new TypedDocumentString(`
    fragment AgreementToAccept on AgreementVersion {
  id
  kind
  versionLabel
  title
  body
  url
  effectiveAt
}
    `, {"fragmentName":"AgreementToAccept"}) as unknown as TypedDocumentString<AgreementToAcceptFragment, unknown>;
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
export const CheckoutOrderFragmentDoc = new TypedDocumentString(`
    fragment CheckoutOrder on Order {
  id
  title
  status
  amount {
    yuan
  }
  lines {
    groupBuyId
  }
}
    `, {"fragmentName":"CheckoutOrder"}) as unknown as TypedDocumentString<CheckoutOrderFragment, unknown>;
export const CouponTermsFragmentDoc = new TypedDocumentString(`
    fragment CouponTerms on Coupon {
  id
  title
  kind
  thresholdFen
  amountOffFen
  percentOff
  capFen
}
    `, {"fragmentName":"CouponTerms"}) as unknown as TypedDocumentString<CouponTermsFragment, unknown>;
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
export const GroupBuySeatsFragmentDoc = new TypedDocumentString(`
    fragment GroupBuySeats on GroupBuy {
  id
  dealId
  kind
  offerId
  status
  size
  seatsTaken
  seatsLeft
  paidCount
  expiresAt
  members {
    nickname
    avatarUrl
    isLeader
    hasPaid
  }
}
    `, {"fragmentName":"GroupBuySeats"}) as unknown as TypedDocumentString<GroupBuySeatsFragment, unknown>;
export const OrderListItemFragmentDoc = new TypedDocumentString(`
    fragment OrderListItem on Order {
  id
  number
  title
  status
  amount {
    yuan
  }
  createdAt
  expiresAt
  closeReason
  refundedFen
}
    `, {"fragmentName":"OrderListItem"}) as unknown as TypedDocumentString<OrderListItemFragment, unknown>;
export const CheckoutPriceStepFragmentDoc = new TypedDocumentString(`
    fragment CheckoutPriceStep on PriceStep {
  kind
  amount
  reason
}
    `, {"fragmentName":"CheckoutPriceStep"}) as unknown as TypedDocumentString<CheckoutPriceStepFragment, unknown>;
export const OrderRefundFragmentDoc = new TypedDocumentString(`
    fragment OrderRefund on Refund {
  id
  amount {
    yuan
  }
  reason
  status
  requestedAt
  completedAt
}
    `, {"fragmentName":"OrderRefund"}) as unknown as TypedDocumentString<OrderRefundFragment, unknown>;
export const OrderDetailFragmentDoc = new TypedDocumentString(`
    fragment OrderDetail on Order {
  ...OrderListItem
  paidAt
  lines {
    id
    kind
    offerId
    title
    list {
      yuan
    }
    amount {
      yuan
    }
    refunded {
      fen
      yuan
    }
    steps {
      ...CheckoutPriceStep
    }
  }
  refunds {
    ...OrderRefund
  }
}
    fragment CheckoutPriceStep on PriceStep {
  kind
  amount
  reason
}
fragment OrderListItem on Order {
  id
  number
  title
  status
  amount {
    yuan
  }
  createdAt
  expiresAt
  closeReason
  refundedFen
}
fragment OrderRefund on Refund {
  id
  amount {
    yuan
  }
  reason
  status
  requestedAt
  completedAt
}`, {"fragmentName":"OrderDetail"}) as unknown as TypedDocumentString<OrderDetailFragment, unknown>;
export const PrivacyRequestFieldsFragmentDoc = new TypedDocumentString(`
    fragment PrivacyRequestFields on PrivacyRequest {
  id
  kind
  status
  requestedAt
  completedAt
  cancelledAt
  erasableAt
  export {
    expiresAt
    downloadedAt
    downloadable
  }
}
    `, {"fragmentName":"PrivacyRequestFields"}) as unknown as TypedDocumentString<PrivacyRequestFieldsFragment, unknown>;
export const OwnProfileFragmentDoc = new TypedDocumentString(`
    fragment OwnProfile on Me {
  id
  profile {
    nickname
    avatarUrl
    gender
    ageBand
    occupation
    city
  }
  heldNickname
  interestTagIds
  personalisationConsent
}
    `, {"fragmentName":"OwnProfile"}) as unknown as TypedDocumentString<OwnProfileFragment, unknown>;
export const AgreementsToAcceptDocument = new TypedDocumentString(`
    query AgreementsToAccept {
  me {
    id
    agreementsToAccept {
      ...AgreementToAccept
    }
  }
}
    fragment AgreementToAccept on AgreementVersion {
  id
  kind
  versionLabel
  title
  body
  url
  effectiveAt
}`) as unknown as TypedDocumentString<AgreementsToAcceptQuery, AgreementsToAcceptQueryVariables>;
export const AcceptAgreementDocument = new TypedDocumentString(`
    mutation AcceptAgreement($input: AcceptAgreementInput!) {
  acceptAgreement(input: $input) {
    acceptance {
      id
      acceptedAt
    }
    errors {
      ... on Error {
        code
        message
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AcceptAgreementMutation, AcceptAgreementMutationVariables>;
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
export const CheckoutQuoteDocument = new TypedDocumentString(`
    query CheckoutQuote($input: QuoteInput!) {
  quote(input: $input) {
    lines {
      offerId
      kind
      title
      final {
        yuan
      }
      steps {
        ...CheckoutPriceStep
      }
      purchase {
        methods
        canBuy
        pricesHidden
      }
      saleEndsAt
    }
    listTotal {
      yuan
    }
    discount {
      fen
      yuan
    }
    total {
      fen
      yuan
    }
    couponApplied
  }
}
    fragment CheckoutPriceStep on PriceStep {
  kind
  amount
  reason
}`) as unknown as TypedDocumentString<CheckoutQuoteQuery, CheckoutQuoteQueryVariables>;
export const CheckoutCouponsDocument = new TypedDocumentString(`
    query CheckoutCoupons {
  myCoupons(first: 50, state: AVAILABLE) {
    nodes {
      id
      code
      validUntil
      coupon {
        title
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CheckoutCouponsQuery, CheckoutCouponsQueryVariables>;
export const OfferedPaymentMethodsDocument = new TypedDocumentString(`
    query OfferedPaymentMethods {
  paymentMethods
}
    `) as unknown as TypedDocumentString<OfferedPaymentMethodsQuery, OfferedPaymentMethodsQueryVariables>;
export const CreateOrderDocument = new TypedDocumentString(`
    mutation CreateOrder($input: CreateOrderInput!) {
  createOrder(input: $input) {
    order {
      ...CheckoutOrder
    }
    errors {
      ... on Error {
        code
        message
      }
    }
  }
}
    fragment CheckoutOrder on Order {
  id
  title
  status
  amount {
    yuan
  }
  lines {
    groupBuyId
  }
}`) as unknown as TypedDocumentString<CreateOrderMutation, CreateOrderMutationVariables>;
export const CheckoutDocument = new TypedDocumentString(`
    mutation Checkout($input: CheckoutInput!) {
  checkout(input: $input) {
    order {
      ...CheckoutOrder
    }
    payment {
      __typename
      ... on WeChatPayParameters {
        appId
        timeStamp
        nonceStr
        package
        signType
        paySign
      }
      ... on VirtualPaymentParameters {
        signData
        paySig
        signature
        mode
      }
      ... on BalancePayment {
        balance {
          yuan
        }
      }
    }
    errors {
      ... on Error {
        code
        message
      }
    }
  }
}
    fragment CheckoutOrder on Order {
  id
  title
  status
  amount {
    yuan
  }
  lines {
    groupBuyId
  }
}`) as unknown as TypedDocumentString<CheckoutMutation, CheckoutMutationVariables>;
export const SyncOrderPaymentDocument = new TypedDocumentString(`
    mutation SyncOrderPayment($input: SyncOrderPaymentInput!) {
  syncOrderPayment(input: $input) {
    order {
      ...CheckoutOrder
    }
    errors {
      ... on Error {
        code
        message
      }
    }
  }
}
    fragment CheckoutOrder on Order {
  id
  title
  status
  amount {
    yuan
  }
  lines {
    groupBuyId
  }
}`) as unknown as TypedDocumentString<SyncOrderPaymentMutation, SyncOrderPaymentMutationVariables>;
export const CancelOrderDocument = new TypedDocumentString(`
    mutation CancelOrder($input: CancelOrderInput!) {
  cancelOrder(input: $input) {
    order {
      ...CheckoutOrder
    }
    errors {
      ... on Error {
        code
        message
      }
    }
  }
}
    fragment CheckoutOrder on Order {
  id
  title
  status
  amount {
    yuan
  }
  lines {
    groupBuyId
  }
}`) as unknown as TypedDocumentString<CancelOrderMutation, CancelOrderMutationVariables>;
export const MyCouponsDocument = new TypedDocumentString(`
    query MyCoupons($state: UserCouponState, $first: Int, $after: String) {
  myCoupons(state: $state, first: $first, after: $after) {
    nodes {
      id
      code
      state
      validUntil
      coupon {
        ...CouponTerms
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment CouponTerms on Coupon {
  id
  title
  kind
  thresholdFen
  amountOffFen
  percentOff
  capFen
}`) as unknown as TypedDocumentString<MyCouponsQuery, MyCouponsQueryVariables>;
export const ClaimableCouponsDocument = new TypedDocumentString(`
    query ClaimableCoupons {
  claimableCoupons(first: 20) {
    nodes {
      ...CouponTerms
      validDays
      validUntil
    }
  }
}
    fragment CouponTerms on Coupon {
  id
  title
  kind
  thresholdFen
  amountOffFen
  percentOff
  capFen
}`) as unknown as TypedDocumentString<ClaimableCouponsQuery, ClaimableCouponsQueryVariables>;
export const ClaimCouponDocument = new TypedDocumentString(`
    mutation ClaimCoupon($input: ClaimCouponInput!) {
  claimCoupon(input: $input) {
    userCoupon {
      id
    }
    errors {
      ... on Error {
        code
        message
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ClaimCouponMutation, ClaimCouponMutationVariables>;
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
    isFavorite
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
export const MyFavouriteCoursesDocument = new TypedDocumentString(`
    query MyFavouriteCourses($first: Int, $after: String) {
  myFavorites(first: $first, after: $after) {
    nodes {
      id
      course {
        id
        title
        summary
        coverUrl
        price
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<MyFavouriteCoursesQuery, MyFavouriteCoursesQueryVariables>;
export const AddFavouriteDocument = new TypedDocumentString(`
    mutation AddFavourite($input: FavoriteCourseInput!) {
  favoriteCourse(input: $input) {
    isFavorite
    errors {
      ... on Error {
        code
        message
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AddFavouriteMutation, AddFavouriteMutationVariables>;
export const RemoveFavouriteDocument = new TypedDocumentString(`
    mutation RemoveFavourite($input: UnfavoriteCourseInput!) {
  unfavoriteCourse(input: $input) {
    isFavorite
    errors {
      ... on Error {
        code
        message
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RemoveFavouriteMutation, RemoveFavouriteMutationVariables>;
export const GroupBuyDealsOfCourseDocument = new TypedDocumentString(`
    query GroupBuyDealsOfCourse($courseId: ID!) {
  course(id: $courseId) {
    id
    title
    coverUrl
    price
  }
  groupBuyDeals(courseId: $courseId) {
    id
    groupSize
    price
    fillHours
    startsAt
    endsAt
    openGroups {
      ...GroupBuySeats
    }
  }
}
    fragment GroupBuySeats on GroupBuy {
  id
  dealId
  kind
  offerId
  status
  size
  seatsTaken
  seatsLeft
  paidCount
  expiresAt
  members {
    nickname
    avatarUrl
    isLeader
    hasPaid
  }
}`) as unknown as TypedDocumentString<GroupBuyDealsOfCourseQuery, GroupBuyDealsOfCourseQueryVariables>;
export const GroupBuyDetailDocument = new TypedDocumentString(`
    query GroupBuyDetail($id: ID!) {
  groupBuy(id: $id) {
    ...GroupBuySeats
  }
}
    fragment GroupBuySeats on GroupBuy {
  id
  dealId
  kind
  offerId
  status
  size
  seatsTaken
  seatsLeft
  paidCount
  expiresAt
  members {
    nickname
    avatarUrl
    isLeader
    hasPaid
  }
}`) as unknown as TypedDocumentString<GroupBuyDetailQuery, GroupBuyDetailQueryVariables>;
export const PlaceGroupBuyOrderDocument = new TypedDocumentString(`
    mutation PlaceGroupBuyOrder($input: CreateOrderInput!) {
  createOrder(input: $input) {
    order {
      id
      status
      amount {
        fen
        yuan
      }
      lines {
        groupBuyId
      }
    }
    errors {
      ... on Error {
        code
        message
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PlaceGroupBuyOrderMutation, PlaceGroupBuyOrderMutationVariables>;
export const MyGroupBuySeatsDocument = new TypedDocumentString(`
    query MyGroupBuySeats {
  myGroupBuys(first: 20) {
    nodes {
      orderId
      status
      group {
        ...GroupBuySeats
      }
    }
  }
}
    fragment GroupBuySeats on GroupBuy {
  id
  dealId
  kind
  offerId
  status
  size
  seatsTaken
  seatsLeft
  paidCount
  expiresAt
  members {
    nickname
    avatarUrl
    isLeader
    hasPaid
  }
}`) as unknown as TypedDocumentString<MyGroupBuySeatsQuery, MyGroupBuySeatsQueryVariables>;
export const MyCoursesDocument = new TypedDocumentString(`
    query MyCourses($first: Int, $after: String) {
  myCourses(first: $first, after: $after) {
    nodes {
      course {
        id
        title
        coverUrl
        lessonCount
      }
      progressPercent
      lastStudiedAt
      expiresAt
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<MyCoursesQuery, MyCoursesQueryVariables>;
export const RedeemCodeDocument = new TypedDocumentString(`
    mutation RedeemCode($input: RedeemCodeInput!) {
  redeemCode(input: $input) {
    redeemed {
      kind
      offerId
      course {
        id
        title
      }
    }
    errors {
      ... on Error {
        code
        message
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RedeemCodeMutation, RedeemCodeMutationVariables>;
export const LessonPlayerDocument = new TypedDocumentString(`
    query LessonPlayer($courseId: ID!, $lessonId: ID!) {
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
      media {
        url
        expiresAt
      }
    }
    lesson(id: $lessonId) {
      id
      body
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
export const MyOrdersDocument = new TypedDocumentString(`
    query MyOrders($first: Int, $after: String, $where: MyOrderFilterInput) {
  myOrders(first: $first, after: $after, where: $where) {
    nodes {
      ...OrderListItem
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment OrderListItem on Order {
  id
  number
  title
  status
  amount {
    yuan
  }
  createdAt
  expiresAt
  closeReason
  refundedFen
}`) as unknown as TypedDocumentString<MyOrdersQuery, MyOrdersQueryVariables>;
export const OrderDetailDocument = new TypedDocumentString(`
    query OrderDetail($id: ID!) {
  order(id: $id) {
    ...OrderDetail
  }
}
    fragment CheckoutPriceStep on PriceStep {
  kind
  amount
  reason
}
fragment OrderListItem on Order {
  id
  number
  title
  status
  amount {
    yuan
  }
  createdAt
  expiresAt
  closeReason
  refundedFen
}
fragment OrderRefund on Refund {
  id
  amount {
    yuan
  }
  reason
  status
  requestedAt
  completedAt
}
fragment OrderDetail on Order {
  ...OrderListItem
  paidAt
  lines {
    id
    kind
    offerId
    title
    list {
      yuan
    }
    amount {
      yuan
    }
    refunded {
      fen
      yuan
    }
    steps {
      ...CheckoutPriceStep
    }
  }
  refunds {
    ...OrderRefund
  }
}`) as unknown as TypedDocumentString<OrderDetailQuery, OrderDetailQueryVariables>;
export const RequestRefundDocument = new TypedDocumentString(`
    mutation RequestRefund($input: RequestRefundInput!) {
  requestRefund(input: $input) {
    refund {
      ...OrderRefund
    }
    order {
      ...OrderDetail
    }
    errors {
      ... on Error {
        code
        message
      }
    }
  }
}
    fragment CheckoutPriceStep on PriceStep {
  kind
  amount
  reason
}
fragment OrderListItem on Order {
  id
  number
  title
  status
  amount {
    yuan
  }
  createdAt
  expiresAt
  closeReason
  refundedFen
}
fragment OrderRefund on Refund {
  id
  amount {
    yuan
  }
  reason
  status
  requestedAt
  completedAt
}
fragment OrderDetail on Order {
  ...OrderListItem
  paidAt
  lines {
    id
    kind
    offerId
    title
    list {
      yuan
    }
    amount {
      yuan
    }
    refunded {
      fen
      yuan
    }
    steps {
      ...CheckoutPriceStep
    }
  }
  refunds {
    ...OrderRefund
  }
}`) as unknown as TypedDocumentString<RequestRefundMutation, RequestRefundMutationVariables>;
export const PrivacyCentreDocument = new TypedDocumentString(`
    query PrivacyCentre {
  me {
    id
    restrictions
    privacyRequests {
      ...PrivacyRequestFields
    }
    consentHistory {
      kind
      granted
      source
      at
      agreementVersionLabel
    }
  }
}
    fragment PrivacyRequestFields on PrivacyRequest {
  id
  kind
  status
  requestedAt
  completedAt
  cancelledAt
  erasableAt
  export {
    expiresAt
    downloadedAt
    downloadable
  }
}`) as unknown as TypedDocumentString<PrivacyCentreQuery, PrivacyCentreQueryVariables>;
export const RequestDataExportDocument = new TypedDocumentString(`
    mutation RequestDataExport {
  requestDataExport {
    privacyRequest {
      ...PrivacyRequestFields
    }
    errors {
      ... on Error {
        code
        message
      }
    }
  }
}
    fragment PrivacyRequestFields on PrivacyRequest {
  id
  kind
  status
  requestedAt
  completedAt
  cancelledAt
  erasableAt
  export {
    expiresAt
    downloadedAt
    downloadable
  }
}`) as unknown as TypedDocumentString<RequestDataExportMutation, RequestDataExportMutationVariables>;
export const RequestAccountDeletionDocument = new TypedDocumentString(`
    mutation RequestAccountDeletion {
  requestAccountDeletion {
    privacyRequest {
      ...PrivacyRequestFields
    }
    errors {
      ... on Error {
        code
        message
      }
    }
  }
}
    fragment PrivacyRequestFields on PrivacyRequest {
  id
  kind
  status
  requestedAt
  completedAt
  cancelledAt
  erasableAt
  export {
    expiresAt
    downloadedAt
    downloadable
  }
}`) as unknown as TypedDocumentString<RequestAccountDeletionMutation, RequestAccountDeletionMutationVariables>;
export const CancelAccountDeletionDocument = new TypedDocumentString(`
    mutation CancelAccountDeletion {
  cancelAccountDeletion {
    privacyRequest {
      ...PrivacyRequestFields
    }
    errors {
      ... on Error {
        code
        message
      }
    }
  }
}
    fragment PrivacyRequestFields on PrivacyRequest {
  id
  kind
  status
  requestedAt
  completedAt
  cancelledAt
  erasableAt
  export {
    expiresAt
    downloadedAt
    downloadable
  }
}`) as unknown as TypedDocumentString<CancelAccountDeletionMutation, CancelAccountDeletionMutationVariables>;
export const CreateDataExportLinkDocument = new TypedDocumentString(`
    mutation CreateDataExportLink($input: CreateDataExportLinkInput!) {
  createDataExportLink(input: $input) {
    link {
      url
      expiresAt
    }
    errors {
      ... on Error {
        code
        message
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CreateDataExportLinkMutation, CreateDataExportLinkMutationVariables>;
export const MyAccountDocument = new TypedDocumentString(`
    query MyAccount {
  me {
    ...OwnProfile
  }
  myMembership {
    id
    planId
    planTitle
    coversAllCourses
    memberDiscountPercent
    expiresAt
  }
  myWallet {
    balance {
      yuan
    }
  }
  myCoupons(state: AVAILABLE, first: 1) {
    totalCount
  }
  membershipPlans {
    id
    title
    membershipDays
    listPrice {
      yuan
    }
  }
}
    fragment OwnProfile on Me {
  id
  profile {
    nickname
    avatarUrl
    gender
    ageBand
    occupation
    city
  }
  heldNickname
  interestTagIds
  personalisationConsent
}`) as unknown as TypedDocumentString<MyAccountQuery, MyAccountQueryVariables>;
export const MyProfileDocument = new TypedDocumentString(`
    query MyProfile {
  me {
    ...OwnProfile
  }
}
    fragment OwnProfile on Me {
  id
  profile {
    nickname
    avatarUrl
    gender
    ageBand
    occupation
    city
  }
  heldNickname
  interestTagIds
  personalisationConsent
}`) as unknown as TypedDocumentString<MyProfileQuery, MyProfileQueryVariables>;
export const InterestChoicesDocument = new TypedDocumentString(`
    query InterestChoices {
  me {
    ...OwnProfile
  }
  tags(first: 50) {
    nodes {
      id
      name
    }
  }
}
    fragment OwnProfile on Me {
  id
  profile {
    nickname
    avatarUrl
    gender
    ageBand
    occupation
    city
  }
  heldNickname
  interestTagIds
  personalisationConsent
}`) as unknown as TypedDocumentString<InterestChoicesQuery, InterestChoicesQueryVariables>;
export const UpdateProfileDocument = new TypedDocumentString(`
    mutation UpdateProfile($input: UpdateProfileInput!) {
  updateProfile(input: $input) {
    me {
      ...OwnProfile
    }
    errors {
      ... on Error {
        code
        message
      }
    }
  }
}
    fragment OwnProfile on Me {
  id
  profile {
    nickname
    avatarUrl
    gender
    ageBand
    occupation
    city
  }
  heldNickname
  interestTagIds
  personalisationConsent
}`) as unknown as TypedDocumentString<UpdateProfileMutation, UpdateProfileMutationVariables>;
export const PromoterCentreDocument = new TypedDocumentString(`
    query PromoterCentre {
  myReferrals(first: 20) {
    nodes {
      id
      nickname
      boundAt
    }
  }
  myPromoter {
    id
    code
    status
    referralCount
    earnings {
      pendingFen
      availableFen
      heldFen
      withdrawnFen
      reversedFen
    }
    commissions(first: 20) {
      nodes {
        id
        level
        amountFen
        state
        createdAt
        course {
          title
        }
      }
    }
    withdrawals(first: 20) {
      nodes {
        id
        amountFen
        status
        requestedAt
        rejectReason
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PromoterCentreQuery, PromoterCentreQueryVariables>;
export const BecomePromoterDocument = new TypedDocumentString(`
    mutation BecomePromoter {
  applyAsPromoter {
    promoter {
      id
      status
    }
    errors {
      ... on Error {
        code
        message
      }
    }
  }
}
    `) as unknown as TypedDocumentString<BecomePromoterMutation, BecomePromoterMutationVariables>;
export const RequestCommissionWithdrawalDocument = new TypedDocumentString(`
    mutation RequestCommissionWithdrawal($input: RequestWithdrawalInput!) {
  requestWithdrawal(input: $input) {
    withdrawal {
      id
      amountFen
      status
    }
    errors {
      ... on Error {
        code
        message
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RequestCommissionWithdrawalMutation, RequestCommissionWithdrawalMutationVariables>;
export const MyCourseReviewDocument = new TypedDocumentString(`
    query MyCourseReview($courseId: ID!) {
  course(id: $courseId) {
    id
    title
  }
  myReview(courseId: $courseId) {
    id
    stars
    text
    status
  }
}
    `) as unknown as TypedDocumentString<MyCourseReviewQuery, MyCourseReviewQueryVariables>;
export const SubmitReviewDocument = new TypedDocumentString(`
    mutation SubmitReview($input: ReviewCourseInput!) {
  reviewCourse(input: $input) {
    review {
      id
      stars
      text
      status
    }
    errors {
      ... on Error {
        code
        message
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SubmitReviewMutation, SubmitReviewMutationVariables>;
export const EditMyReviewDocument = new TypedDocumentString(`
    mutation EditMyReview($input: EditReviewInput!) {
  editReview(input: $input) {
    review {
      id
      stars
      text
      status
    }
    errors {
      ... on Error {
        code
        message
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EditMyReviewMutation, EditMyReviewMutationVariables>;
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
export const EnterThroughShareDocument = new TypedDocumentString(`
    mutation EnterThroughShare($input: OpenSharedLinkInput!) {
  openSharedLink(input: $input) {
    openedShare {
      shareId
      courseId
      firstVisit
    }
    errors {
      ... on Error {
        code
        message
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EnterThroughShareMutation, EnterThroughShareMutationVariables>;
export const BindInvitationDocument = new TypedDocumentString(`
    mutation BindInvitation($input: BindReferrerInput!) {
  bindReferrer(input: $input) {
    binding {
      promoterCode
    }
    errors {
      ... on Error {
        code
        message
      }
    }
  }
}
    `) as unknown as TypedDocumentString<BindInvitationMutation, BindInvitationMutationVariables>;
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
export const MyWalletDocument = new TypedDocumentString(`
    query MyWallet {
  myWallet {
    balance {
      yuan
    }
    bonusBalance {
      yuan
    }
    entries(first: 20) {
      nodes {
        id
        kind
        amount {
          fen
        }
        reason
        createdAt
      }
    }
  }
  topUpOptions {
    min {
      fen
    }
    max {
      fen
    }
    tiers {
      amount {
        fen
        yuan
      }
      bonus {
        fen
        yuan
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MyWalletQuery, MyWalletQueryVariables>;
export const TopUpDocument = new TypedDocumentString(`
    mutation TopUp($input: TopUpInput!) {
  topUp(input: $input) {
    topUp {
      id
      order {
        id
      }
    }
    errors {
      ... on Error {
        code
        message
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TopUpMutation, TopUpMutationVariables>;