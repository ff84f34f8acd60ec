import { randomId } from '../../api/session';
import type { AppGlobal } from '../../app';
import {
  type DealView,
  type GroupBuyOpened,
  type GroupView,
  groupBuyPath,
  loadGroupBuy,
  placeGroupBuyOrder,
} from '../../services/group-buy';
import { countdownText } from '../../ui/countdown';
import { showError } from '../../ui/feedback';
import { routeParam, routeTo } from '../../ui/route';

type ShownGroup = GroupView & { countdown: string; freeSeats: number[] };

const tickers = new WeakMap<object, ReturnType<typeof setInterval>>();

function withCountdown(group: GroupView, now: Date): ShownGroup {
  return {
    ...group,
    countdown: countdownText(group.expiresAt, now),
    freeSeats: Array.from({ length: group.seatsLeft }, (_, seat) => seat),
  };
}

// Opened as /pages/group-buy/group-buy?courseId=… from the course page, or ?groupId=… from a friend's share card.
Component({
  data: {
    loaded: false,
    // What the page was opened for: the course's 拼团, or a shared group.
    opened: {} as GroupBuyOpened,
    courseId: '',
    courseTitle: '',
    coverUrl: '',
    listPriceText: '',
    deal: null as DealView | null,
    focus: null as ShownGroup | null,
    openGroups: [] as ShownGroup[],
    joined: false,
    placing: false,
    // One key per group (or new group) the learner tries, kept across retries so a lost answer never places two orders.
    attemptKeys: {} as Record<string, string>,
  },
  lifetimes: {
    detached() {
      const ticker = tickers.get(this);
      if (ticker !== undefined) {
        clearInterval(ticker);
      }
    },
  },
  methods: {
    onLoad(query: Record<string, string | undefined>) {
      this.setData({ opened: { courseId: routeParam(query, 'courseId'), groupId: routeParam(query, 'groupId') } });
      return this.refresh();
    },
    // Back from paying for a seat (or from anywhere): the groups and the learner's seat have moved on.
    onShow() {
      return this.data.loaded ? this.refresh() : undefined;
    },
    async refresh() {
      try {
        const view = await loadGroupBuy(getApp<AppGlobal>().api, this.data.opened);
        const now = new Date();
        this.setData({
          ...view,
          focus: view.focus === null ? null : withCountdown(view.focus, now),
          openGroups: view.openGroups.map((group) => withCountdown(group, now)),
          loaded: true,
        });
        if (!tickers.has(this)) {
          tickers.set(this, setInterval(() => this.tick(), 1000));
        }
      } catch (error) {
        showError(error);
      }
    },
    tick() {
      const now = new Date();
      const { focus, openGroups } = this.data;
      this.setData({
        focus: focus === null ? null : withCountdown(focus, now),
        openGroups: openGroups.map((group) => withCountdown(group, now)),
      });
    },
    onPaySeat(event: { currentTarget: { dataset: { orderId: string } } }) {
      wx.navigateTo({ url: routeTo('/pages/order/order', { id: event.currentTarget.dataset.orderId }) });
    },
    onOpenGroup() {
      return this.place(undefined);
    },
    onJoinGroup(event: { currentTarget: { dataset: { groupId: string } } }) {
      return this.place(event.currentTarget.dataset.groupId);
    },
    /** Takes the seat with a pending order; the order page pays it like any other (and resumes it if payment stops). */
    async place(groupId: string | undefined) {
      const { deal, courseId, attemptKeys, placing } = this.data;
      if (deal === null || placing) {
        return;
      }
      const target = groupId ?? `new:${deal.id}`;
      const clientKey = attemptKeys[target] ?? randomId();
      this.setData({ placing: true, attemptKeys: { ...attemptKeys, [target]: clientKey } });
      try {
        const order = await placeGroupBuyOrder(getApp<AppGlobal>().api, {
          courseId,
          dealId: deal.id,
          groupId,
          expectedTotalFen: deal.priceFen,
          clientKey,
        });
        wx.navigateTo({ url: routeTo('/pages/order/order', { id: order.orderId }) });
      } catch (error) {
        showError(error);
      } finally {
        this.setData({ placing: false });
      }
    },
    // Invites friends into the group on show, else to the course's 拼团.
    // https://developers.weixin.qq.com/miniprogram/dev/reference/api/Page.html#onShareAppMessage-Object-object
    onShareAppMessage() {
      const { focus, courseId, courseTitle, deal } = this.data;
      getApp<AppGlobal>().api.tracker.track({ kind: 'SHARE', courseId, context: 'group-buy' });
      return {
        title: deal === null ? courseTitle : `${deal.priceText} 拼团「${courseTitle}」，快来一起学`,
        path: groupBuyPath(focus === null ? { courseId } : { groupId: focus.id }),
      };
    },
  },
});
