import type { ChapterView } from '../../services/course';

export interface OpenLessonDetail {
  lessonId: string;
  opens: boolean;
}

// The chapters and their lessons; a locked lesson shows what unlocks it instead of anything of its content.
Component({
  properties: {
    chapters: { type: Array, value: [] as ChapterView[] },
  },
  methods: {
    onTapLesson(event: WechatMiniprogram.TouchEvent<object, object, { lessonId: string; opens: boolean }>) {
      const { lessonId, opens } = event.currentTarget.dataset;
      this.triggerEvent('open', { lessonId, opens } satisfies OpenLessonDetail);
    },
  },
});
