import type { AppGlobal } from '../../app';
import type { UserCouponState } from '../../generated/graphql';
import {
  type ClaimableCouponView,
  claimCoupon,
  loadClaimableCoupons,
  loadMyCoupons,
  type MyCouponView,
} from '../../services/coupons';
import { showError } from '../../ui/feedback';
import { openPage } from '../../ui/navigation';
import type { TapEvent } from '../../ui/events';

const filters: { state: UserCouponState; label: string }[] = [
  { state: 'AVAILABLE', label: '未使用' },
  { state: 'LOCKED', label: '使用中' },
  { state: 'USED', label: '已使用' },
  { state: 'EXPIRED', label: '已过期' },
];

Component({
  data: {
    filters,
    state: 'AVAILABLE' as UserCouponState,
    mine: [] as MyCouponView[],
    claimable: [] as ClaimableCouponView[],
    code: '',
    loaded: false,
  },
  methods: {
    async onShow() {
      const { api } = getApp<AppGlobal>();
      try {
        await api.auth.ensureSignedIn();
        const [mine, claimable] = await Promise.all([loadMyCoupons(api, this.data.state), loadClaimableCoupons(api)]);
        this.setData({ mine, claimable, loaded: true });
      } catch (error) {
        showError(error);
      }
    },
    async filter(event: TapEvent<{ state: UserCouponState }>) {
      const { state } = event.currentTarget.dataset;
      this.setData({ state });
      try {
        this.setData({ mine: await loadMyCoupons(getApp<AppGlobal>().api, state) });
      } catch (error) {
        showError(error);
      }
    },
    onCodeChange(event: WechatMiniprogram.CustomEvent<{ value: string }>) {
      this.setData({ code: event.detail.value });
    },
    async claimListed(event: TapEvent<{ couponId: string }>) {
      await this.claim({ couponId: event.currentTarget.dataset.couponId });
    },
    async claimByCode() {
      const code = this.data.code.trim();
      if (code === '') {
        wx.showToast({ title: '请输入优惠码', icon: 'none' });
        return;
      }
      await this.claim({ code });
    },
    async claim(which: { couponId: string } | { code: string }) {
      try {
        await claimCoupon(getApp<AppGlobal>().api, which);
        wx.showToast({ title: '领取成功', icon: 'success' });
        this.setData({ code: '', state: 'AVAILABLE' });
        await this.onShow();
      } catch (error) {
        showError(error);
      }
    },
    use() {
      openPage('/pages/index/index');
    },
  },
});
