import type { MembershipPlanView, MembershipView } from '../../services/profile';
import { openPage } from '../../ui/navigation';
import { routeTo } from '../../ui/route';
import type { TapEvent } from '../../ui/events';

// The learner's memberships, or the plans they can buy when they hold none.
Component({
  properties: {
    memberships: { type: Array, value: [] as MembershipView[] },
    plans: { type: Array, value: [] as MembershipPlanView[] },
  },
  methods: {
    buy(event: TapEvent<{ offerId: string }>) {
      openPage(routeTo('/pages/checkout/checkout', { offerId: event.currentTarget.dataset.offerId }));
    },
  },
});
