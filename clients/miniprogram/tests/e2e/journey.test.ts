import { beforeAll, describe, expect, inject, it } from 'vitest';
import { MeDocument } from '../../miniprogram/generated/graphql';
import { type Learner, newLearner } from './learner';

const origin = inject('serverOrigin');

describe('a learner buys and studies a course through the mini program', () => {
  let learner: Learner;

  beforeAll(() => {
    learner = newLearner(origin);
  });

  it('logs in silently with wx.login and reads who they are', async () => {
    await learner.api.auth.ensureSignedIn();

    expect(learner.api.auth.isSignedIn()).toBe(true);
    const { me } = await learner.api.client.request(MeDocument, {});
    expect(me?.id).toBeTruthy();
    expect(me?.personalisationConsent).toBe(false);
  });
});
