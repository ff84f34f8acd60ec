import type { ReviewView } from '../../services/course';

// Learners' reviews with their stars and the creator's reply.
Component({
  properties: {
    reviews: { type: Array, value: [] as ReviewView[] },
  },
});
