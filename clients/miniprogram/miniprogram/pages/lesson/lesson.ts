import { messageOf } from '../../api/errors';
import type { AppGlobal } from '../../app';
import { apiEndpoint } from '../../config';
import { onApiOrigin } from '../../services/api-origin';
import { LessonProgress, type LessonView, loadLesson } from '../../services/lessons';
import { showError } from '../../ui/feedback';
import { clock } from '../../ui/format';
import { openPage } from '../../ui/navigation';
import { routeParam, routeTo } from '../../ui/route';

const api = () => getApp<AppGlobal>().api;

interface Study {
  progress: LessonProgress;
  audio: WechatMiniprogram.InnerAudioContext | null;
}

// What plays the open lesson, beside each page instance: setData carries only plain data to the view.
const studies = new WeakMap<object, Study>();

/** A failed progress report is told, never thrown into the player. */
function report(reporting: Promise<void>): void {
  reporting.catch(showError);
}

Component({
  data: {
    courseId: '',
    lessonId: '',
    lesson: null as LessonView | null,
    mediaUrl: '',
    resumeAt: 0,
    playing: false,
    position: '00:00',
    length: '00:00',
    finished: false,
    failed: '',
  },
  methods: {
    onLoad(query: Record<string, string | undefined>) {
      this.setData({ courseId: routeParam(query, 'courseId') ?? '', lessonId: routeParam(query, 'lessonId') ?? '' });
      void this.load();
    },

    // Back from checkout: a lesson that was locked opens once the course is bought.
    onShow() {
      if (this.data.lesson?.locked) {
        void this.load();
      }
    },

    async load() {
      this.endStudy();
      try {
        const lesson = await loadLesson(api(), this.data.courseId, this.data.lessonId);
        wx.setNavigationBarTitle({ title: lesson.title });
        if (lesson.locked) {
          this.setData({ lesson, failed: '' });
          return;
        }
        const progress = new LessonProgress(api(), lesson);
        const resumeAt = progress.resumeAt();
        const mediaUrl = lesson.mediaPath === '' ? '' : onApiOrigin(apiEndpoint, lesson.mediaPath);
        const audio = lesson.kind === 'AUDIO' && mediaUrl !== '' ? this.playAudio(mediaUrl, resumeAt, progress) : null;
        studies.set(this, { progress, audio });
        progress.start();
        this.setData({ lesson, mediaUrl, resumeAt, position: clock(resumeAt), length: clock(lesson.durationSeconds), failed: '' });
      } catch (error) {
        this.setData({ failed: messageOf(error) });
      }
    },

    /**
     * Audio plays while the lesson page is open, from where the learner stopped.
     * https://developers.weixin.qq.com/miniprogram/dev/api/media/audio/InnerAudioContext.html
     */
    playAudio(src: string, resumeAt: number, progress: LessonProgress): WechatMiniprogram.InnerAudioContext {
      const audio = wx.createInnerAudioContext();
      audio.src = src;
      audio.startTime = resumeAt;
      audio.onPlay(() => this.setData({ playing: true }));
      audio.onTimeUpdate(() => {
        const position = clock(audio.currentTime);
        if (position !== this.data.position) {
          this.setData({ position });
        }
        report(progress.playedTo(audio.currentTime, audio.duration));
      });
      audio.onPause(() => {
        this.setData({ playing: false });
        report(progress.stopped());
      });
      audio.onEnded(() => {
        this.setData({ playing: false, finished: true });
        report(progress.completed());
      });
      audio.onError(() => this.onMediaError());
      return audio;
    },

    onToggleAudio() {
      const audio = studies.get(this)?.audio;
      if (audio) {
        if (this.data.playing) {
          audio.pause();
        } else {
          audio.play();
        }
      }
    },

    // https://developers.weixin.qq.com/miniprogram/dev/component/video.html (bindtimeupdate, bindpause, bindended)
    onVideoTimeUpdate(event: WechatMiniprogram.CustomEvent<{ currentTime: number; duration: number }>) {
      const progress = studies.get(this)?.progress;
      if (progress) {
        report(progress.playedTo(event.detail.currentTime, event.detail.duration));
      }
    },

    onVideoPause() {
      const progress = studies.get(this)?.progress;
      if (progress) {
        report(progress.stopped());
      }
    },

    onVideoEnded() {
      this.finish();
    },

    // The signed media link expires (LessonMedia.expiresAt): 重试 asks for the lesson again, with a fresh link, and
    // resumes where the last report left the player.
    onMediaError() {
      this.endStudy();
      this.setData({ playing: false, failed: '播放出错了，点重试继续学习' });
    },

    // An article is studied when the learner scrolled to its end or says they have finished.
    onReachBottom() {
      if (this.data.lesson?.kind === 'ARTICLE') {
        this.finish();
      }
    },

    onFinishArticle() {
      this.finish();
    },

    finish() {
      const progress = studies.get(this)?.progress;
      if (progress && !this.data.finished) {
        this.setData({ finished: true });
        report(progress.completed());
      }
    },

    onHide() {
      const progress = studies.get(this)?.progress;
      if (progress) {
        report(progress.stopped());
      }
    },

    onUnload() {
      this.endStudy();
    },

    endStudy() {
      const study = studies.get(this);
      if (study) {
        study.audio?.destroy();
        report(study.progress.stopped());
        studies.delete(this);
      }
    },

    onBuy() {
      openPage(routeTo('/pages/checkout/checkout', { courseId: this.data.courseId }));
    },

    onPrevious() {
      this.openLesson(this.data.lesson?.previousLessonId ?? null);
    },

    onNext() {
      this.openLesson(this.data.lesson?.nextLessonId ?? null);
    },

    openLesson(lessonId: string | null) {
      if (lessonId !== null) {
        wx.redirectTo({ url: routeTo('/pages/lesson/lesson', { courseId: this.data.courseId, lessonId }) });
      }
    },

    onRetry() {
      void this.load();
    },
  },
});
