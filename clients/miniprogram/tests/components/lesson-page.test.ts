import { describe, expect, it, vi } from 'vitest';
import { apiEndpoint } from '../../miniprogram/config';
import { wxPositionStore } from '../../miniprogram/services/lessons';
import { answerPlayer, playerCourse } from '../support/course-fixtures';
import { fakeApi } from '../support/fake-api';
import { installPageWx } from '../support/page-wx';
import { type Rendered, render, simulate } from '../support/render';

type Handler = () => void;

/** A stand-in for wx.createInnerAudioContext that the test plays by firing its callbacks. */
function fakeAudio() {
  const handlers: Record<string, Handler> = {};
  const on = (name: string) => (handler: Handler) => void (handlers[name] = handler);
  const audio = {
    src: '',
    startTime: 0,
    currentTime: 0,
    duration: 0,
    play: vi.fn(() => handlers.play?.()),
    pause: vi.fn(() => handlers.pause?.()),
    destroy: vi.fn(),
    onPlay: on('play'),
    onPause: on('pause'),
    onTimeUpdate: on('timeUpdate'),
    onEnded: on('ended'),
    onError: on('error'),
    fire: (name: string) => handlers[name]?.(),
  };
  return audio;
}

function platform() {
  const audio = fakeAudio();
  const calls = installPageWx();
  Object.assign(wx, { createInnerAudioContext: () => audio });
  return { audio, ...calls };
}

const progressOk = (variables: Record<string, unknown>) => ({
  updateLessonProgress: { progress: { ...(variables.input as object), completedAt: null }, errors: null },
});

async function openLesson(lessonId: string) {
  const fake = fakeApi({ LessonPlayer: answerPlayer(playerCourse()), UpdateLessonProgress: progressOk });
  const page = render('pages/lesson/lesson', fake.api);
  page.instance.onLoad({ courseId: 'c1', lessonId } as never);
  await simulate.sleep(0);
  const reports = () => fake.sent.filter((r) => r.operation === 'UpdateLessonProgress').map((r) => r.variables.input);
  const tracked = () => fake.tracked.map((event) => `${event.kind}${event.progressPercent === undefined ? '' : ` ${event.progressPercent}`}`);
  return { page, reports, tracked };
}

const text = (element: Rendered | undefined) => element?.dom?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

async function tap(element: Rendered | undefined) {
  element?.querySelector('.stand-in')?.dispatchEvent('tap');
  await simulate.sleep(0);
}

describe('lesson page', () => {
  it('shows a locked lesson with the price that unlocks it, not its body, and reports nothing', async () => {
    const { navigateTo } = platform();
    const { page, reports, tracked } = await openLesson('l2');

    expect(text(page.querySelector('.locked__price'))).toBe('¥79.00');
    expect(text(page)).toContain('本节为付费内容');
    expect(page.querySelector('.body')).toBeUndefined();
    expect(page.querySelector('.audio')).toBeUndefined();

    await tap(page.querySelector('.buy'));
    expect(navigateTo).toHaveBeenCalledWith({ url: '/pages/checkout/checkout?courseId=c1' });
    expect(reports()).toEqual([]);
    expect(tracked()).toEqual([]);
  });

  it('opens a locked lesson when the learner comes back having bought the course', async () => {
    platform();
    let bought = false;
    const unlocked = () => playerCourse({ lessons: playerCourse().lessons.map((lesson) => ({ ...lesson, locked: false, media: lesson.media ?? { url: '/media/l2?sig=def', expiresAt: '2026-12-03T09:00:00Z' } })) });
    const fake = fakeApi({ LessonPlayer: (variables) => answerPlayer(bought ? unlocked() : playerCourse())(variables), UpdateLessonProgress: progressOk });
    const page = render('pages/lesson/lesson', fake.api);
    page.instance.onLoad({ courseId: 'c1', lessonId: 'l2' } as never);
    await simulate.sleep(0);
    expect(page.querySelector('.locked__price')).toBeDefined();

    bought = true;
    page.instance.onShow();
    await simulate.sleep(0);

    expect(page.querySelector('.locked__price')).toBeUndefined();
    expect(text(page.querySelector('.audio__toggle'))).toBe('播放');
  });

  it('plays a video from where the learner stopped and reports how far they got', async () => {
    platform();
    wxPositionStore.write('l1', 245);
    const { page, reports, tracked } = await openLesson('l1');

    const video = page.querySelector('.video');
    expect(video).toBeDefined();
    // jsdom draws no native video: what the <video> is given is in the page's data.
    expect(page.instance.data).toMatchObject({ mediaUrl: `${new URL(apiEndpoint).origin}/media/l1?sig=abc`, resumeAt: 245 });
    expect(page.querySelector('.body')?.dom?.textContent).toBe('本节笔记');

    video?.dispatchEvent('timeupdate', { detail: { currentTime: 250, duration: 600 } });
    video?.dispatchEvent('timeupdate', { detail: { currentTime: 262, duration: 600 } });
    await simulate.sleep(0);
    video?.dispatchEvent('pause');
    await simulate.sleep(0);
    video?.dispatchEvent('ended');
    await simulate.sleep(0);

    expect(reports()).toEqual([
      { lessonId: 'l1', percent: 41, positionSeconds: 250, completed: false },
      { lessonId: 'l1', percent: 43, positionSeconds: 262, completed: false },
      { lessonId: 'l1', percent: 100, positionSeconds: 600, completed: true },
    ]);
    expect(tracked()).toEqual(['LESSON_START', 'PROGRESS 41', 'PROGRESS 43', 'PROGRESS 100', 'LESSON_COMPLETE']);
  });

  it('plays audio from the saved position, shows where it is and reports when paused', async () => {
    const { audio } = platform();
    const fake = fakeApi({
      LessonPlayer: answerPlayer(playerCourse({ lessons: [{ ...playerCourse().lessons[0], kind: 'AUDIO' }] })),
      UpdateLessonProgress: progressOk,
    });
    wxPositionStore.write('l1', 120);
    const page = render('pages/lesson/lesson', fake.api);
    page.instance.onLoad({ courseId: 'c1', lessonId: 'l1' } as never);
    await simulate.sleep(0);

    expect(audio.src).toBe(`${new URL(apiEndpoint).origin}/media/l1?sig=abc`);
    expect(audio.startTime).toBe(120);
    expect(text(page.querySelector('.audio__time'))).toBe('02:00 / 10:00');

    await tap(page.querySelector('.audio__toggle'));
    expect(audio.play).toHaveBeenCalled();
    expect(text(page.querySelector('.audio__toggle'))).toBe('暂停');

    Object.assign(audio, { currentTime: 150, duration: 600 });
    audio.fire('timeUpdate');
    await simulate.sleep(0);
    Object.assign(audio, { currentTime: 157 });
    audio.fire('pause');
    await simulate.sleep(0);

    expect(text(page.querySelector('.audio__time'))).toBe('02:30 / 10:00');
    expect(text(page.querySelector('.audio__toggle'))).toBe('播放');
    expect(fake.sent.filter((r) => r.operation === 'UpdateLessonProgress').map((r) => r.variables.input)).toEqual([
      { lessonId: 'l1', percent: 25, positionSeconds: 150, completed: false },
    ]);
    // The pause reports where the last time update left the player.
    expect(wxPositionStore.read('l1')).toBe(150);

    page.instance.onUnload();
    expect(audio.destroy).toHaveBeenCalled();
  });

  it('shows an article and marks it studied when the learner finishes it', async () => {
    platform();
    const { page, reports, tracked } = await openLesson('l3');

    expect(text(page.querySelector('.body'))).toBe('第一段 第二段');
    expect(page.querySelector('.video')).toBeUndefined();

    await tap(page.querySelector('.finish'));
    page.instance.onReachBottom();
    await simulate.sleep(0);

    expect(text(page.querySelector('.finish'))).toBe('已学完');
    expect(reports()).toEqual([{ lessonId: 'l3', percent: 100, positionSeconds: 300, completed: true }]);
    expect(tracked()).toEqual(['LESSON_START', 'PROGRESS 100', 'LESSON_COMPLETE']);
  });

  it('moves to the neighbouring lessons in place', async () => {
    const { redirectTo } = platform();
    const { page } = await openLesson('l3');

    expect(page.querySelector('.next')).toBeUndefined();
    await tap(page.querySelector('.previous'));

    expect(redirectTo).toHaveBeenCalledWith({ url: '/pages/lesson/lesson?courseId=c1&lessonId=l2' });
  });

  it('asks for a fresh media link after the player failed, resuming where it was', async () => {
    platform();
    const fake = fakeApi({ LessonPlayer: answerPlayer(playerCourse()), UpdateLessonProgress: progressOk });
    const page = render('pages/lesson/lesson', fake.api);
    page.instance.onLoad({ courseId: 'c1', lessonId: 'l1' } as never);
    await simulate.sleep(0);

    page.querySelector('.video')?.dispatchEvent('timeupdate', { detail: { currentTime: 80, duration: 600 } });
    page.querySelector('.video')?.dispatchEvent('error');
    await simulate.sleep(0);
    expect(text(page.querySelector('.failed__message'))).toBe('播放出错了，点重试继续学习');

    await tap(page.querySelector('.retry'));

    expect(fake.sent.filter((r) => r.operation === 'LessonPlayer')).toHaveLength(2);
    expect(page.querySelector('.video')).toBeDefined();
    expect(page.instance.data.resumeAt).toBe(80);
  });

  it('plays a live lesson\'s stream in the video player, and says when there is none yet', async () => {
    platform();
    const live = (media: { url: string; expiresAt: string } | null) =>
      playerCourse({ lessons: [{ ...playerCourse().lessons[0], kind: 'LIVE', media }] });
    const streaming = fakeApi({ LessonPlayer: answerPlayer(live({ url: '/media/l1.m3u8?sig=abc', expiresAt: '2026-12-03T09:00:00Z' })) });
    const page = render('pages/lesson/lesson', streaming.api);
    page.instance.onLoad({ courseId: 'c1', lessonId: 'l1' } as never);
    await simulate.sleep(0);
    expect(page.querySelector('.video')).toBeDefined();
    expect(page.querySelector('.live')).toBeUndefined();

    const upcoming = fakeApi({ LessonPlayer: answerPlayer(live(null)) });
    const later = render('pages/lesson/lesson', upcoming.api);
    later.instance.onLoad({ courseId: 'c1', lessonId: 'l1' } as never);
    await simulate.sleep(0);
    expect(later.querySelector('.video')).toBeUndefined();
    expect(text(later.querySelector('.live'))).toBe('直播课请在直播开始后进入观看');
  });

  it('says so when the lesson does not exist', async () => {
    platform();
    const { page, reports } = await openLesson('l9');

    expect(text(page.querySelector('.failed__message'))).toBe('内容不存在或已下架');
    expect(reports()).toEqual([]);
  });
});
