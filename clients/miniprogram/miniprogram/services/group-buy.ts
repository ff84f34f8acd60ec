import { ApiError, throwIfErrors, userMessage } from '../api/errors';
import {
  GroupBuyDealsOfCourseDocument,
  GroupBuyDetailDocument,
  type GroupBuySeatsFragment,
  MyGroupBuySeatsDocument,
  type MyGroupBuySeatsQuery,
  PlaceGroupBuyOrderDocument,
} from '../generated/graphql';
import { formatYuan, priceText } from '../ui/format';
import { routeTo } from '../ui/route';
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
  /** Open with a free seat and not the learner's own: the learner may join it. */
  joinable: boolean;
  /** The learner holds a seat in it (paid, or with an order still to pay). */
  mine: boolean;
  /** The learner's order for their seat while it waits to be paid; null once paid or when not theirs. */
  unpaidOrderId: string | null;
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
  /** The learner already holds a seat in a group of the deal, so they may not open another. */
  joined: boolean;
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

/** What the page is opened for: a course's 拼团, or a group someone shared. */
export interface GroupBuyOpened {
  courseId?: string | null;
  groupId?: string | null;
}

type Seat = MyGroupBuySeatsQuery['myGroupBuys']['nodes'][number];

/**
 * The 拼团 of a course (courseId) or of the course a shared group is for (groupId). Opened from the course, it shows
 * the learner's own group when they hold a seat, so they invite friends into it (or pay for it) instead of opening another.
 */
export async function loadGroupBuy(api: Api, { courseId = null, groupId = null }: GroupBuyOpened): Promise<GroupBuyView> {
  const shared = groupId === null ? null : (await api.client.request(GroupBuyDetailDocument, { id: groupId })).groupBuy;
  const ofCourse = courseId ?? (shared?.kind === 'COURSE' ? shared.offerId : null);
  if (ofCourse === null) {
    throw new ApiError('NOT_FOUND', userMessage('NOT_FOUND'));
  }
  const [{ course, groupBuyDeals }, seats] = await Promise.all([
    api.client.request(GroupBuyDealsOfCourseDocument, { courseId: ofCourse }),
    activeSeats(api, ofCourse),
  ]);
  if (course === null) {
    throw new ApiError('NOT_FOUND', userMessage('NOT_FOUND'));
  }
  const focused = shared ?? seats.find((seat) => groupBuyDeals.some((deal) => deal.id === seat.group.dealId))?.group ?? null;
  const deal = groupBuyDeals.find((candidate) => (focused === null ? true : candidate.id === focused.dealId)) ?? null;
  const toView = (group: GroupBuySeatsFragment) => toGroupView(group, seats.find((seat) => seat.group.id === group.id) ?? null);
  return {
    courseId: course.id,
    courseTitle: course.title,
    coverUrl: course.coverUrl ?? '',
    listPriceText: priceText(course.price),
    deal:
      deal === null
        ? null
        : { id: deal.id, groupSize: deal.groupSize, priceFen: deal.price, priceText: formatYuan(deal.price), fillHours: deal.fillHours },
    focus: focused === null ? null : toView(focused),
    openGroups: (deal?.openGroups ?? []).filter((group) => group.id !== focused?.id).map(toView),
    joined: deal !== null && seats.some((seat) => seat.group.dealId === deal.id),
  };
}

/** The learner's seats (paid or waiting for payment) in the course's open or completed groups, newest first. */
async function activeSeats(api: Api, courseId: string): Promise<Seat[]> {
  await api.auth.ensureSignedIn();
  const { myGroupBuys } = await api.client.request(MyGroupBuySeatsDocument, {});
  return myGroupBuys.nodes.filter(
    (seat) =>
      seat.group.kind === 'COURSE' &&
      seat.group.offerId === courseId &&
      seat.group.status !== 'FAILED' &&
      (seat.status === 'PAID' || seat.status === 'RESERVED'),
  );
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
export function groupBuyPath(target: { groupId: string } | { courseId: string }): string {
  return routeTo('/pages/group-buy/group-buy', target);
}

function toGroupView(group: GroupBuySeatsFragment, seat: Seat | null): GroupView {
  return {
    id: group.id,
    dealId: group.dealId,
    statusText: statusText(group),
    seatsLeft: group.seatsLeft,
    expiresAt: group.expiresAt,
    members: group.members.map((member) => ({ ...member, avatarUrl: member.avatarUrl ?? '' })),
    joinable: group.status === 'OPEN' && group.seatsLeft > 0 && seat === null,
    mine: seat !== null,
    unpaidOrderId: seat?.status === 'RESERVED' ? seat.orderId : null,
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
