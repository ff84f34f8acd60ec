import type { TypedDocumentString } from '../generated/graphql';
import { ApiError, NETWORK_LOST, SESSION_ENDED, userMessage } from './errors';
import type { SessionStore, SessionTokens } from './session';
import { sha256Hex } from './sha256';
import type { Transport } from './transport';

const UNAUTHENTICATED = 'AUTH_NOT_AUTHENTICATED';
const PERSISTED_QUERY_NOT_FOUND = 'PERSISTED_QUERY_NOT_FOUND';
const RESPONSE_MEDIA_TYPE = 'application/graphql-response+json';

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

export interface ClientOptions {
  endpoint: string;
  transport: Transport;
  session: SessionStore;
  /** Swaps a refresh token for new tokens; null when the session cannot be renewed and the learner must log in again. */
  renew: (refreshToken: string) => Promise<SessionTokens | null>;
  /** How many times a query is sent again after the network failed; mutations are never resent. */
  queryRetries?: number;
  /** Waits between retries; injectable so tests need not sleep. */
  delay?: (milliseconds: number) => Promise<void>;
  /**
   * Where the mini program runs (ios, android, …), sent as X-Client-Platform: the server offers the payment methods
   * WeChat allows there (on iOS only Virtual Payment). Null when unknown.
   */
  platform?: () => string | null;
}

/**
 * The mini program's GraphQL client on wx.request (GraphQL over HTTP, application/graphql-response+json). It adds
 * the access token, renews an expired one with the rotating refresh token — one renewal at a time however many
 * requests found it expired — and resends queries, never mutations, when the network drops. Every operation goes as an
 * automatic persisted query: its SHA-256 first, the document only when the server asks for it (PERSISTED_QUERY_NOT_FOUND).
 */
export class GraphQLClient {
  private renewal: Promise<SessionTokens | null> | null = null;
  private readonly hashes = new Map<string, string>();

  constructor(private readonly options: ClientOptions) {}

  /** Sends an operation as the signed-in learner (or anonymously when no one is); `anonymous` never sends a token. */
  async request<TResult, TVariables>(
    document: TypedDocumentString<TResult, TVariables>,
    variables: TVariables,
    { anonymous = false }: { anonymous?: boolean } = {},
  ): Promise<TResult> {
    const query = document.toString();
    const attempts = isQuery(query) ? (this.options.queryRetries ?? 2) + 1 : 1;
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.send<TResult>(query, variables, !anonymous);
      } catch (error) {
        if (!(error instanceof ApiError) || error.code !== NETWORK_LOST || attempt >= attempts) {
          throw error;
        }
        await (this.options.delay ?? sleep)(300 * 2 ** (attempt - 1));
      }
    }
  }

  private async send<TResult>(query: string, variables: unknown, authenticated: boolean, mayRenew = authenticated): Promise<TResult> {
    const tokens = authenticated ? this.options.session.current() : null;
    const { statusCode, body } = await this.post<TResult>(query, variables, this.headers(tokens));
    const firstError = body?.errors?.[0];
    const code = firstError?.extensions?.code;

    if (code === UNAUTHENTICATED && tokens !== null && mayRenew) {
      const renewed = await this.renewOnce(tokens);
      if (renewed === null) {
        throw new ApiError(SESSION_ENDED, userMessage(SESSION_ENDED));
      }
      return this.send<TResult>(query, variables, true, false);
    }
    if (firstError !== undefined) {
      throw new ApiError(code ?? 'GRAPHQL_ERROR', userMessage(code ?? '', firstError.message));
    }
    if (body?.data == null) {
      throw new ApiError(`HTTP_${statusCode}`, userMessage(''));
    }
    return body.data;
  }

  /** The persisted-query round: the hash alone, then hash and document if the server does not know the hash yet. */
  private async post<TResult>(
    query: string,
    variables: unknown,
    headers: Record<string, string>,
  ): Promise<{ statusCode: number; body: GraphQLResponse<TResult> | null }> {
    const extensions = { persistedQuery: { version: 1, sha256Hash: this.hashOf(query) } };
    let response = await this.options.transport(this.options.endpoint, { variables, extensions }, headers);
    let body = response.data as GraphQLResponse<TResult> | null;
    if (body?.errors?.[0]?.extensions?.code === PERSISTED_QUERY_NOT_FOUND) {
      response = await this.options.transport(this.options.endpoint, { query, variables, extensions }, headers);
      body = response.data as GraphQLResponse<TResult> | null;
    }
    return { statusCode: response.statusCode, body };
  }

  private hashOf(query: string): string {
    let hash = this.hashes.get(query);
    if (hash === undefined) {
      hash = sha256Hex(query);
      this.hashes.set(query, hash);
    }
    return hash;
  }

  /** Several requests may find the token expired together; they all wait for one renewal. */
  private renewOnce(expired: SessionTokens): Promise<SessionTokens | null> {
    const current = this.options.session.current();
    if (current !== null && current.accessToken !== expired.accessToken) {
      return Promise.resolve(current);
    }
    this.renewal ??= this.options
      .renew(expired.refreshToken)
      .then((tokens) => {
        if (tokens === null) {
          this.options.session.clear();
        } else {
          this.options.session.save(tokens);
        }
        return tokens;
      })
      .finally(() => {
        this.renewal = null;
      });
    return this.renewal;
  }

  private headers(tokens: SessionTokens | null): Record<string, string> {
    const headers: Record<string, string> = {
      'Content-Type': 'application/json',
      Accept: `${RESPONSE_MEDIA_TYPE}, application/json;q=0.9`,
      'X-Device-Id': this.options.session.deviceId(),
    };
    if (tokens !== null) {
      headers.Authorization = `Bearer ${tokens.accessToken}`;
    }
    const platform = this.options.platform?.() ?? null;
    if (platform !== null) {
      headers['X-Client-Platform'] = platform;
    }
    return headers;
  }
}

function isQuery(document: string): boolean {
  return /^\s*(query\b|\{)/.test(document);
}

function sleep(milliseconds: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, milliseconds));
}
