import { describe, expect, it } from 'vitest';
import { ApiError, NETWORK_LOST } from '../../miniprogram/api/errors';
import { onApiOrigin } from '../../miniprogram/services/api-origin';
import { LessonProgress, loadLesson, type PositionStore, wxPositionStore } from '../../miniprogram/services/lessons';
import { answerPlayer, playerCourse } from '../support/course-fixtures';
import { fakeApi } from '../support/fake-api';

describe('loadLesson', () => {
  it('gives an open video its media, show notes and neighbours, asking for its text alone', async () => {
    const { api, sent } = fakeApi({ LessonPlayer: answerPlayer(playerCourse()) });

    const lesson = await loadLesson(api, 'c1', 'l1');

    expect(lesson).toMatchObject({
      courseTitle: '前端进阶',
      kind: 'VIDEO',
      locked: false,
      price: '',
      body: '本节笔记',
      mediaPath: '/media/l1?sig=abc',
      previousLessonId: null,
      nextLessonId: 'l2',
    });
    // A served body counts as opened for the refund policy: only the lesson played is asked for.
    expect(sent.map((r) => r.variables)).toEqual([{ courseId: 'c1', lessonId: 'l1' }]);
  });

  it('reads an open article with its text', async () => {
    const { api, sent } = fakeApi({ LessonPlayer: answerPlayer(playerCourse()) });

    const lesson = await loadLesson(api, 'c1', 'l3');

    expect(lesson).toMatchObject({ kind: 'ARTICLE', body: '第一段\n第二段', previousLessonId: 'l2', nextLessonId: null });
    expect(sent.map((r) => r.variables.lessonId)).toEqual(['l3']);
  });

  it('gives a locked lesson the price that unlocks it and never a body', async () => {
    const leaky = playerCourse();
    leaky.lessons[1] = { ...leaky.lessons[1], body: '不该出现', media: { url: '/media/l2', expiresAt: '2026-12-03T09:00:00Z' } };
    const { api } = fakeApi({ LessonPlayer: () => ({ course: { ...leaky, lesson: { id: 'l2', body: '不该出现' } } }) });

    const lesson = await loadLesson(api, 'c1', 'l2');

    expect(lesson).toMatchObject({ locked: true, price: '¥79.00', body: '', mediaPath: '', previousLessonId: 'l1', nextLessonId: 'l3' });
  });

  it('shows no price on a locked lesson where the platform hides prices', async () => {
    const { api } = fakeApi({ LessonPlayer: answerPlayer(playerCourse({ price: null, priceForViewer: null, purchase: { pricesHidden: true } })) });

    expect((await loadLesson(api, 'c1', 'l2')).price).toBe('');
  });

  it('fails with NOT_FOUND for a lesson the course does not have', async () => {
    const { api } = fakeApi({ LessonPlayer: answerPlayer(playerCourse()) });

    await expect(loadLesson(api, 'c1', 'l9')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

function memoryPositions(saved: Record<string, number> = {}): PositionStore & { saved: Record<string, number> } {
  return { saved, read: (id) => saved[id] ?? 0, write: (id, seconds) => void (saved[id] = seconds) };
}

const progressOk = (variables: Record<string, unknown>) => {
  const input = variables.input as { lessonId: string; percent: number; positionSeconds: number };
  return { updateLessonProgress: { progress: { ...input, completedAt: null }, errors: null } };
};

describe('LessonProgress', () => {
  const lesson = { courseId: 'c1', id: 'l1', durationSeconds: 600 };

  it('resumes where the learner stopped, and from the start once they had finished', () => {
    const { api } = fakeApi({});

    expect(new LessonProgress(api, lesson, { positions: memoryPositions({ l1: 245 }) }).resumeAt()).toBe(245);
    expect(new LessonProgress(api, lesson, { positions: memoryPositions({ l1: 598 }) }).resumeAt()).toBe(0);
    expect(new LessonProgress(api, lesson, { positions: memoryPositions() }).resumeAt()).toBe(0);
  });

  it('reports every stretch of playing with its percent and position, and tracks it', async () => {
    const { api, sent, tracked } = fakeApi({ UpdateLessonProgress: progressOk });
    const positions = memoryPositions();
    const progress = new LessonProgress(api, lesson, { positions, reportEverySeconds: 15 });

    progress.start();
    for (const second of [0, 5, 10, 14.9]) {
      await progress.playedTo(second);
    }
    await progress.playedTo(20.4);
    await progress.playedTo(30);
    await progress.playedTo(35.6);

    expect(sent.map((r) => r.variables.input)).toEqual([
      { lessonId: 'l1', percent: 3, positionSeconds: 20, completed: false },
      { lessonId: 'l1', percent: 5, positionSeconds: 35, completed: false },
    ]);
    expect(positions.saved.l1).toBe(35);
    expect(tracked.map((event) => [event.kind, event.progressPercent])).toEqual([
      ['LESSON_START', undefined],
      ['PROGRESS', 3],
      ['PROGRESS', 5],
    ]);
  });

  it('uses the length the player measured over the catalogue one', async () => {
    const { api, sent } = fakeApi({ UpdateLessonProgress: progressOk });
    const progress = new LessonProgress(api, lesson, { positions: memoryPositions() });

    await progress.playedTo(150, 300);

    expect(sent[0].variables.input).toMatchObject({ percent: 50, positionSeconds: 150 });
  });

  it('reports where playing stopped, once', async () => {
    const { api, sent } = fakeApi({ UpdateLessonProgress: progressOk });
    const progress = new LessonProgress(api, lesson, { positions: memoryPositions() });

    await progress.playedTo(0);
    await progress.playedTo(7);
    await progress.stopped();
    await progress.stopped();

    expect(sent.map((r) => (r.variables.input as { positionSeconds: number }).positionSeconds)).toEqual([7]);
  });

  it('marks the lesson completed at the end and tracks LESSON_COMPLETE', async () => {
    const { api, sent, tracked } = fakeApi({ UpdateLessonProgress: progressOk });
    const progress = new LessonProgress(api, lesson, { positions: memoryPositions() });

    await progress.completed();

    expect(sent[0].variables.input).toEqual({ lessonId: 'l1', percent: 100, positionSeconds: 600, completed: true });
    expect(tracked.map((event) => event.kind)).toEqual(['PROGRESS', 'LESSON_COMPLETE']);
  });

  it('keeps playing through a lost or crossed report but surfaces a refusal', async () => {
    const answers = [
      () => Promise.reject(new ApiError(NETWORK_LOST, 'lost')),
      () => ({ updateLessonProgress: { progress: null, errors: [{ code: 'CONFLICT', message: 'crossed' }] } }),
      () => ({ updateLessonProgress: { progress: null, errors: [{ code: 'LESSON_LOCKED', message: 'locked' }] } }),
    ];
    const { api } = fakeApi({ UpdateLessonProgress: () => answers.shift()?.() });
    const progress = new LessonProgress(api, lesson, { positions: memoryPositions() });

    await expect(progress.playedTo(20)).resolves.toBeUndefined();
    await expect(progress.playedTo(40)).resolves.toBeUndefined();
    await expect(progress.playedTo(60)).rejects.toMatchObject({ code: 'LESSON_LOCKED', message: '购买后即可学习本节' });
  });

  it('remembers positions in wx storage', () => {
    wxPositionStore.write('l1', 42);

    expect(wxPositionStore.read('l1')).toBe(42);
    expect(wxPositionStore.read('l2')).toBe(0);
  });
});

describe('onApiOrigin', () => {
  it('puts a path on the API origin and leaves absolute URLs alone', () => {
    expect(onApiOrigin('https://api.example.com/graphql', '/media/l1?sig=abc')).toBe('https://api.example.com/media/l1?sig=abc');
    expect(onApiOrigin('http://127.0.0.1:5000/graphql', 'media/l1')).toBe('http://127.0.0.1:5000/media/l1');
    expect(onApiOrigin('https://api.example.com/graphql', 'https://cdn.example.com/a.mp4')).toBe('https://cdn.example.com/a.mp4');
  });
});

describe('LessonProgress under quick time updates', () => {
  it('sends one report at a time, with the position of the update that started it', async () => {
    const { api, sent } = fakeApi({ UpdateLessonProgress: progressOk });
    const progress = new LessonProgress(api, { courseId: 'c1', id: 'l1', durationSeconds: 600 }, { positions: memoryPositions() });

    await Promise.all([progress.playedTo(250), progress.playedTo(270), progress.completed()]);

    expect(sent.map((r) => (r.variables.input as { positionSeconds: number }).positionSeconds)).toEqual([250, 600]);
  });
});
