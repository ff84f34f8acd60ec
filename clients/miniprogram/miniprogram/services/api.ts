import { Auth, type LoginCodeSource, wxLoginCode } from '../api/auth';
import { GraphQLClient } from '../api/client';
import { wxPlatform } from '../api/platform';
import { SessionStore } from '../api/session';
import { type Transport, wxTransport } from '../api/transport';
import { EventTracker } from './tracker';

export interface Api {
  client: GraphQLClient;
  auth: Auth;
  session: SessionStore;
  tracker: EventTracker;
}

/** The service layer the pages use; the end-to-end test builds the same one with a wx shim in Node. */
export function createApi(endpoint: string, transport: Transport = wxTransport, loginCode: LoginCodeSource = wxLoginCode): Api {
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
