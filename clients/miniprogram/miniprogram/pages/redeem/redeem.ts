import type { AppGlobal } from '../../app';
import { type RedeemedView, redeemCode } from '../../services/learning';
import { showError } from '../../ui/feedback';
import { openPage } from '../../ui/navigation';
import { routeTo } from '../../ui/route';

/** Where the learner goes after redeeming: the course itself, the bundle's courses, or the catalogue a plan opens. */
function nextStep(redeemed: RedeemedView): { label: string; url: string } {
  if (redeemed.courseId !== null) {
    return { label: '去学习', url: routeTo('/pages/course/course', { id: redeemed.courseId }) };
  }
  return redeemed.kind === 'MEMBERSHIP'
    ? { label: '去选课', url: '/pages/index/index' }
    : { label: '查看我的课程', url: '/pages/my-courses/my-courses' };
}

Component({
  data: {
    code: '',
    redeeming: false,
    redeemed: null as RedeemedView | null,
    next: null as { label: string; url: string } | null,
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
        const redeemed = await redeemCode(api, this.data.code);
        this.setData({ redeemed, next: nextStep(redeemed), code: '' });
      } catch (error) {
        showError(error);
      } finally {
        this.setData({ redeeming: false });
      }
    },
    goNext() {
      if (this.data.next !== null) {
        openPage(this.data.next.url);
      }
    },
  },
});
