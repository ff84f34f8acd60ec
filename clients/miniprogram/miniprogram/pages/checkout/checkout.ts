import type { AppGlobal } from '../../app';
import { messageOf } from '../../api/errors';
import { wxPaymentPort } from '../../api/payment';
import type { CartLineInput, PaymentMethod } from '../../generated/graphql';
import {
  type CheckoutView,
  type CouponChoice,
  loadCheckout,
  loadCouponChoices,
  methodLabels,
  newAttemptKey,
  pay,
  placeOrder,
  staleQuotePart,
} from '../../services/checkout';
import type { TapEvent } from '../../ui/events';
import { payThenShowResult } from '../../ui/payment-flow';
import { routeParam, routeTo } from '../../ui/route';

const api = () => getApp<AppGlobal>().api;

// checkout?courseId=… buys a course at its own price; checkout?offerId=… a bundle or membership plan.
Component({
  data: {
    loading: true,
    notice: '',
    view: null as CheckoutView | null,
    lines: [] as CartLineInput[],
    coupons: [] as CouponChoice[],
    couponCode: null as string | null,
    couponNote: '',
    showCoupons: false,
    typedCode: '',
    method: null as PaymentMethod | null,
    methodOptions: [] as { method: PaymentMethod; label: string; chosen: boolean }[],
    // One purchase attempt (made on load, and again when the cart's price or coupon changes): a resend of createOrder
    // with this key returns the same order instead of a second one.
    clientKey: '',
    pendingOrderId: null as string | null,
    submitting: false,
  },
  methods: {
    async onLoad(query: Record<string, string | undefined>) {
      const courseId = routeParam(query, 'courseId');
      const offerId = routeParam(query, 'offerId');
      const lines: CartLineInput[] = courseId !== null ? [{ courseId }] : offerId !== null ? [{ offerId }] : [];
      this.setData({ lines, clientKey: newAttemptKey() });
      // Coupons, member prices and owned courses need the learner signed in; a failure shows on the quote below.
      await api().auth.ensureSignedIn().catch(() => undefined);
      const coupons = await loadCouponChoices(api()).catch(() => []);
      this.setData({ coupons });
      await this.quote();
    },

    async quote() {
      try {
        const view = await loadCheckout(api(), { lines: this.data.lines, couponCode: this.data.couponCode });
        const current = this.data.method;
        const method = current !== null && view.methods.includes(current) ? current : (view.methods[0] ?? null);
        this.setData({ view, loading: false, couponNote: this.couponNote(view) });
        this.showMethods(view.methods, method);
      } catch (error) {
        this.setData({ loading: false, notice: messageOf(error) });
      }
    },

    couponNote(view: CheckoutView): string {
      if (this.data.couponCode === null) {
        return this.data.coupons.length > 0 ? `${this.data.coupons.length}张可用` : '暂无可用';
      }
      const chosen = this.data.coupons.find((coupon) => coupon.code === this.data.couponCode);
      return view.couponApplied ? (chosen?.title ?? `券码 ${this.data.couponCode}`) : '不适用于当前商品';
    },

    showMethods(methods: PaymentMethod[], chosen: PaymentMethod | null) {
      this.setData({
        method: chosen,
        methodOptions: methods.map((method) => ({ method, label: methodLabels[method], chosen: method === chosen })),
      });
    },

    toggleCoupons() {
      // The pending order holds its coupon; another would need another order.
      if (this.data.pendingOrderId === null) {
        this.setData({ showCoupons: !this.data.showCoupons });
      }
    },

    async chooseCoupon(event: TapEvent<{ code?: string }>) {
      await this.applyCoupon(event.currentTarget.dataset.code ?? '');
    },

    onCodeInput(event: WechatMiniprogram.Input) {
      this.setData({ typedCode: event.detail.value });
    },

    async useTypedCode() {
      await this.applyCoupon(this.data.typedCode.trim());
    },

    async applyCoupon(code: string) {
      this.setData({ couponCode: code === '' ? null : code, showCoupons: false, clientKey: newAttemptKey() });
      await this.quote();
    },

    chooseMethod(event: TapEvent<{ method: PaymentMethod }>) {
      const view = this.data.view;
      if (view !== null) {
        this.showMethods(view.methods, event.currentTarget.dataset.method);
      }
    },

    async submit() {
      const { view, method } = this.data;
      if (this.data.submitting || view === null || method === null) {
        return;
      }
      this.setData({ submitting: true, notice: '' });
      try {
        const orderId =
          this.data.pendingOrderId ??
          (await placeOrder(api(), { lines: this.data.lines, couponCode: this.data.couponCode }, view.totalFen, this.data.clientKey)).id;
        this.setData({ pendingOrderId: orderId });
        const failure = await payThenShowResult(orderId, () => pay(api(), wxPaymentPort, orderId, method), 'redirect');
        if (failure !== null) {
          this.setData({ notice: failure });
        }
      } catch (error) {
        this.setData({ notice: messageOf(error) });
        await this.quoteAgainIfStale(error);
      } finally {
        this.setData({ submitting: false });
      }
    },

    // The learner sees the new price (or the price without the coupon) and confirms it as a new purchase attempt.
    async quoteAgainIfStale(error: unknown) {
      const stale = staleQuotePart(error);
      if (stale === null) {
        return;
      }
      if (stale === 'coupon') {
        const coupons = await loadCouponChoices(api()).catch(() => []);
        this.setData({ couponCode: null, coupons });
      }
      this.setData({ clientKey: newAttemptKey() });
      await this.quote();
    },

    openPendingOrder() {
      if (this.data.pendingOrderId !== null) {
        wx.navigateTo({ url: routeTo('/pages/order/order', { id: this.data.pendingOrderId }) });
      }
    },
  },
});
