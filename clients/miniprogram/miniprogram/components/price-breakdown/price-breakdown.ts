import type { PriceView } from '../../services/course';

// What the learner pays and why: the list price struck through and each step (限时优惠, member price...) to the end.
Component({
  properties: {
    price: { type: Object, value: { final: '', list: '', steps: [], saleNote: '' } satisfies PriceView },
  },
});
