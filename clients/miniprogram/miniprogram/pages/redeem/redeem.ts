import type { AppGlobal } from '../../app';
import { type RedeemedView, redeemCode } from '../../services/learning';
import { showError } from '../../ui/feedback';
import { openPage } from '../../ui/navigation';
import { routeTo } from '../../ui/route';

Component({
  data: {
    code: '',
    redeeming: false,
    redeemed: null as RedeemedView | null,
  },
  methods: {
    onCodeChange(event: WechatMiniprogram.CustomEvent<{ value: string }>) {
      this.setData({ code: event.detail.value });
    },
    async redeem() {
      if (this.data.code.trim() === '') {
        wx.showToast({ title: '请输入兑换码', icon: 'none' });
        return;
      }
      const { api } = getApp<AppGlobal>();
      this.setData({ redeeming: true });
      try {
        await api.auth.ensureSignedIn();
        this.setData({ redeemed: await redeemCode(api, this.data.code), code: '' });
      } catch (error) {
        showError(error);
      } finally {
        this.setData({ redeeming: false });
      }
    },
    study() {
      const courseId = this.data.redeemed?.courseId;
      openPage(courseId ? routeTo('/pages/course/course', { id: courseId }) : '/pages/my-courses/my-courses');
    },
  },
});
