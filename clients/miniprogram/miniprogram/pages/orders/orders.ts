import type { AppGlobal } from '../../app';
import { messageOf } from '../../api/errors';
import { wxPaymentPort } from '../../api/payment';
import { resumePayment } from '../../services/checkout';
import { loadOrders, type OrderFilter, orderFilters, type OrderSummary } from '../../services/orders';
import type { TapEvent } from '../../ui/events';
import { payThenShowResult } from '../../ui/payment-flow';
import { routeTo } from '../../ui/route';

const api = () => getApp<AppGlobal>().api;

type OrderTap = TapEvent<{ id: string }>;

Component({
  data: {
    filters: orderFilters,
    filter: 'ALL' as OrderFilter,
    orders: [] as OrderSummary[],
    nextCursor: null as string | null,
    loading: false,
    loaded: false,
    notice: '',
  },
  methods: {
    // Shown again after paying or asking for a refund elsewhere: the list starts over so it tells the truth.
    async onShow() {
      this.setData({ orders: [], nextCursor: null, loaded: false });
      // Opened straight from a message or a share, the launch's sign-in may still be running.
      await api().auth.ensureSignedIn().catch(() => undefined);
      await this.loadMore();
    },

    async onPullDownRefresh() {
      await this.onShow();
      wx.stopPullDownRefresh();
    },

    async onReachBottom() {
      if (this.data.nextCursor !== null) {
        await this.loadMore();
      }
    },

    async loadMore() {
      if (this.data.loading) {
        return;
      }
      this.setData({ loading: true, notice: '' });
      try {
        const page = await loadOrders(api(), { after: this.data.nextCursor, filter: this.data.filter });
        this.setData({ orders: [...this.data.orders, ...page.orders], nextCursor: page.nextCursor, loaded: true });
      } catch (error) {
        this.setData({ notice: messageOf(error) });
      } finally {
        this.setData({ loading: false });
      }
    },

    async chooseFilter(event: TapEvent<{ filter: OrderFilter }>) {
      const filter = event.currentTarget.dataset.filter;
      if (filter !== this.data.filter) {
        this.setData({ filter, orders: [], nextCursor: null, loaded: false });
        await this.loadMore();
      }
    },

    openOrder(event: OrderTap) {
      wx.navigateTo({ url: routeTo('/pages/order/order', { id: event.currentTarget.dataset.id }) });
    },

    async resume(event: OrderTap) {
      const orderId = event.currentTarget.dataset.id;
      this.setData({ notice: '' });
      const failure = await payThenShowResult(orderId, () => resumePayment(api(), wxPaymentPort, orderId), 'navigate');
      if (failure !== null) {
        this.setData({ notice: failure });
      }
    },

    askRefund(event: OrderTap) {
      wx.navigateTo({ url: routeTo('/pages/order/order', { id: event.currentTarget.dataset.id, refund: '1' }) });
    },
  },
});
