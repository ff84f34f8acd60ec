import { ApiError, NETWORK_LOST, throwIfErrors, userMessage } from '../api/errors';
import { LessonPlayerDocument, type LessonKind, UpdateLessonProgressDocument } from '../generated/graphql';
import { formatYuan } from '../ui/format';
import type { Api } from './api';

export interface LessonView {
  courseId: string;
  courseTitle: string;
  id: string;
  title: string;
  kind: LessonKind;
  durationSeconds: number;
  locked: boolean;
  /** What unlocks it, e.g. "¥49.00"; empty when open or when the platform hides prices. */
  price: string;
  /** The article's text; empty when locked and for audio and video (see loadLesson). */
  body: string;
  /** The signed media link (relative to the API's origin); empty when locked or without media. */
  mediaPath: string;
  previousLessonId: string | null;
  nextLessonId: string | null;
}

/**
 * One lesson of a course as the player shows it, with its text (an article's body, a video's show notes). Throws
 * NOT_FOUND when the course or lesson does not exist. Only this lesson's body is asked for: the server counts a served
 * body as opened for the refund policy.
 */
export async function loadLesson(api: Api, courseId: string, lessonId: string): Promise<LessonView> {
  // Bought lessons open only to the learner known to have bought them; a free preview opens anyway.
  await api.auth.ensureSignedIn().catch(() => undefined);
  const { course } = await api.client.request(LessonPlayerDocument, { courseId, lessonId });
  const lesson = course?.lessons.find((candidate) => candidate.id === lessonId);
  if (!course || lesson === undefined) {
    throw new ApiError('NOT_FOUND', userMessage('NOT_FOUND'));
  }
  const index = course.lessons.indexOf(lesson);
  const quoted = course.priceForViewer === null ? null : `¥${course.priceForViewer.final.yuan}`;
  const price = course.purchase.pricesHidden ? '' : (quoted ?? (course.price === null ? '' : formatYuan(course.price)));
  return {
    courseId: course.id,
    courseTitle: course.title,
    id: lesson.id,
    title: lesson.title,
    kind: lesson.kind,
    durationSeconds: lesson.durationSeconds,
    locked: lesson.locked,
    price: lesson.locked ? price : '',
    body: lesson.locked ? '' : (course.lesson?.body ?? ''),
    mediaPath: lesson.locked ? '' : (lesson.media?.url ?? ''),
    previousLessonId: course.lessons[index - 1]?.id ?? null,
    nextLessonId: course.lessons[index + 1]?.id ?? null,
  };
}

/** Where the learner stopped in each lesson on this device; the API takes positions but has no query to read them. */
export interface PositionStore {
  read(lessonId: string): number;
  write(lessonId: string, positionSeconds: number): void;
}

export const wxPositionStore: PositionStore = {
  read: (lessonId) => Number(wx.getStorageSync<number | ''>(`knowledgepay.position.${lessonId}`)) || 0,
  write: (lessonId, positionSeconds) => wx.setStorageSync(`knowledgepay.position.${lessonId}`, positionSeconds),
};

export interface ProgressOptions {
  positions?: PositionStore;
  /** How much playing between two reports while the lesson plays. */
  reportEverySeconds?: number;
}

const SUPERSEDED = [NETWORK_LOST, 'CONFLICT'];

/** Close enough to the end that opening the lesson again starts it over. */
const FINISHED_MARGIN_SECONDS = 5;

/**
 * Reports how far the learner got in one lesson: updateLessonProgress (the course's progress and refund rules
 * count on it) every few seconds of playing and when playing stops, with PROGRESS, LESSON_START and
 * LESSON_COMPLETE events for the recommender. Remembers the position so the player resumes where they stopped.
 */
export class LessonProgress {
  private readonly positions: PositionStore;
  private readonly reportEverySeconds: number;
  private position = 0;
  private duration: number;
  private reportedPosition = 0;
  private reporting: Promise<void> | null = null;

  constructor(
    private readonly api: Api,
    private readonly lesson: { courseId: string; id: string; durationSeconds: number },
    options: ProgressOptions = {},
  ) {
    this.positions = options.positions ?? wxPositionStore;
    this.reportEverySeconds = options.reportEverySeconds ?? 15;
    this.duration = lesson.durationSeconds;
  }

  /** Where to start playing: where the learner stopped, or the beginning when they had finished. */
  resumeAt(): number {
    const saved = this.positions.read(this.lesson.id);
    return this.duration > 0 && saved >= this.duration - FINISHED_MARGIN_SECONDS ? 0 : saved;
  }

  start(): void {
    this.track('LESSON_START');
  }

  /** The player is at `positionSeconds`; reports when it played far enough since the last report. */
  async playedTo(positionSeconds: number, durationSeconds = 0): Promise<void> {
    this.position = positionSeconds;
    if (durationSeconds > 0) {
      this.duration = durationSeconds;
    }
    if (Math.abs(positionSeconds - this.reportedPosition) >= this.reportEverySeconds) {
      await this.report(false);
    }
  }

  /** Playing stopped (paused, page hidden or closed): reports the last position if it moved. */
  async stopped(): Promise<void> {
    if (Math.floor(this.position) !== Math.floor(this.reportedPosition)) {
      await this.report(false);
    }
  }

  /** The learner reached the end (or finished reading). */
  async completed(): Promise<void> {
    this.position = Math.max(this.position, this.duration);
    await this.report(true);
    this.track('LESSON_COMPLETE');
  }

  private async report(completed: boolean): Promise<void> {
    // One report at a time: while one is on its way, later positions wait for the next time update; completion
    // always goes, after it.
    if (this.reporting !== null && !completed) {
      return;
    }
    const positionSeconds = Math.floor(this.position);
    const percent = completed ? 100 : this.percent();
    this.reportedPosition = this.position;
    this.positions.write(this.lesson.id, positionSeconds);
    const previous = this.reporting;
    const sending = (async () => {
      await previous?.catch(() => undefined);
      await this.send(positionSeconds, percent, completed);
    })();
    this.reporting = sending;
    try {
      await sending;
    } finally {
      if (this.reporting === sending) {
        this.reporting = null;
      }
    }
    this.track('PROGRESS', percent);
  }

  private async send(positionSeconds: number, percent: number, completed: boolean): Promise<void> {
    try {
      const { updateLessonProgress } = await this.api.client.request(UpdateLessonProgressDocument, {
        input: { lessonId: this.lesson.id, percent, positionSeconds, completed },
      });
      throwIfErrors(updateLessonProgress.errors);
    } catch (error) {
      // A report lost on the way or crossed by another (CONFLICT) is superseded by the next one (the percent never
      // goes down); only refusals matter.
      if (!(error instanceof ApiError) || !SUPERSEDED.includes(error.code)) {
        throw error;
      }
    }
  }

  private percent(): number {
    return this.duration > 0 ? Math.min(100, Math.floor((this.position / this.duration) * 100)) : 0;
  }

  private track(kind: 'LESSON_START' | 'PROGRESS' | 'LESSON_COMPLETE', progressPercent?: number): void {
    this.api.tracker.track({ kind, courseId: this.lesson.courseId, lessonId: this.lesson.id, progressPercent, context: 'lesson' });
  }
}
