import { ApiError, throwIfErrors, userMessage } from '../api/errors';
import {
  GroupBuyDealsOfCourseDocument,
  GroupBuyDetailDocument,
  type GroupBuySeatsFragment,
  PlaceGroupBuyOrderDocument,
} from '../generated/graphql';
import { formatYuan, priceText } from '../ui/format';
import type { Api } from './api';

export interface GroupMember {
  nickname: string;
  avatarUrl: string;
  isLeader: boolean;
  hasPaid: boolean;
}

/** One group (团) as the page shows it. */
export interface GroupView {
  id: string;
  dealId: string;
  statusText: string;
  seatsLeft: number;
  expiresAt: string;
  members: GroupMember[];
  /** Open with a free seat: the learner may join it. */
  joinable: boolean;
}

export interface DealView {
  id: string;
  groupSize: number;
  priceFen: number;
  priceText: string;
  fillHours: number;
}

/** A course's 拼团: the deal running on it, its open groups, and the group the learner came for (from a shared link). */
export interface GroupBuyView {
  courseId: string;
  courseTitle: string;
  coverUrl: string;
  listPriceText: string;
  deal: DealView | null;
  focus: GroupView | null;
  openGroups: GroupView[];
}

export interface GroupBuyTarget {
  courseId: string;
  dealId: string;
  /** The group to join; left out to open a new one as its leader. */
  groupId?: string;
  /** The group price the learner saw; the order is refused if the price changed since. */
  expectedTotalFen: number;
  /** Made once per attempt, so a retry after a lost answer returns the same order. */
  clientKey: string;
}

export interface PlacedGroupBuyOrder {
  orderId: string;
  /** The group the seat is in (the new one when the learner opened it). */
  groupId: string | null;
}

/** The 拼团 of a course (courseId) or of the course a shared group is for (groupId). */
export async function loadGroupBuy(api: Api, { courseId, groupId }: { courseId?: string; groupId?: string }): Promise<GroupBuyView> {
  const focused = groupId === undefined ? null : (await api.client.request(GroupBuyDetailDocument, { id: groupId })).groupBuy;
  const ofCourse = courseId ?? (focused?.kind === 'COURSE' ? focused.offerId : undefined);
  if (ofCourse === undefined) {
    throw new ApiError('NOT_FOUND', userMessage('NOT_FOUND'));
  }
  const { course, groupBuyDeals } = await api.client.request(GroupBuyDealsOfCourseDocument, { courseId: ofCourse });
  if (course === null) {
    throw new ApiError('NOT_FOUND', userMessage('NOT_FOUND'));
  }
  const deal = groupBuyDeals.find((candidate) => (focused === null ? true : candidate.id === focused.dealId)) ?? null;
  return {
    courseId: course.id,
    courseTitle: course.title,
    coverUrl: course.coverUrl ?? '',
    listPriceText: priceText(course.price),
    deal:
      deal === null
        ? null
        : { id: deal.id, groupSize: deal.groupSize, priceFen: deal.price, priceText: formatYuan(deal.price), fillHours: deal.fillHours },
    focus: focused === null ? null : toGroupView(focused),
    openGroups: (deal?.openGroups ?? []).filter((group) => group.id !== focused?.id).map(toGroupView),
  };
}

/** Opens a new group or takes a seat in one: places the pending order the learner then pays like any other. */
export async function placeGroupBuyOrder(api: Api, target: GroupBuyTarget): Promise<PlacedGroupBuyOrder> {
  const { createOrder } = await api.client.request(PlaceGroupBuyOrderDocument, {
    input: {
      lines: [{ courseId: target.courseId }],
      expectedTotalFen: target.expectedTotalFen,
      clientKey: target.clientKey,
      groupBuy: { dealId: target.dealId, groupId: target.groupId ?? null },
    },
  });
  throwIfErrors(createOrder.errors);
  if (createOrder.order === null) {
    throw new ApiError('NOT_FOUND', userMessage('NOT_FOUND'));
  }
  return { orderId: createOrder.order.id, groupId: createOrder.order.lines[0]?.groupBuyId ?? target.groupId ?? null };
}

/** The mini program path that opens a group, for the share card that invites friends into it. */
export function groupBuyPath(groupId: string): string {
  return `/pages/group-buy/group-buy?groupId=${groupId}`;
}

function toGroupView(group: GroupBuySeatsFragment): GroupView {
  return {
    id: group.id,
    dealId: group.dealId,
    statusText: statusText(group),
    seatsLeft: group.seatsLeft,
    expiresAt: group.expiresAt,
    members: group.members.map((member) => ({ ...member, avatarUrl: member.avatarUrl ?? '' })),
    joinable: group.status === 'OPEN' && group.seatsLeft > 0,
  };
}

function statusText(group: GroupBuySeatsFragment): string {
  switch (group.status) {
    case 'COMPLETED':
      return '拼团成功';
    case 'FAILED':
      return '拼团失败，已付款项将原路退回';
    case 'OPEN':
      return group.seatsLeft > 0 ? `还差 ${group.seatsLeft} 人成团` : `已满员，等待 ${group.size - group.paidCount} 人付款`;
  }
}
