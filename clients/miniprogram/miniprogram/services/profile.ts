import { throwIfErrors, toApiError } from '../api/errors';
import {
  InterestChoicesDocument,
  MyAccountDocument,
  MyProfileDocument,
  type OwnProfileFragment,
  UpdateProfileDocument,
} from '../generated/graphql';
import { dateOf, zheOf } from '../ui/format';
import type { Api } from './api';

/** The server refuses more (USER_TOO_MANY_INTERESTS), so the page stops the learner before. */
export const MAX_INTERESTS = 10;

export interface MembershipView {
  id: string;
  title: string;
  /** e.g. 全部课程畅学 · 2027-01-01 到期 */
  summary: string;
}

export interface MembershipPlanView {
  offerId: string;
  title: string;
  /** e.g. ¥199.00 / 365天 */
  priceLabel: string;
}

export interface AccountView {
  nickname: string;
  avatarUrl: string;
  /** A new nickname a moderator has still to approve; empty when none waits. */
  heldNickname: string;
  /** No interests chosen yet: the me page invites the learner to onboarding. */
  needsOnboarding: boolean;
  personalisationConsent: boolean;
  memberships: MembershipView[];
  /** Plans on sale, offered while the learner holds no membership. */
  plans: MembershipPlanView[];
}

export interface InterestChoice {
  id: string;
  name: string;
  chosen: boolean;
}

export interface OnboardingView {
  interests: InterestChoice[];
  personalisationConsent: boolean;
}

export interface OnboardingChoices {
  interestTagIds: string[];
  personalisationConsent: boolean;
}

const DEFAULT_NICKNAME = '微信用户';

export async function loadAccount(api: Api): Promise<AccountView> {
  const { me, myMembership, membershipPlans } = await api.client.request(MyAccountDocument, {});
  const profile = ownProfile(me);
  return {
    nickname: profile.profile.nickname ?? DEFAULT_NICKNAME,
    avatarUrl: profile.profile.avatarUrl ?? '',
    heldNickname: profile.heldNickname ?? '',
    needsOnboarding: profile.interestTagIds.length === 0,
    personalisationConsent: profile.personalisationConsent,
    memberships: myMembership.map((membership) => ({
      id: membership.id,
      title: membership.planTitle,
      summary: `${membership.coversAllCourses ? '全部课程畅学' : `指定课程畅学，其余课程${zheOf(membership.memberDiscountPercent)}`} · ${dateOf(membership.expiresAt)} 到期`,
    })),
    plans:
      myMembership.length > 0
        ? []
        : membershipPlans.map((plan) => ({
            offerId: plan.id,
            title: plan.title,
            priceLabel: [plan.listPrice ? `¥${plan.listPrice.yuan}` : '', plan.membershipDays ? `${plan.membershipDays}天` : '']
              .filter((part) => part !== '')
              .join(' / '),
          })),
  };
}

export async function loadOnboarding(api: Api): Promise<OnboardingView> {
  const { me, tags } = await api.client.request(InterestChoicesDocument, {});
  const profile = ownProfile(me);
  const chosen = new Set(profile.interestTagIds);
  return {
    interests: tags.nodes.map((tag) => ({ id: tag.id, name: tag.name, chosen: chosen.has(tag.id) })),
    personalisationConsent: profile.personalisationConsent,
  };
}

/**
 * Saves the learner's interests and personalisation consent. updateProfile replaces the whole profile, so the rest
 * of it is read first and sent back unchanged.
 */
export async function saveOnboarding(api: Api, choices: OnboardingChoices): Promise<void> {
  const { me } = await api.client.request(MyProfileDocument, {});
  const { profile } = ownProfile(me);
  const { updateProfile } = await api.client.request(UpdateProfileDocument, {
    input: {
      nickname: profile.nickname,
      avatarUrl: profile.avatarUrl,
      gender: profile.gender,
      ageBand: profile.ageBand,
      occupation: profile.occupation,
      city: profile.city,
      interestTagIds: choices.interestTagIds,
      personalisationConsent: choices.personalisationConsent,
    },
  });
  throwIfErrors(updateProfile.errors);
}

function ownProfile(me: OwnProfileFragment | null): OwnProfileFragment {
  if (me === null) {
    throw toApiError({ code: 'AUTH_NOT_AUTHENTICATED', message: '请先登录' });
  }
  return me;
}
