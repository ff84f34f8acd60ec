import { throwIfErrors, toApiError } from '../api/errors';
import {
  type AgeBand,
  type Gender,
  InterestChoicesDocument,
  MyAccountDocument,
  type MyAccountQuery,
  MyProfileDocument,
  type OwnProfileFragment,
  UpdateProfileDocument,
  type UpdateProfileInput,
} from '../generated/graphql';
import { formatDay, yuanOf, zheOf } from '../ui/format';
import type { Api } from './api';

/** The server refuses more (USER_TOO_MANY_INTERESTS), so the page stops the learner before. */
export const MAX_INTERESTS = 10;

export interface MembershipView {
  id: string;
  /** The plan to buy again to renew: a renewal extends the membership from its end. */
  planId: string;
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
  /** e.g. ¥61.00; ¥0.00 before the first top-up */
  balance: string;
  /** How many coupons are ready to use. */
  availableCoupons: number;
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
  const { me, myMembership, myWallet, myCoupons, membershipPlans } = await api.client.request(MyAccountDocument, {});
  const profile = ownProfile(me);
  return {
    nickname: profile.profile.nickname ?? DEFAULT_NICKNAME,
    avatarUrl: profile.profile.avatarUrl ?? '',
    heldNickname: profile.heldNickname ?? '',
    needsOnboarding: profile.interestTagIds.length === 0,
    personalisationConsent: profile.personalisationConsent,
    balance: `¥${myWallet?.balance.yuan ?? yuanOf(0)}`,
    availableCoupons: myCoupons.totalCount,
    memberships: myMembership.map((membership) => ({
      id: membership.id,
      planId: membership.planId,
      title: membership.planTitle,
      summary: `${coverageOf(membership)} · ${formatDay(membership.expiresAt)} 到期`,
    })),
    plans: myMembership.length > 0 ? [] : membershipPlans.map(planView),
  };
}

type HeldMembership = MyAccountQuery['myMembership'][number];
type PlanOnSale = MyAccountQuery['membershipPlans'][number];

function coverageOf(membership: HeldMembership): string {
  if (membership.coversAllCourses) {
    return '全部课程畅学';
  }
  return `指定课程畅学，其余课程${zheOf(membership.memberDiscountPercent)}`;
}

function planView(plan: PlanOnSale): MembershipPlanView {
  const price = plan.listPrice ? `¥${plan.listPrice.yuan}` : '';
  const term = plan.membershipDays ? `${plan.membershipDays}天` : '';
  return { offerId: plan.id, title: plan.title, priceLabel: [price, term].filter((part) => part !== '').join(' / ') };
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

/** Saves the learner's interests and personalisation consent, keeping the rest of the profile. */
export async function saveOnboarding(api: Api, choices: OnboardingChoices): Promise<void> {
  await replaceProfile(api, (current) => ({ ...profileInput(current), ...choices }));
}

export interface ProfileForm {
  nickname: string;
  gender: Gender;
  ageBand: AgeBand;
  occupation: string;
  city: string;
}

export const genderLabels: Record<Gender, string> = { UNSPECIFIED: '不透露', FEMALE: '女', MALE: '男', OTHER: '其他' };

export const ageBandLabels: Record<AgeBand, string> = {
  UNSPECIFIED: '不透露',
  UNDER_18: '18岁以下',
  FROM_18_TO_24: '18-24岁',
  FROM_25_TO_34: '25-34岁',
  FROM_35_TO_44: '35-44岁',
  FROM_45_TO_54: '45-54岁',
  FROM_55: '55岁及以上',
};

/** What the learner chose to tell about themselves, as the profile form shows it (empty for what they left out). */
export async function loadProfileForm(api: Api): Promise<ProfileForm> {
  const { me } = await api.client.request(MyProfileDocument, {});
  const { profile } = ownProfile(me);
  return {
    nickname: profile.nickname ?? '',
    gender: profile.gender,
    ageBand: profile.ageBand,
    occupation: profile.occupation ?? '',
    city: profile.city ?? '',
  };
}

/**
 * Saves the profile form, keeping interests and consent. A new nickname is screened: refused fails with
 * CONTENT_REFUSED; held answers nicknameHeld, and the old nickname shows until a moderator approves the new one.
 */
export async function saveProfile(api: Api, form: ProfileForm): Promise<{ nicknameHeld: boolean }> {
  const saved = await replaceProfile(api, (current) => ({
    ...profileInput(current),
    nickname: blankAsNull(form.nickname),
    gender: form.gender,
    ageBand: form.ageBand,
    occupation: blankAsNull(form.occupation),
    city: blankAsNull(form.city),
  }));
  return { nicknameHeld: saved.heldNickname !== null };
}

// updateProfile replaces the whole profile, so every change starts from the profile as it stands.
async function replaceProfile(
  api: Api,
  change: (current: OwnProfileFragment) => UpdateProfileInput,
): Promise<OwnProfileFragment> {
  const { me } = await api.client.request(MyProfileDocument, {});
  const { updateProfile } = await api.client.request(UpdateProfileDocument, { input: change(ownProfile(me)) });
  throwIfErrors(updateProfile.errors);
  return ownProfile(updateProfile.me);
}

function profileInput({ profile, interestTagIds, personalisationConsent }: OwnProfileFragment): UpdateProfileInput {
  return {
    nickname: profile.nickname,
    avatarUrl: profile.avatarUrl,
    gender: profile.gender,
    ageBand: profile.ageBand,
    occupation: profile.occupation,
    city: profile.city,
    interestTagIds,
    personalisationConsent,
  };
}

function blankAsNull(text: string): string | null {
  const trimmed = text.trim();
  return trimmed === '' ? null : trimmed;
}

function ownProfile(me: OwnProfileFragment | null): OwnProfileFragment {
  if (me === null) {
    throw toApiError({ code: 'AUTH_NOT_AUTHENTICATED', message: '请先登录' });
  }
  return me;
}
