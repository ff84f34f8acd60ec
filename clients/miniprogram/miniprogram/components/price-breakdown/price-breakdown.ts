import type { PriceView } from '../../services/course';
import { countdownText } from '../../ui/countdown';

const timers = new WeakMap<object, ReturnType<typeof setInterval>>();

// What the learner pays and why: the list price struck through, each step (限时优惠, member price...) to the end,
// and while a sale runs, the time it has left, ticking.
Component({
  properties: {
    price: { type: Object, value: { final: '', list: '', steps: [], saleNote: '', saleEndsAt: '' } satisfies PriceView },
  },
  data: { countdown: '' },
  observers: {
    'price.saleEndsAt'() {
      this.tick();
    },
  },
  lifetimes: {
    attached() {
      this.tick();
      timers.set(this, setInterval(() => this.tick(), 1000));
    },
    detached() {
      const timer = timers.get(this);
      if (timer !== undefined) {
        clearInterval(timer);
        timers.delete(this);
      }
    },
  },
  methods: {
    tick() {
      const endsAt = (this.data.price as PriceView).saleEndsAt;
      const countdown = endsAt === '' ? '' : countdownText(endsAt, new Date());
      if (countdown !== this.data.countdown) {
        this.setData({ countdown });
      }
    },
  },
});
