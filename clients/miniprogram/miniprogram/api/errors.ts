/** A failure the learner can be told about: the API's typed error code and a message in their words. */
export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export const NETWORK_LOST = 'NETWORK_LOST';
export const PAYMENT_CANCELLED = 'PAYMENT_CANCELLED';
export const PAYMENT_REJECTED = 'PAYMENT_REJECTED';
export const SESSION_ENDED = 'SESSION_ENDED';
export const LOGIN_STEP_UP_REQUIRED = 'LOGIN_STEP_UP_REQUIRED';

// What a learner reads for the codes they can meet; anything else falls back to the server's message, which the
// API promises is safe to show.
const messages: Record<string, string> = {
  [NETWORK_LOST]: '网络不太顺畅，请检查网络后重试',
  [PAYMENT_CANCELLED]: '支付已取消，可在“我的订单”中继续支付',
  [SESSION_ENDED]: '登录已过期，请重新登录',
  AUTH_NOT_AUTHENTICATED: '请先登录',
  AUTH_NOT_AUTHORIZED: '没有权限进行此操作',
  BAD_USER_INPUT: '填写的内容有误，请检查后重试',
  NOT_FOUND: '内容不存在或已下架',
  COURSE_ALREADY_OWNED: '你已拥有该课程，无需重复购买',
  OFFER_ALREADY_OWNED: '你已拥有其中的课程，无需重复购买',
  ALREADY_ENROLLED: '你已拥有该课程，无需重复购买',
  COURSE_NOT_ON_SALE: '该课程暂未开售',
  OFFER_NOT_ON_SALE: '该商品暂未开售',
  SALE_ENDED: '限时优惠已结束，请按当前价格购买',
  SALE_SOLD_OUT: '秒杀名额已抢完',
  SALE_LIMIT_REACHED: '已达到本次活动的限购数量',
  PRICE_CHANGED: '价格有变动，请确认新价格后再下单',
  COUPON_EXPIRED: '优惠券已过期',
  COUPON_USED: '优惠券已使用',
  COUPON_NOT_APPLICABLE: '该优惠券不适用于当前商品',
  ORDER_ALREADY_PAID: '订单已支付',
  ORDER_CLOSED: '订单已关闭，请重新下单',
  ORDER_EXPIRED: '订单已超时，请重新下单',
  PAYMENT_IN_PROGRESS: '订单正在支付中，请稍候',
  PAYMENT_REJECTED: '支付未成功，请换一种方式重试',
  PAYMENT_PROVIDER_UNAVAILABLE: '支付服务暂时不可用，请稍后再试',
  WALLET_INSUFFICIENT_BALANCE: '余额不足，请充值或换一种支付方式',
  WALLET_RECENT_LOGIN_REQUIRED: '为保障资金安全，请重新登录后再使用余额',
  LESSON_LOCKED: '购买后即可学习本节',
  NOT_ENROLLED: '购买后即可学习',
  REFUND_WINDOW_PASSED: '已超过可退款期限',
  REFUND_IN_PROGRESS: '退款正在处理中',
  REFUND_PROGRESS_TOO_HIGH: '学习进度已超过可退款范围',
  REFUND_LIMIT_REACHED: '退款次数已达上限',
  REFUND_RESTRICTED: '退款申请需人工审核，请联系客服',
  ORDER_NOT_REFUNDABLE: '该订单不支持退款',
  LOGIN_RATE_LIMITED: '操作太频繁，请稍后再试',
  LOGIN_BLOCKED: '账号暂时无法登录，请联系客服',
  WECHAT_UNAVAILABLE: '微信服务暂时不可用，请稍后再试',
  STREAM_LIMIT_REACHED: '该账号正在其他设备上学习',
  // Buying, paying and refunds (checkout, orders).
  PURCHASE_NOT_OFFERED: '当前设备暂不支持购买该内容',
  PAYMENT_METHOD_NOT_ALLOWED: '当前设备不支持该支付方式，请换一种方式',
  COURSE_IS_FREE: '该课程免费，无需购买',
  ORDER_NOTHING_TO_PAY: '该订单无需支付',
  ORDER_CLIENT_KEY_REUSED: '订单信息有变动，请重新提交',
  CART_EMPTY: '请选择要购买的内容',
  CART_TOO_MANY_LINES: '一次购买的内容太多，请分开下单',
  CART_DUPLICATE_LINE: '同一内容不能重复购买',
  COUPON_UNKNOWN: '优惠券不存在，请检查券码',
  COUPON_ENDED: '该优惠券活动已结束',
  COUPON_NOT_YET_VALID: '该优惠券还未到使用时间',
  COUPON_IN_USE: '该优惠券正被另一笔待支付订单使用',
  COUPON_NEWCOMER_ONLY: '该优惠券仅限首单使用',
  COUPON_OUT_OF_STOCK: '优惠券已被领完',
  COUPON_PER_USER_LIMIT_REACHED: '该优惠券已达到领取上限',
  COUPON_FOREIGN: '该优惠券不属于你',
  VIRTUAL_PAYMENT_NO_PRODUCT: '该价格暂不支持虚拟支付，请换一种方式',
  VIRTUAL_PAYMENT_LOGIN_REQUIRED: '请重新登录后再支付',
  REFUND_AMOUNT_INVALID: '退款金额有误',
  REFUND_REJECTED: '退款申请未通过',
  GIFT_CLAIMED_NOT_REFUNDABLE: '礼物已被领取，无法退款',
  WALLET_TOP_UP_SPENT: '充值的余额已使用，无法退款',
  ORDER_LINE_NOT_FOUND: '订单中没有该内容',
  CONFLICT: '操作太快了，请稍后重试',
  CONTENT_REFUSED: '内容包含不当信息，请修改后再提交',
  REVIEW_NOT_ENTITLED: '购买课程后才能评价',
  REVIEW_ALREADY_EXISTS: '你已评价过该课程，可以修改原评价',
  REVIEW_INVALID_STARS: '请选择 1 到 5 颗星',
  REVIEW_INVALID_TEXT: '评价内容最多 2000 字',
  REVIEW_NOT_FOUND: '评价不存在或已被删除',
  GROUP_FULL: '该团已满员，换一个团或自己开团吧',
  GROUP_EXPIRED: '该团已过期，换一个团或自己开团吧',
  GROUP_BUY_ALREADY_JOINED: '你已在该课程的拼团中，无需重复参团',
  GROUP_BUY_DEAL_NOT_ACTIVE: '拼团活动未开始或已结束',
  GROUP_BUY_CART_INVALID: '拼团只能购买一门课程给自己，且不能使用优惠券',
  SHARE_NOT_FOUND: '分享链接已失效',
  PROMOTER_CODE_UNKNOWN: '邀请码不存在',
  PROMOTER_REQUIRED: '成为推广员后才能提现',
  WITHDRAWAL_EXCEEDS_BALANCE: '提现金额超过可提现余额',
  WITHDRAWAL_AMOUNT_INVALID: '请输入正确的提现金额',
  WITHDRAWAL_KEY_REUSED: '上一笔提现申请已提交，请刷新后再试',
  // Profile, onboarding, coupons, redeem codes and the wallet (the me pages).
  USER_INVALID_PROFILE: '资料填写有误，请检查后重试',
  USER_TOO_MANY_INTERESTS: '最多选择 10 个兴趣',
  USER_UNKNOWN_INTERESTS: '部分兴趣已下线，请重新选择',
  COUPON_NOT_CLAIMABLE: '这张优惠券不能领取',
  REDEEM_CODE_INVALID: '兑换码不正确，请检查后重试',
  REDEEM_CODE_USED: '兑换码已被使用',
  REDEEM_CODE_EXPIRED: '兑换码已过期',
  REDEEM_RATE_LIMITED: '尝试次数过多，请稍后再试',
  WALLET_TOP_UP_AMOUNT_INVALID: '充值金额不在可选范围内',
  SHARE_COURSE_NOT_PUBLISHED: '课程尚未上架，暂时不能分享',
  // Privacy centre, agreements and the account checks that guard against abuse (issue 19).
  PRIVACY_REQUEST_ALREADY_PENDING: '你已有一个同类申请在处理中，请等待处理完成',
  PRIVACY_LAST_ADMIN: '该账号是最后一个管理员账号，暂不能注销',
  PRIVACY_NO_PENDING_ACCOUNT_DELETION: '没有待撤销的注销申请',
  PRIVACY_EXPORT_NOT_FOUND: '数据导出还在生成中，请稍后再试',
  PRIVACY_EXPORT_ALREADY_DOWNLOADED: '该数据导出已下载过，只能下载一次，如需再次下载请重新申请',
  PRIVACY_EXPORT_EXPIRED: '该数据导出已过期，请重新申请',
  AGREEMENT_VERSION_NOT_FOUND: '协议版本不存在，请刷新后重试',
  AGREEMENT_VERSION_SUPERSEDED: '协议已有新版本，请阅读新版本后再同意',
  AGREEMENT_VERSION_NOT_YET_EFFECTIVE: '该协议版本尚未生效',
  [LOGIN_STEP_UP_REQUIRED]: '为保障账号安全，请验证手机号后再登录',
  LOGIN_STEP_UP_FAILED: '手机号与账号绑定的号码不一致',
  PHONE_CODE_INVALID: '手机号验证已失效，请重新点击验证',
};

/** The message a learner sees for <code>; the server's own message when there is no better one. */
export function userMessage(code: string, serverMessage?: string): string {
  return messages[code] ?? serverMessage ?? '出了点问题，请稍后再试';
}

/** A typed error the API returned in a payload's errors list, as an ApiError. */
export function toApiError(error: { code: string; message: string }): ApiError {
  return new ApiError(error.code, userMessage(error.code, error.message));
}

/** Throws the first typed error of a mutation payload (`errors: [XError!]`), so callers handle one kind of failure. */
export function throwIfErrors(errors: readonly { code: string; message: string }[] | null | undefined): void {
  const first = errors?.[0];
  if (first !== undefined) {
    throw toApiError(first);
  }
}

/**
 * Whether `error` is an ApiError. Told by its name rather than instanceof, because page tests load a page's modules
 * apart from the test's own, so an ApiError made on one side is not an instance of the other side's class.
 */
export function isApiError(error: unknown): error is ApiError {
  return error instanceof Error && error.name === 'ApiError' && typeof (error as Partial<ApiError>).code === 'string';
}

/** Whether `error` is the API's typed error `code`. */
export function hasCode(error: unknown, code: string): boolean {
  return isApiError(error) && error.code === code;
}

/** Any failure as the message a learner reads. */
export function messageOf(error: unknown): string {
  return isApiError(error) ? error.message : userMessage('');
}
