import type { AppGlobal } from '../../app';
import { showError } from '../../ui/feedback';

Component({
  data: { verifying: false },
  methods: {
    // https://developers.weixin.qq.com/miniprogram/dev/framework/open-ability/getPhoneNumber.html: the button hands a
    // one-time code the API swaps for the number; a learner who declines gets no code.
    async onPhoneNumber(event: WechatMiniprogram.ButtonGetPhoneNumber) {
      const { code } = event.detail;
      if (!code) {
        wx.showToast({ title: '需要验证手机号才能继续登录', icon: 'none' });
        return;
      }
      this.setData({ verifying: true });
      try {
        await getApp<AppGlobal>().api.auth.stepUp(code);
        wx.showToast({ title: '验证成功', icon: 'success' });
        wx.navigateBack();
      } catch (error) {
        showError(error);
      } finally {
        this.setData({ verifying: false });
      }
    },
  },
});
