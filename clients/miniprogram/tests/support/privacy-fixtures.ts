/** Privacy requests and agreement versions as the API answers them, for the privacy and agreements tests. */
export const privacyPolicy = {
  id: 'av2',
  kind: 'PRIVACY_POLICY',
  versionLabel: '2.0',
  title: '隐私政策',
  body: '我们如何处理你的个人信息……',
  url: null,
  effectiveAt: '2026-12-01T00:00:00Z',
};

export const userAgreement = {
  id: 'av7',
  kind: 'USER_AGREEMENT',
  versionLabel: '3.1',
  title: '用户协议',
  body: null,
  url: 'https://example.com/terms/3.1',
  effectiveAt: '2026-11-20T00:00:00Z',
};

const request = {
  completedAt: null,
  cancelledAt: null,
  erasableAt: null,
  export: null,
};

export const pendingExport = { ...request, id: 'pr1', kind: 'DATA_EXPORT', status: 'PENDING', requestedAt: '2026-12-03T01:00:00Z' };

export const readyExport = {
  ...request,
  id: 'pr2',
  kind: 'DATA_EXPORT',
  status: 'COMPLETED',
  requestedAt: '2026-12-02T01:00:00Z',
  completedAt: '2026-12-02T01:05:00Z',
  export: { expiresAt: '2026-12-09T01:05:00Z', downloadedAt: null, downloadable: true },
};

export const downloadedExport = {
  ...readyExport,
  id: 'pr3',
  requestedAt: '2026-11-01T01:00:00Z',
  export: { expiresAt: '2026-11-08T01:05:00Z', downloadedAt: '2026-11-02T02:00:00Z', downloadable: false },
};

export const pendingDeletion = {
  ...request,
  id: 'pr4',
  kind: 'ACCOUNT_DELETION',
  status: 'PENDING',
  requestedAt: '2026-12-03T02:00:00Z',
  erasableAt: '2026-12-18T02:00:00Z',
};

export const cancelledDeletion = { ...pendingDeletion, id: 'pr5', status: 'CANCELLED', requestedAt: '2026-10-01T02:00:00Z', cancelledAt: '2026-10-02T02:00:00Z' };
