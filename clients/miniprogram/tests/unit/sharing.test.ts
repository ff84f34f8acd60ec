import { describe, expect, it } from 'vitest';
import { ApiError, NETWORK_LOST } from '../../miniprogram/api/errors';
import { invitationPath, pageForMissingPath, ShareEntries } from '../../miniprogram/services/sharing';
import { fakeApi, payloadError } from '../support/fake-api';

const opened = { openSharedLink: { openedShare: { shareId: 's1', courseId: 'c1', firstVisit: true }, errors: null } };

describe('share entries', () => {
  it('records the visit of a shared course (which binds the sharer) once, though launch and show both carry it', async () => {
    const { api, sent } = fakeApi({ EnterThroughShare: opened });
    const entries = new ShareEntries(api);

    await expect(entries.enter({ id: 'c1', scene: 'aB3x' })).resolves.toEqual({ courseId: 'c1', refusedCode: null });
    await expect(entries.enter({ id: 'c1', scene: 'aB3x' })).resolves.toBeNull();

    expect(sent).toEqual([{ operation: 'EnterThroughShare', variables: { input: { scene: 'aB3x' } } }]);
  });

  it('decodes the scene a scanned 小程序码 passes URL-encoded', async () => {
    const { api, sent } = fakeApi({ EnterThroughShare: opened });

    await new ShareEntries(api).enter({ scene: 'a%2Bb' });

    expect(sent[0]?.variables).toEqual({ input: { scene: 'a+b' } });
  });

  it('binds a promoter’s invitation code', async () => {
    const { api, sent } = fakeApi({ BindInvitation: { bindReferrer: { binding: { promoterCode: 'ABCD1234' }, errors: null } } });

    await expect(new ShareEntries(api).enter({ promoter: 'ABCD1234' })).resolves.toEqual({ courseId: null, refusedCode: null });

    expect(sent).toEqual([{ operation: 'BindInvitation', variables: { input: { promoterCode: 'ABCD1234' } } }]);
  });

  it('takes a refused binding as an ordinary visit and does not ask again', async () => {
    const { api, sent } = fakeApi({ BindInvitation: { bindReferrer: { binding: null, ...payloadError('REFERRAL_ALREADY_BOUND') } } });
    const entries = new ShareEntries(api);

    await expect(entries.enter({ promoter: 'ABCD1234' })).resolves.toEqual({ courseId: null, refusedCode: 'REFERRAL_ALREADY_BOUND' });
    await entries.enter({ promoter: 'ABCD1234' });

    expect(sent).toHaveLength(1);
  });

  it('tries again on the next show when the network lost the visit', async () => {
    let calls = 0;
    const { api } = fakeApi({
      EnterThroughShare: () => {
        calls++;
        if (calls === 1) {
          throw new ApiError(NETWORK_LOST, 'lost');
        }
        return opened;
      },
    });
    const entries = new ShareEntries(api);

    await expect(entries.enter({ scene: 'aB3x' })).rejects.toMatchObject({ code: NETWORK_LOST });
    await expect(entries.enter({ scene: 'aB3x' })).resolves.toMatchObject({ courseId: 'c1' });
  });

  it('ignores an entry that is neither a share nor an invitation', async () => {
    const { api, sent } = fakeApi({});

    await expect(new ShareEntries(api).enter({ id: 'c1' })).resolves.toBeNull();
    expect(sent).toEqual([]);
  });
});

describe('shared paths', () => {
  it('opens the server’s share path (pages/course/detail) on the course page with the same query', () => {
    expect(pageForMissingPath('pages/course/detail', { id: 'Q291cnNlOjE%3D', scene: 'aB3x' })).toBe('/pages/course/course?id=Q291cnNlOjE%3D&scene=aB3x');
    expect(pageForMissingPath('/pages/course/detail', { scene: 'aB3x' })).toBe('/pages/index/index');
    expect(pageForMissingPath('pages/gone/gone', { id: 'c1' })).toBe('/pages/index/index');
  });

  it('invites to the home page with the promoter’s code', () => {
    expect(invitationPath('ABCD1234')).toBe('/pages/index/index?promoter=ABCD1234');
  });
});
