import { beforeAll, describe, expect, inject, it } from 'vitest';
import { NETWORK_LOST, PAYMENT_CANCELLED, userMessage } from '../../miniprogram/api/errors';
import { wxPaymentPort } from '../../miniprogram/api/payment';
import { loadCategoryCourses, loadHome, loadRecommendations, noteCourseOpened } from '../../miniprogram/services/catalog';
import { loadCheckout, newAttemptKey, pay, placeOrder, type Purchase, resumePayment, waitUntilPaid } from '../../miniprogram/services/checkout';
import { type CourseView, type LessonRow, loadCourse, shareCourse } from '../../miniprogram/services/course';
import { loadMyCourses } from '../../miniprogram/services/learning';
import { LessonProgress, loadLesson } from '../../miniprogram/services/lessons';
import { loadOrder, loadOrders, requestRefund } from '../../miniprogram/services/orders';
import { loadAccount, loadOnboarding, saveOnboarding } from '../../miniprogram/services/profile';
import { loadReviewDraft, saveReview } from '../../miniprogram/services/reviews';
import { ShareEntries } from '../../miniprogram/services/sharing';
import { loadWallet, placeTopUp, type TopUpChoice } from '../../miniprogram/services/wallet';
import { type Learner, newLearner } from './learner';

const origin = inject('serverOrigin');
/** The share card's path the first learner sends; the second learner opens the mini program through it. */
let sharedCoursePath = '';

// The learner's way through the mini program, step by step, each step what a page does when the learner acts:
// every call below is a service the pages use, over wx.request, wx.login and wx.requestPayment played in Node.
describe('a learner buys and studies a course through the mini program', () => {
  let learner: Learner;
  let course: CourseView;
  let lockedLessonId: string;
  let lockedLessonSeconds: number;
  let orderId: string;

  beforeAll(() => {
    learner = newLearner(origin);
  });

  it('logs in silently with wx.login and is asked to onboard', async () => {
    await learner.api.auth.ensureSignedIn();

    expect(learner.api.auth.isSignedIn()).toBe(true);
    const account = await loadAccount(learner.api);
    expect(account.needsOnboarding).toBe(true);
    expect(account.personalisationConsent).toBe(false);
  });

  it('onboards with interests and personalisation consent', async () => {
    const onboarding = await loadOnboarding(learner.api);
    expect(onboarding.interests.length).toBeGreaterThan(2);

    const chosen = onboarding.interests.slice(0, 3).map((interest) => interest.id);
    await saveOnboarding(learner.api, { interestTagIds: chosen, personalisationConsent: true });

    const account = await loadAccount(learner.api);
    expect(account.needsOnboarding).toBe(false);
    expect(account.personalisationConsent).toBe(true);
    expect((await loadOnboarding(learner.api)).interests.filter((interest) => interest.chosen).map((interest) => interest.id)).toEqual(chosen);
  });

  it('gets recommendations with their reasons on the home page', async () => {
    const home = await loadHome(learner.api);
    expect(home.categories.length).toBeGreaterThan(0);

    const recommendations = await loadRecommendations(learner.api, null);
    expect(recommendations.items.length).toBeGreaterThan(0);
    for (const recommendation of recommendations.items) {
      expect(recommendation.reason).not.toBe('');
    }
  });

  it('opens a paid course: locked lessons show the price, not the body', async () => {
    course = await firstPaidCourse(learner);
    noteCourseOpened(learner.api, course.id, 'home:recommended');

    expect(course.owned).toBe(false);
    expect(course.canBuy).toBe(true);
    expect(course.price?.final).toMatch(/^¥\d+\.\d{2}$/);
    const locked = lockedLessonOf(course);
    expect(locked.lockNote).toBe(`${course.price?.final} 解锁`);
    lockedLessonId = locked.id;

    const lesson = await loadLesson(learner.api, course.id, lockedLessonId);
    expect(lesson.locked).toBe(true);
    expect(lesson.body).toBe('');
    expect(lesson.mediaPath).toBe('');
    expect(lesson.price).not.toBe('');
    lockedLessonSeconds = lesson.durationSeconds > 0 ? lesson.durationSeconds : 600;

    sharedCoursePath = await shareCourse(learner.api, course.id);
    expect(sharedCoursePath).toMatch(/^\/pages\/course\/course\?.*scene=/);
  });

  it('orders it at the quoted price and pays with WeChat Pay; a closed pay sheet leaves the order to resume', async () => {
    const purchase: Purchase = { lines: [{ courseId: course.id }] };
    const checkout = await loadCheckout(learner.api, purchase);
    expect(checkout.canBuy).toBe(true);
    expect(checkout.methods[0]).toBe('WECHAT_PAY');

    const order = await placeOrder(learner.api, purchase, checkout.totalFen, newAttemptKey());
    orderId = order.id;
    expect(order.status).toBe('PENDING');
    expect(order.amountYuan).toBe(checkout.totalYuan);

    learner.wx.queuePaymentOutcomes('CANCEL');
    await expect(pay(learner.api, wxPaymentPort, orderId, 'WECHAT_PAY')).rejects.toMatchObject({ code: PAYMENT_CANCELLED });
    expect(learner.wx.payments[0].package).toMatch(/^prepay_id=/);
    expect(learner.wx.payments[0].paySign).not.toBe('');

    const pending = (await loadOrders(learner.api)).orders.find((listed) => listed.id === orderId);
    expect(pending?.statusLabel).toBe('待支付');
    expect(pending?.canResume).toBe(true);

    expect(await resumePayment(learner.api, wxPaymentPort, orderId)).toBe('submitted');
    const paid = await waitUntilPaid(learner.api, orderId, { intervalMilliseconds: 1000, attempts: 30 });
    expect(paid.status).toBe('PAID');
  });

  it('sees every lesson unlock and the course among their courses', async () => {
    const owned = await loadCourse(learner.api, course.id);
    expect(owned.owned).toBe(true);
    expect(owned.canBuy).toBe(false);
    expect(owned.chapters.flatMap((chapter) => chapter.lessons).every((lesson) => lesson.opens)).toBe(true);

    const mine = await loadMyCourses(learner.api);
    expect(mine.courses.find((listed) => listed.courseId === course.id)?.progressLabel).toBe('未开始');
  });

  it('studies part of a lesson in the player: progress is reported and the player resumes there', async () => {
    // The player opens only this lesson (course.lesson(id)), so the refund below stays within the refund policy.
    const lesson = await loadLesson(learner.api, course.id, lockedLessonId);
    expect(lesson.locked).toBe(false);
    const progress = new LessonProgress(learner.api, lesson);
    progress.start();
    await progress.playedTo(Math.floor(lockedLessonSeconds * 0.1), lockedLessonSeconds);
    await progress.playedTo(Math.floor(lockedLessonSeconds * 0.25), lockedLessonSeconds);
    await progress.stopped();

    const reports = learner.answersTo('UpdateLessonProgress') as { updateLessonProgress: { errors: unknown } }[];
    expect(reports.length).toBeGreaterThan(0);
    expect(reports.every((report) => report.updateLessonProgress.errors === null)).toBe(true);
    expect(new LessonProgress(learner.api, lesson).resumeAt()).toBe(Math.floor(lockedLessonSeconds * 0.25));

    const studied = (await loadMyCourses(learner.api)).courses.find((listed) => listed.courseId === course.id);
    expect(studied?.progressLabel).not.toBe('未开始');
    expect(studied?.detail).toMatch(/^上次学习 /);
  });

  it('sends what they did as batched behaviour events, stored once', async () => {
    // Some batches may have gone already on the tracker's timer; flushing sends the rest, as the app does on hide.
    await learner.api.tracker.flush();

    expect(learner.api.tracker.pending).toBe(0);
    const batches = learner.answersTo('TrackEvents') as { trackEvents: { stored: number; errors: unknown } }[];
    expect(batches.length).toBeGreaterThan(0);
    expect(batches.every((batch) => batch.trackEvents.errors === null)).toBe(true);
    expect(batches.reduce((stored, batch) => stored + batch.trackEvents.stored, 0)).toBeGreaterThanOrEqual(3);
  });

  it('asks for a refund: the order is refunded and the lessons lock again', async () => {
    const refunding = await requestRefund(learner.api, orderId, '内容和预期不符');
    expect(refunding.refunds).toHaveLength(1);
    expect(refunding.canRefund).toBe(false);

    const refunded = await eventually(async () => {
      const order = await loadOrder(learner.api, orderId);
      return order?.status === 'REFUNDED' ? order : null;
    });
    expect(refunded.statusLabel).toBe('已退款');

    const relocked = await eventually(async () => {
      const again = await loadCourse(learner.api, course.id);
      return again.owned ? null : again;
    });
    expect(relocked.canBuy).toBe(true);
    expect((await loadLesson(learner.api, course.id, lockedLessonId)).locked).toBe(true);
    expect((await loadMyCourses(learner.api)).courses.map((listed) => listed.courseId)).not.toContain(course.id);
  });
});

describe('a friend opens the shared course, buys it and studies a lesson in the player', () => {
  let learner: Learner;

  beforeAll(async () => {
    learner = newLearner(origin);
    await learner.api.auth.ensureSignedIn();
  });

  it('enters through the share card: the visit is bound to the sharer and opens the course', async () => {
    const query = Object.fromEntries(new URLSearchParams(sharedCoursePath.split('?')[1]));
    const entry = await new ShareEntries(learner.api).enter(query);

    expect(entry?.refusedCode).toBeNull();
    expect(entry?.courseId).toBe(query.id);
  });

  it('opens the lesson with its content, finishes it, and sees the course progress', async () => {
    const courseId = new URLSearchParams(sharedCoursePath.split('?')[1]).get('id') as string;
    const lessonId = lockedLessonOf(await loadCourse(learner.api, courseId)).id;
    expect((await loadLesson(learner.api, courseId, lessonId)).locked).toBe(true);

    await buyWithWeChatPay(learner, courseId);

    const lesson = await loadLesson(learner.api, courseId, lessonId);
    expect(lesson.locked).toBe(false);
    expect(lesson.price).toBe('');
    expect(lesson.body !== '' || lesson.mediaPath !== '').toBe(true);

    const progress = new LessonProgress(learner.api, lesson);
    progress.start();
    await progress.completed();
    await learner.api.tracker.flush();

    const studied = (await loadMyCourses(learner.api)).courses.find((listed) => listed.courseId === courseId);
    expect(studied?.progressPercent).toBeGreaterThan(0);
    expect(new LessonProgress(learner.api, lesson).resumeAt()).toBe(0);
  });

  it('reviews the course: text content security refuses is explained, a fair review is listed', async () => {
    const courseId = new URLSearchParams(sharedCoursePath.split('?')[1]).get('id') as string;
    const draft = await loadReviewDraft(learner.api, courseId);
    expect(draft.reviewId).toBeNull();

    await expect(saveReview(learner.api, { courseId, reviewId: null, stars: 1, text: '加我玩赌博' })).rejects.toMatchObject({
      code: 'CONTENT_REFUSED',
      message: userMessage('CONTENT_REFUSED'),
    });

    const saved = await saveReview(learner.api, { courseId, reviewId: null, stars: 5, text: '讲得很清楚，收获很大' });
    expect(saved.status).toBe('VISIBLE');
    const reviewed = await loadCourse(learner.api, courseId);
    expect(reviewed.reviews.reviews.map((review) => review.text)).toContain('讲得很清楚，收获很大');
  });
});

describe('a learner tops up the balance with WeChat Pay and buys a course from it', () => {
  let learner: Learner;

  beforeAll(async () => {
    learner = newLearner(origin);
    await learner.api.auth.ensureSignedIn();
  });

  it('pays with 余额 at once, without a pay sheet, and no lost answer makes a second order', async () => {
    const course = await firstPaidCourse(learner);
    const purchase: Purchase = { lines: [{ courseId: course.id }] };
    const { totalFen } = await loadCheckout(learner.api, purchase);
    const wallet = await loadWallet(learner.api);
    expect(wallet.balance).toBe('0.00');
    const tier = wallet.choices.find((choice) => choice.amountFen >= totalFen);
    expect(tier).toBeDefined();

    const topUpOrderId = await placeTopUp(learner.api, (tier as TopUpChoice).amountFen);
    expect(await pay(learner.api, wxPaymentPort, topUpOrderId, 'WECHAT_PAY')).toBe('submitted');
    expect((await waitUntilPaid(learner.api, topUpOrderId, { intervalMilliseconds: 1000, attempts: 30 })).status).toBe('PAID');
    const toppedUp = await eventually(async () => {
      const now = await loadWallet(learner.api);
      return now.balance === '0.00' ? null : now;
    });
    expect(toppedUp.entries.map((entry) => entry.label)).toContain('充值');

    const checkout = await loadCheckout(learner.api, purchase);
    expect(checkout.methods).toContain('BALANCE');

    // The answer to createOrder is lost: the learner taps again and the same client key gets the same order.
    const clientKey = newAttemptKey();
    learner.wx.loseNextAnswers(1);
    await expect(placeOrder(learner.api, purchase, checkout.totalFen, clientKey)).rejects.toMatchObject({
      code: NETWORK_LOST,
      message: userMessage(NETWORK_LOST),
    });
    const order = await placeOrder(learner.api, purchase, checkout.totalFen, clientKey);
    // A query whose answer is lost is simply asked again.
    learner.wx.loseNextAnswers(1);
    const pending = (await loadOrders(learner.api)).orders.filter((listed) => listed.status === 'PENDING');
    expect(pending.map((listed) => listed.id)).toEqual([order.id]);

    const sheetsBefore = learner.wx.payments.length;
    expect(await pay(learner.api, wxPaymentPort, order.id, 'BALANCE')).toBe('paid');
    expect(learner.wx.payments).toHaveLength(sheetsBefore);

    expect((await loadCourse(learner.api, course.id)).owned).toBe(true);
    const spent = await loadWallet(learner.api);
    expect(Number(spent.balance)).toBeCloseTo(Number(toppedUp.balance) - checkout.totalFen / 100, 2);
    expect(spent.entries.map((entry) => entry.label)).toContain('余额支付');
  });
});

/** What the checkout page does for one course: quote, order at that price, pay with WeChat Pay, wait until paid. */
async function buyWithWeChatPay(learner: Learner, courseId: string): Promise<void> {
  const purchase: Purchase = { lines: [{ courseId }] };
  const checkout = await loadCheckout(learner.api, purchase);
  const order = await placeOrder(learner.api, purchase, checkout.totalFen, newAttemptKey());
  expect(await pay(learner.api, wxPaymentPort, order.id, 'WECHAT_PAY')).toBe('submitted');
  expect((await waitUntilPaid(learner.api, order.id, { intervalMilliseconds: 1000, attempts: 30 })).status).toBe('PAID');
}

/**
 * A paid course from the learner's recommendations (or else the first category) with enough lessons that studying
 * one keeps them within the refund policy (at most 30 % of a course's lessons opened, Orders:Refunds).
 */
async function firstPaidCourse(learner: Learner): Promise<CourseView> {
  const isPaid = (priceText: string) => priceText !== '' && priceText !== '免费';
  const recommended = (await loadRecommendations(learner.api, null)).items.map((item) => item.course);
  const [category] = (await loadHome(learner.api)).categories;
  const listed = (await loadCategoryCourses(learner.api, category.id, null)).items;
  for (const card of [...recommended, ...listed].filter((candidate) => isPaid(candidate.priceText))) {
    const course = await loadCourse(learner.api, card.id);
    const lessons = course.chapters.flatMap((chapter) => chapter.lessons);
    if (lessons.length >= 4 && lessons.some((lesson) => !lesson.opens)) {
      return course;
    }
  }
  throw new Error('The demo catalogue offered no paid course with four lessons or more');
}

function lockedLessonOf(course: CourseView): LessonRow {
  const locked = course.chapters.flatMap((chapter) => chapter.lessons).find((lesson) => !lesson.opens);
  if (locked === undefined) {
    throw new Error(`${course.title} has no locked lesson`);
  }
  return locked;
}

/** Asks until the answer is there: refunds settle when WeChat Pay's notification arrives (about a second). */
async function eventually<T>(attempt: () => Promise<T | null>, { tries = 30, intervalMilliseconds = 1000 } = {}): Promise<T> {
  for (let tried = 1; ; tried++) {
    const result = await attempt();
    if (result !== null) {
      return result;
    }
    if (tried >= tries) {
      throw new Error(`Still not settled after ${tries} tries`);
    }
    await new Promise((done) => setTimeout(done, intervalMilliseconds));
  }
}
