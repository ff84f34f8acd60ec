import { ApiError, NETWORK_LOST, throwIfErrors } from '../api/errors';
import { BindInvitationDocument, EnterThroughShareDocument } from '../generated/graphql';
import { routeTo } from '../ui/route';
import type { Api } from './api';

/** The query a page or the app was opened with (App onLaunch/onShow options.query, Page onLoad options). */
export type EntryQuery = Record<string, string | undefined>;

/** The scene of a course share: in a share card's path and, URL-encoded, from a scanned 小程序码. */
export const SCENE_PARAMETER = 'scene';
/** A promoter's invitation code, in the path a promoter shares from the 分销 centre. */
export const PROMOTER_PARAMETER = 'promoter';

/** The server's share paths open this page (ShareLinks.CoursePage); the mini program's course page lives elsewhere. */
const SHARED_COURSE_PAGE = 'pages/course/detail';

export interface SharedEntry {
  /** The course the share leads to; null for an invitation, which names no course. */
  courseId: string | null;
  /** The server refused to bind (the learner is bound to someone else, shared to themselves, ...): still a normal visit. */
  refusedCode: string | null;
}

/**
 * Binds the learner who came in through someone's share to its sharer (openSharedLink records the visit and binds the
 * referral) or a promoter's invitation (bindReferrer). onLaunch and onShow both carry the entry query, and a warm
 * start brings it back: each entry is handled once, unless the network lost it.
 */
export class ShareEntries {
  private readonly handled = new Set<string>();

  constructor(private readonly api: Api) {}

  /** Handles the entry's share or invitation; null when it carries neither or was handled already. Call it signed in. */
  async enter(query: EntryQuery): Promise<SharedEntry | null> {
    const scene = query[SCENE_PARAMETER];
    const promoterCode = query[PROMOTER_PARAMETER];
    const key = scene !== undefined ? `scene:${scene}` : promoterCode !== undefined ? `promoter:${promoterCode}` : null;
    if (key === null || this.handled.has(key)) {
      return null;
    }
    this.handled.add(key);
    try {
      return scene !== undefined ? await this.openShare(decodeScene(scene)) : await this.bindInvitation(promoterCode as string);
    } catch (error) {
      if (error instanceof ApiError && error.code !== NETWORK_LOST) {
        return { courseId: null, refusedCode: error.code };
      }
      this.handled.delete(key);
      throw error;
    }
  }

  private async openShare(scene: string): Promise<SharedEntry> {
    const { openSharedLink } = await this.api.client.request(EnterThroughShareDocument, { input: { scene } });
    throwIfErrors(openSharedLink.errors);
    return { courseId: openSharedLink.openedShare?.courseId ?? null, refusedCode: null };
  }

  private async bindInvitation(promoterCode: string): Promise<SharedEntry> {
    const { bindReferrer } = await this.api.client.request(BindInvitationDocument, { input: { promoterCode } });
    throwIfErrors(bindReferrer.errors);
    return { courseId: null, refusedCode: null };
  }
}

/** The path a promoter shares so whoever opens it is bound to them. */
export function invitationPath(promoterCode: string): string {
  return routeTo('/pages/index/index', { [PROMOTER_PARAMETER]: promoterCode });
}

export function coursePagePath(courseId: string): string {
  return routeTo('/pages/course/course', { id: courseId });
}

/**
 * Where to send a learner who opened a page that does not exist (App.onPageNotFound): the server's share cards name
 * pages/course/detail, which is our course page, so it opens with the same query. A scanned 小程序码 names no course
 * (only its scene), like anything else unknown it goes home, and the share entry then opens the course.
 */
export function pageForMissingPath(path: string, query: EntryQuery): string {
  if (path.replace(/^\//, '') !== SHARED_COURSE_PAGE || query.id === undefined) {
    return '/pages/index/index';
  }
  // The values come as they were written in the path, still encoded: they pass on untouched.
  const search = Object.entries(query)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([name, value]) => `${name}=${value}`)
    .join('&');
  return `/pages/course/course?${search}`;
}

/**
 * A scanned 小程序码 hands its scene to the page URL-encoded
 * (https://developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/qrcode-link/qr-code/getUnlimitedQRCode.html);
 * a share card's path carries it as written. Scenes are base62, so decoding one that was never encoded is harmless.
 */
function decodeScene(scene: string): string {
  try {
    return decodeURIComponent(scene);
  } catch {
    return scene;
  }
}
