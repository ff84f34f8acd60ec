import type { AppGlobal } from '../../app';
import { messageOf } from '../../api/errors';
import { type OrderView, waitUntilPaid } from '../../services/checkout';
import { routeParam, routeTo } from '../../ui/route';

type Outcome = 'checking' | 'paid' | 'pending' | 'closed' | 'unknown';

const headlines: Record<Outcome, string> = {
  checking: '正在确认支付结果…',
  paid: '支付成功',
  pending: '支付结果确认中',
  closed: '订单已关闭',
  unknown: '暂时无法确认支付结果',
};

const details: Record<Exclude<Outcome, 'unknown'>, string> = {
  checking: '请稍候，不要重复支付',
  paid: '课程已解锁，现在就可以开始学习',
  pending: '微信支付尚未通知结果，稍后可在“我的订单”中查看',
  closed: '订单未支付已关闭，如需购买请重新下单',
};

const GROUP_BUY_PAID = '拼团成功后即可开始学习，邀请好友一起拼吧';

function outcomeOf(order: OrderView): Exclude<Outcome, 'checking' | 'unknown'> {
  switch (order.status) {
    case 'PENDING':
      return 'pending';
    case 'CLOSED':
      return 'closed';
    default:
      return 'paid';
  }
}

// pay-result?id=<orderId>: after the pay sheet, asks the server (syncOrderPayment) until WeChat Pay has settled the order.
Component({
  data: {
    orderId: '',
    outcome: 'checking' as Outcome,
    headline: headlines.checking,
    detail: details.checking,
    amountYuan: '',
    title: '',
    left: false,
  },
  methods: {
    async onLoad(query: Record<string, string | undefined>) {
      this.setData({ orderId: routeParam(query, 'id') ?? '' });
      await this.check();
    },

    onUnload() {
      this.setData({ left: true });
    },

    async check() {
      this.show('checking', details.checking);
      try {
        const order = await waitUntilPaid(getApp<AppGlobal>().api, this.data.orderId, { stopped: () => this.data.left });
        const outcome = outcomeOf(order);
        this.show(outcome, outcome === 'paid' && order.inGroupBuy ? GROUP_BUY_PAID : details[outcome]);
        this.setData({ amountYuan: order.amountYuan, title: order.title });
      } catch (error) {
        this.show('unknown', messageOf(error));
      }
    },

    show(outcome: Outcome, detail: string) {
      this.setData({ outcome, headline: headlines[outcome], detail });
    },

    openOrder() {
      wx.navigateTo({ url: routeTo('/pages/order/order', { id: this.data.orderId }) });
    },

    startLearning() {
      // 我的课程 is a tab page, which only switchTab can open.
      wx.switchTab({ url: '/pages/my-courses/my-courses' });
    },
  },
});
