import type { AppGlobal } from '../../app';

// Pages use the Component constructor (WeChat supports it for pages) so miniprogram-simulate can render them in tests.
Component({
  data: { signedIn: false },
  methods: {
    onLoad() {
      this.setData({ signedIn: getApp<AppGlobal>().api.auth.isSignedIn() });
    },
  },
});
