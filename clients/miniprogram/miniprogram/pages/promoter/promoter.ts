import { messageOf } from '../../api/errors';
import { randomId } from '../../api/session';
import type { AppGlobal } from '../../app';
import { becomePromoter, loadPromoterCentre, type PromoterCentre, requestWithdrawal } from '../../services/promoter';
import { showError } from '../../ui/feedback';

// The 分销 centre: become a promoter, invite with one's code, follow earnings and ask for withdrawals.
Component({
  data: {
    loaded: false,
    centre: null as PromoterCentre | null,
    amount: '',
    withdrawError: '',
    busy: false,
    // Made once per withdrawal attempt and kept across retries, so a lost answer never asks twice.
    withdrawalKey: '',
  },
  methods: {
    onLoad() {
      this.setData({ withdrawalKey: randomId() });
      return this.refresh();
    },
    async refresh() {
      try {
        this.setData({ centre: await loadPromoterCentre(getApp<AppGlobal>().api), loaded: true });
      } catch (error) {
        showError(error);
      }
    },
    async onBecomePromoter() {
      this.setData({ busy: true });
      try {
        const status = await becomePromoter(getApp<AppGlobal>().api);
        wx.showToast({ title: status === 'APPROVED' ? '你已成为推广员' : '申请已提交', icon: 'success' });
        await this.refresh();
      } catch (error) {
        showError(error);
      } finally {
        this.setData({ busy: false });
      }
    },
    onAmountChange(event: { detail: { value: string } }) {
      this.setData({ amount: event.detail.value, withdrawError: '' });
    },
    async onWithdraw() {
      const { centre, amount, withdrawalKey } = this.data;
      if (centre === null) {
        return;
      }
      this.setData({ busy: true, withdrawError: '' });
      try {
        await requestWithdrawal(getApp<AppGlobal>().api, amount, centre.availableFen, withdrawalKey);
        this.setData({ amount: '', withdrawalKey: randomId() });
        wx.showToast({ title: '提现申请已提交', icon: 'success' });
        await this.refresh();
      } catch (error) {
        this.setData({ withdrawError: messageOf(error) });
      } finally {
        this.setData({ busy: false });
      }
    },
    // The invitation card binds whoever opens it to the promoter (services/sharing.ts handles it on launch).
    // https://developers.weixin.qq.com/miniprogram/dev/reference/api/Page.html#onShareAppMessage-Object-object
    onShareAppMessage() {
      return { title: '我在这里学习，推荐给你', path: this.data.centre?.invitationPath || '/pages/index/index' };
    },
  },
});
