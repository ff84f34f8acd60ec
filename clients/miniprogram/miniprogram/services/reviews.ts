import { ApiError, throwIfErrors, userMessage } from '../api/errors';
import { EditMyReviewDocument, MyCourseReviewDocument, type ReviewStatus, SubmitReviewDocument } from '../generated/graphql';
import type { Api } from './api';

export const MAX_REVIEW_LENGTH = 2000;

/** What the compose page starts from: the course, and the learner's own review when they wrote one. */
export interface ReviewDraft {
  courseId: string;
  courseTitle: string;
  reviewId: string | null;
  stars: number;
  text: string;
  /** Where the learner's review stands with moderation; null before they wrote one. */
  status: ReviewStatus | null;
}

export interface SavedReview {
  reviewId: string;
  /** Held reviews wait for a moderator and only their author sees them meanwhile. */
  status: ReviewStatus;
}

export async function loadReviewDraft(api: Api, courseId: string): Promise<ReviewDraft> {
  const { course, myReview } = await api.client.request(MyCourseReviewDocument, { courseId });
  if (course === null) {
    throw new ApiError('NOT_FOUND', userMessage('NOT_FOUND'));
  }
  return {
    courseId,
    courseTitle: course.title,
    reviewId: myReview?.id ?? null,
    stars: myReview?.stars ?? 0,
    text: myReview?.text ?? '',
    status: myReview?.status ?? null,
  };
}

/** What the author reads about their review while others cannot see it; '' when everyone can (or there is none). */
export function moderationNotice(status: ReviewStatus | null): string {
  switch (status) {
    case 'HELD':
      return '评价已提交，审核通过后其他学员即可看到';
    case 'HIDDEN':
      return '评价未通过审核，仅你自己可见，修改后可重新提交';
    default:
      return '';
  }
}

/** Writes the learner's review, or changes the one they wrote; refused text (content security) throws CONTENT_REFUSED. */
export async function saveReview(api: Api, draft: Omit<ReviewDraft, 'courseTitle' | 'status'>): Promise<SavedReview> {
  if (!Number.isInteger(draft.stars) || draft.stars < 1 || draft.stars > 5) {
    throw new ApiError('REVIEW_INVALID_STARS', userMessage('REVIEW_INVALID_STARS'));
  }
  const text = draft.text.trim();
  if (text.length > MAX_REVIEW_LENGTH) {
    throw new ApiError('REVIEW_INVALID_TEXT', userMessage('REVIEW_INVALID_TEXT'));
  }
  const words = text === '' ? null : text;
  const payload =
    draft.reviewId === null
      ? (await api.client.request(SubmitReviewDocument, { input: { courseId: draft.courseId, stars: draft.stars, text: words } })).reviewCourse
      : (await api.client.request(EditMyReviewDocument, { input: { reviewId: draft.reviewId, stars: draft.stars, text: words } })).editReview;
  throwIfErrors(payload.errors);
  if (payload.review === null) {
    throw new ApiError('REVIEW_NOT_FOUND', userMessage('REVIEW_NOT_FOUND'));
  }
  return { reviewId: payload.review.id, status: payload.review.status };
}
