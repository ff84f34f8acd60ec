import { throwIfErrors } from '../api/errors';
import { MyCoursesDocument, type OfferKind, RedeemCodeDocument } from '../generated/graphql';
import { formatDay } from '../ui/format';
import type { Api } from './api';

export interface MyCourseView {
  courseId: string;
  title: string;
  coverUrl: string;
  progressPercent: number;
  /** 未开始, 已学 40% or 已学完 */
  progressLabel: string;
  /** e.g. 上次学习 2026-12-03, or the lesson count before the first lesson */
  detail: string;
  /** e.g. 2027-01-01 到期; empty for access that lasts */
  expiry: string;
}

export interface MyCoursesPage {
  courses: MyCourseView[];
  /** Where the next page starts; null on the last page. */
  nextCursor: string | null;
}

export interface RedeemedView {
  kind: OfferKind;
  /** The course to open, when the code gave one course; null for a bundle or a membership. */
  courseId: string | null;
  /** What the learner got, in words, e.g. 已兑换《课程名》 */
  message: string;
}

const PAGE_SIZE = 10;

/** The courses the learner may study, newest first, a page at a time. */
export async function loadMyCourses(api: Api, after: string | null = null): Promise<MyCoursesPage> {
  const { myCourses } = await api.client.request(MyCoursesDocument, { first: PAGE_SIZE, after });
  return {
    courses: myCourses.nodes.map((node) => ({
      courseId: node.course.id,
      title: node.course.title,
      coverUrl: node.course.coverUrl ?? '',
      progressPercent: node.progressPercent,
      progressLabel: progressLabel(node.progressPercent, node.lastStudiedAt),
      detail: node.lastStudiedAt ? `上次学习 ${formatDay(node.lastStudiedAt)}` : `共 ${node.course.lessonCount} 节`,
      expiry: node.expiresAt ? `${formatDay(node.expiresAt)} 到期` : '',
    })),
    nextCursor: myCourses.pageInfo.hasNextPage ? myCourses.pageInfo.endCursor : null,
  };
}

function progressLabel(percent: number, lastStudiedAt: string | null): string {
  if (percent >= 100) {
    return '已学完';
  }
  return percent === 0 && lastStudiedAt === null ? '未开始' : `已学 ${percent}%`;
}

/** Spends a redeem code (兑换码); case, spaces and dashes do not matter to the server. */
export async function redeemCode(api: Api, code: string): Promise<RedeemedView> {
  const { redeemCode: payload } = await api.client.request(RedeemCodeDocument, { input: { code: code.trim() } });
  throwIfErrors(payload.errors);
  const redeemed = payload.redeemed;
  if (redeemed === null) {
    throw new Error('redeemCode answered neither what it gave nor why not');
  }
  return {
    kind: redeemed.kind,
    courseId: redeemed.course?.id ?? null,
    message: redeemed.course ? `已兑换《${redeemed.course.title}》` : redeemedMessages[redeemed.kind],
  };
}

const redeemedMessages: Record<OfferKind, string> = {
  COURSE: '兑换成功',
  BUNDLE: '兑换成功，套餐内课程已加入“我的课程”',
  MEMBERSHIP: '兑换成功，会员已生效',
  WALLET_TOP_UP: '兑换成功',
};
