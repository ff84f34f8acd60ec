import { Auth, type LoginCodeSource, wxLoginCode } from '../api/auth';
import { GraphQLClient } from '../api/client';
import { wxPlatform } from '../api/platform';
import { SessionStore } from '../api/session';
import { simulatorLoginCode } from '../api/simulator-login';
import { type Transport, wxTransport } from '../api/transport';
import { simulatedLoginOpenId } from '../config';
import { EventTracker } from './tracker';

export interface Api {
  client: GraphQLClient;
  auth: Auth;
  session: SessionStore;
  tracker: EventTracker;
}

/** The service layer the pages use; the end-to-end test builds the same one with a wx shim in Node. */
export function createApi(endpoint: string, transport: Transport = wxTransport, loginCode: LoginCodeSource = defaultLoginCode(endpoint)): Api {
  const session = new SessionStore();
  let auth: Auth | null = null;
  const client = new GraphQLClient({
    endpoint,
    transport,
    session,
    renew: (refreshToken) => (auth as Auth).renew(refreshToken),
    platform: wxPlatform,
  });
  auth = new Auth(client, session, loginCode);
  return { client, auth, session, tracker: new EventTracker(client) };
}

/** wx.login, or the local server's simulator while config.ts names an openid to develop as. */
function defaultLoginCode(endpoint: string): LoginCodeSource {
  return simulatedLoginOpenId === null ? wxLoginCode : simulatorLoginCode(endpoint, simulatedLoginOpenId);
}
