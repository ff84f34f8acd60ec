import type { AppGlobal } from '../../app';
import { messageOf } from '../../api/errors';
import { wxPaymentPort } from '../../api/payment';
import { cancelOrder, resumePayment } from '../../services/checkout';
import { loadOrder, type OrderDetailView, requestRefund } from '../../services/orders';
import { confirmWith } from '../../ui/confirm';
import type { TapEvent } from '../../ui/events';
import { payThenShowResult } from '../../ui/payment-flow';
import { routeParam } from '../../ui/route';

const api = () => getApp<AppGlobal>().api;

const REASON_LIMIT = 200;

// The reasons most learners give, one tap away; they can still write their own.
const COMMON_REASONS = ['不想学了', '内容与描述不符', '买错了或重复购买', '课程质量不满意'];

// order?id=<orderId>[&refund=1]: one order with its price steps and refunds; pay it, cancel it or ask for a refund.
Component({
  data: {
    orderId: '',
    order: null as OrderDetailView | null,
    loaded: false,
    notice: '',
    refundFormOpen: false,
    reason: '',
    reasonLimit: REASON_LIMIT,
    commonReasons: COMMON_REASONS,
    busy: false,
  },
  methods: {
    async onLoad(query: Record<string, string | undefined>) {
      this.setData({ orderId: routeParam(query, 'id') ?? '', refundFormOpen: routeParam(query, 'refund') === '1' });
      // Opened straight from a message or a share, the launch's sign-in may still be running.
      await api().auth.ensureSignedIn().catch(() => undefined);
      await this.reload();
    },

    async reload() {
      try {
        const order = await loadOrder(api(), this.data.orderId);
        this.setData({ order, loaded: true, refundFormOpen: this.data.refundFormOpen && order !== null && order.canRefund });
      } catch (error) {
        this.setData({ loaded: true, notice: messageOf(error) });
      }
    },

    async pay() {
      await this.whileBusy(async () => {
        const failure = await payThenShowResult(this.data.orderId, () => resumePayment(api(), wxPaymentPort, this.data.orderId), 'redirect');
        if (failure !== null) {
          this.setData({ notice: failure });
        }
      });
    },

    async cancel() {
      if (!(await confirmWith('取消订单', '取消后如需购买，需要重新下单', '取消订单'))) {
        return;
      }
      await this.whileBusy(async () => {
        await cancelOrder(api(), this.data.orderId);
        await this.reload();
      });
    },

    openRefundForm() {
      this.setData({ refundFormOpen: true, notice: '' });
    },

    chooseReason(event: TapEvent<{ reason: string }>) {
      this.setData({ reason: event.currentTarget.dataset.reason });
    },

    onReasonInput(event: WechatMiniprogram.Input) {
      this.setData({ reason: event.detail.value });
    },

    async submitRefund() {
      const reason = this.data.reason.trim();
      if (reason === '') {
        this.setData({ notice: '请填写退款原因' });
        return;
      }
      await this.whileBusy(async () => {
        const order = await requestRefund(api(), this.data.orderId, reason);
        this.setData({ order, refundFormOpen: false, reason: '', notice: '退款申请已提交，款项将原路退回' });
      });
    },

    async whileBusy(work: () => Promise<void>) {
      if (this.data.busy) {
        return;
      }
      this.setData({ busy: true, notice: '' });
      try {
        await work();
      } catch (error) {
        this.setData({ notice: messageOf(error) });
      } finally {
        this.setData({ busy: false });
      }
    },
  },
});
