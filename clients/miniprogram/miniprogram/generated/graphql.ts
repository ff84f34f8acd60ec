/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** An age range rather than a birth date. */
export type AgeBand =
  | 'FROM_18_TO_24'
  | 'FROM_25_TO_34'
  | 'FROM_35_TO_44'
  | 'FROM_45_TO_54'
  | 'FROM_55'
  | 'UNDER_18'
  | 'UNSPECIFIED';

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

/** 满减 (amount off over a threshold), 折扣 (percent off, capped), 无门槛 (amount off) or 新人券 (first paid order only). */
export type CouponKind =
  | 'AMOUNT_OFF'
  | 'AMOUNT_OFF_OVER_THRESHOLD'
  | 'NEWCOMER_AMOUNT_OFF'
  | 'PERCENT_OFF';

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

export type QuoteInput = {
  /** A coupon to apply: one of myCoupons, or a code typed in. */
  couponCode?: string | null | undefined;
  /** Price the one line in a group (拼团), as createOrder would. */
  groupBuy?: GroupBuyInput | null | undefined;
  /** What to buy. */
  lines: Array<CartLineInput>;
};

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

export type CheckoutPriceStepFragment = { kind: PriceStepKind, amount: number, reason: string };

export type CheckoutOrderFragment = { id: string, number: string, title: string, status: OrderStatus, expiresAt: string, paidAt: string | null, closeReason: OrderCloseReason | null, amount: { fen: number, yuan: string }, lines: Array<{ groupBuyId: string | null }> };

export type CheckoutQuoteQueryVariables = Exact<{
  input: QuoteInput;
}>;


export type CheckoutQuoteQuery = { quote: { couponApplied: boolean, lines: Array<{ offerId: string, kind: OfferKind, title: string, saleEndsAt: string | null, list: { yuan: string }, final: { yuan: string }, discount: { fen: number, yuan: string }, steps: Array<{ kind: PriceStepKind, amount: number, reason: string }>, purchase: { methods: Array<PaymentMethod>, canBuy: boolean, pricesHidden: boolean } }>, listTotal: { yuan: string }, discount: { fen: number, yuan: string }, total: { fen: number, yuan: string } } };

export type CheckoutCouponsQueryVariables = Exact<{ [key: string]: never; }>;


export type CheckoutCouponsQuery = { myCoupons: { nodes: Array<{ id: string, code: string, validUntil: string, coupon: { title: string } | null }> } };

export type OfferedPaymentMethodsQueryVariables = Exact<{ [key: string]: never; }>;


export type OfferedPaymentMethodsQuery = { paymentMethods: Array<PaymentMethod> };

export type CreateOrderMutationVariables = Exact<{
  input: CreateOrderInput;
}>;


export type CreateOrderMutation = { createOrder: { order: { id: string, number: string, title: string, status: OrderStatus, expiresAt: string, paidAt: string | null, closeReason: OrderCloseReason | null, amount: { fen: number, yuan: string }, lines: Array<{ groupBuyId: string | null }> } | null, errors: Array<
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


export type CheckoutMutation = { checkout: { order: { id: string, number: string, title: string, status: OrderStatus, expiresAt: string, paidAt: string | null, closeReason: OrderCloseReason | null, amount: { fen: number, yuan: string }, lines: Array<{ groupBuyId: string | null }> } | null, payment:
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


export type SyncOrderPaymentMutation = { syncOrderPayment: { order: { id: string, number: string, title: string, status: OrderStatus, expiresAt: string, paidAt: string | null, closeReason: OrderCloseReason | null, amount: { fen: number, yuan: string }, lines: Array<{ groupBuyId: string | null }> } | null, errors: Array<
      | { code: string, message: string }
      | { code: string, message: string }
      | { code: string, message: string }
      | { code: string, message: string }
      | { code: string, message: string }
    > | null } };

export type CancelOrderMutationVariables = Exact<{
  input: CancelOrderInput;
}>;


export type CancelOrderMutation = { cancelOrder: { order: { id: string, number: string, title: string, status: OrderStatus, expiresAt: string, paidAt: string | null, closeReason: OrderCloseReason | null, amount: { fen: number, yuan: string }, lines: Array<{ groupBuyId: string | null }> } | null, errors: Array<
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

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, interestTagIds: Array<string>, personalisationConsent: boolean, profile: { nickname: string | null, avatarUrl: string | null } } | null };

export type OrderListItemFragment = { id: string, number: string, title: string, status: OrderStatus, createdAt: string, expiresAt: string, closeReason: OrderCloseReason | null, refundedFen: number, amount: { yuan: string } };

export type OrderRefundFragment = { id: string, reason: string, status: RefundStatus, requestedAt: string, completedAt: string | null, amount: { yuan: string } };

export type OrderDetailFragment = { paidAt: string | null, id: string, number: string, title: string, status: OrderStatus, createdAt: string, expiresAt: string, closeReason: OrderCloseReason | null, refundedFen: number, lines: Array<{ id: string, kind: OfferKind, offerId: string, title: string, list: { yuan: string }, amount: { yuan: string }, refunded: { fen: number, yuan: string }, steps: Array<{ kind: PriceStepKind, amount: number, reason: string }> }>, refunds: Array<{ id: string, reason: string, status: RefundStatus, requestedAt: string, completedAt: string | null, amount: { yuan: string } }>, amount: { yuan: string } };

export type MyOrdersQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
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
export const CheckoutOrderFragmentDoc = new TypedDocumentString(`
    fragment CheckoutOrder on Order {
  id
  number
  title
  status
  amount {
    fen
    yuan
  }
  expiresAt
  paidAt
  closeReason
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
export const CheckoutQuoteDocument = new TypedDocumentString(`
    query CheckoutQuote($input: QuoteInput!) {
  quote(input: $input) {
    lines {
      offerId
      kind
      title
      list {
        yuan
      }
      final {
        yuan
      }
      discount {
        fen
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
  number
  title
  status
  amount {
    fen
    yuan
  }
  expiresAt
  paidAt
  closeReason
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
  number
  title
  status
  amount {
    fen
    yuan
  }
  expiresAt
  paidAt
  closeReason
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
  number
  title
  status
  amount {
    fen
    yuan
  }
  expiresAt
  paidAt
  closeReason
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
  number
  title
  status
  amount {
    fen
    yuan
  }
  expiresAt
  paidAt
  closeReason
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
    query MyOrders($first: Int, $after: String) {
  myOrders(first: $first, after: $after) {
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