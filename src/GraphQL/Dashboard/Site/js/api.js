// The GraphQL API as the dashboard uses it: one POST per query, the admin's token from sessionStorage.
const accessKey = 'knowledgepay.dashboard.accessToken';
const refreshKey = 'knowledgepay.dashboard.refreshToken';

/** A GraphQL error's code and message, shown to the operator as they are. */
export class ApiError extends Error {
  constructor(code, message) {
    super(message);
    this.code = code;
  }
}

let config = null;

export async function loadConfig() {
  const response = await fetch('config.json');
  config = await response.json();
  return config;
}

export const isSignedIn = () => sessionStorage.getItem(accessKey) !== null;

export async function graphql(query, variables = {}) {
  const body = await post(query, variables);
  if (body.errors?.[0]?.extensions?.code === 'AUTH_NOT_AUTHENTICATED' && await refresh()) {
    return data(await post(query, variables));
  }
  return data(body);
}

async function post(query, variables) {
  const token = sessionStorage.getItem(accessKey);
  const response = await fetch(config.graphQL, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      Accept: 'application/graphql-response+json, application/json',
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  try {
    return await response.json();
  } catch {
    throw new ApiError(`HTTP_${response.status}`, response.statusText);
  }
}

function data(body) {
  const error = body.errors?.[0];
  if (error) {
    throw new ApiError(error.extensions?.code ?? 'GRAPHQL_ERROR', error.message);
  }
  return body.data;
}

// Access tokens last 15 minutes: renew once with the refresh token (a demo sign-in has one) before giving up.
async function refresh() {
  const refreshToken = sessionStorage.getItem(refreshKey);
  if (!refreshToken) {
    return false;
  }
  sessionStorage.removeItem(accessKey);
  const body = await post(
    'mutation Renew($input: RefreshTokenInput!) { refreshToken(input: $input) { accessToken refreshToken } }',
    { input: { refreshToken } });
  const renewed = body.data?.refreshToken;
  if (!renewed?.accessToken) {
    sessionStorage.removeItem(refreshKey);
    return false;
  }
  keep(renewed.accessToken, renewed.refreshToken);
  return true;
}

function keep(accessToken, refreshToken) {
  sessionStorage.setItem(accessKey, accessToken);
  if (refreshToken) {
    sessionStorage.setItem(refreshKey, refreshToken);
  }
}

/** Keeps the token only when it belongs to an admin; otherwise throws NOT_AN_ADMIN and stays signed out. */
export async function signInWithToken(accessToken, refreshToken = null, notAdminMessage = 'Not an admin') {
  keep(accessToken, refreshToken);
  try {
    const { me } = await graphql('{ me { roles } }');
    if (!me?.roles.includes('ADMIN')) {
      throw new ApiError('NOT_AN_ADMIN', notAdminMessage);
    }
  } catch (error) {
    forget();
    throw error;
  }
}

/** What the README's login step does: the embedded simulator plays wx.login for the demo admin, then login. */
export async function signInAsDemoAdmin(notAdminMessage) {
  const response = await fetch(config.simulatorUsers, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ openid: config.demoAdminOpenId }),
  });
  if (!response.ok) {
    throw new ApiError(`HTTP_${response.status}`, 'The WeChat simulator did not mint a login code.');
  }
  const { loginCode } = await response.json();
  const { login } = await graphql(
    'mutation Login($input: LoginInput!) { login(input: $input) { accessToken refreshToken errors { ... on Error { code message } } } }',
    { input: { code: loginCode } });
  if (login.errors?.length) {
    throw new ApiError(login.errors[0].code, login.errors[0].message);
  }
  await signInWithToken(login.accessToken, login.refreshToken, notAdminMessage);
}

export async function signOut() {
  const refreshToken = sessionStorage.getItem(refreshKey);
  forget();
  if (refreshToken) {
    await post('mutation Logout($input: LogoutInput!) { logout(input: $input) { success } }', { input: { refreshToken } })
      .catch(() => undefined);
  }
}

function forget() {
  sessionStorage.removeItem(accessKey);
  sessionStorage.removeItem(refreshKey);
}
