import type { AppGlobal } from '../../app';
import { type CourseCard, noteCourseOpened } from '../../services/catalog';
import { openPage } from '../../ui/navigation';
import { routeTo } from '../../ui/route';

// A course in a list; a tap opens its page and tells recommendations which list it came from.
Component({
  properties: {
    course: { type: Object, value: {} },
    /** Why the course is shown (a recommendation's reason); nothing when empty. */
    reason: { type: String, value: '' },
    /** Where the list is, for the behaviour event, e.g. search. */
    context: { type: String, value: '' },
  },
  methods: {
    onTap() {
      const course = this.data.course as CourseCard;
      noteCourseOpened(getApp<AppGlobal>().api, course.id, this.data.context);
      openPage(routeTo('/pages/course/course', { id: course.id }));
    },
  },
});
