import type { MembershipPlanView, MembershipView } from '../../services/profile';
import { openPage } from '../../ui/navigation';

// The learner's memberships, or the plans they can buy when they hold none.
Component({
  properties: {
    memberships: { type: Array, value: [] as MembershipView[] },
    plans: { type: Array, value: [] as MembershipPlanView[] },
  },
  methods: {
    buy(event: WechatMiniprogram.BaseEvent) {
      openPage(`/pages/checkout/checkout?offerId=${String(event.currentTarget.dataset.offerId)}`);
    },
  },
});
