/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query Me {\n  me {\n    id\n    profile {\n      nickname\n      avatarUrl\n    }\n    interestTagIds\n    personalisationConsent\n  }\n}": typeof types.MeDocument,
    "mutation Login($input: LoginInput!) {\n  login(input: $input) {\n    accessToken\n    accessTokenExpiresAt\n    refreshToken\n    refreshTokenExpiresAt\n    errors {\n      ... on Error {\n        code\n        message\n      }\n    }\n  }\n}\n\nmutation RefreshToken($input: RefreshTokenInput!) {\n  refreshToken(input: $input) {\n    accessToken\n    accessTokenExpiresAt\n    refreshToken\n    refreshTokenExpiresAt\n    errors {\n      ... on Error {\n        code\n        message\n      }\n    }\n  }\n}\n\nmutation Logout($input: LogoutInput!) {\n  logout(input: $input) {\n    success\n    errors {\n      ... on Error {\n        code\n        message\n      }\n    }\n  }\n}": typeof types.LoginDocument,
    "mutation TrackEvents($input: TrackEventsInput!) {\n  trackEvents(input: $input) {\n    stored\n    duplicates\n    errors {\n      ... on Error {\n        code\n        message\n      }\n    }\n  }\n}": typeof types.TrackEventsDocument,
};
const documents: Documents = {
    "query Me {\n  me {\n    id\n    profile {\n      nickname\n      avatarUrl\n    }\n    interestTagIds\n    personalisationConsent\n  }\n}": types.MeDocument,
    "mutation Login($input: LoginInput!) {\n  login(input: $input) {\n    accessToken\n    accessTokenExpiresAt\n    refreshToken\n    refreshTokenExpiresAt\n    errors {\n      ... on Error {\n        code\n        message\n      }\n    }\n  }\n}\n\nmutation RefreshToken($input: RefreshTokenInput!) {\n  refreshToken(input: $input) {\n    accessToken\n    accessTokenExpiresAt\n    refreshToken\n    refreshTokenExpiresAt\n    errors {\n      ... on Error {\n        code\n        message\n      }\n    }\n  }\n}\n\nmutation Logout($input: LogoutInput!) {\n  logout(input: $input) {\n    success\n    errors {\n      ... on Error {\n        code\n        message\n      }\n    }\n  }\n}": types.LoginDocument,
    "mutation TrackEvents($input: TrackEventsInput!) {\n  trackEvents(input: $input) {\n    stored\n    duplicates\n    errors {\n      ... on Error {\n        code\n        message\n      }\n    }\n  }\n}": types.TrackEventsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Me {\n  me {\n    id\n    profile {\n      nickname\n      avatarUrl\n    }\n    interestTagIds\n    personalisationConsent\n  }\n}"): typeof import('./graphql').MeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Login($input: LoginInput!) {\n  login(input: $input) {\n    accessToken\n    accessTokenExpiresAt\n    refreshToken\n    refreshTokenExpiresAt\n    errors {\n      ... on Error {\n        code\n        message\n      }\n    }\n  }\n}\n\nmutation RefreshToken($input: RefreshTokenInput!) {\n  refreshToken(input: $input) {\n    accessToken\n    accessTokenExpiresAt\n    refreshToken\n    refreshTokenExpiresAt\n    errors {\n      ... on Error {\n        code\n        message\n      }\n    }\n  }\n}\n\nmutation Logout($input: LogoutInput!) {\n  logout(input: $input) {\n    success\n    errors {\n      ... on Error {\n        code\n        message\n      }\n    }\n  }\n}"): typeof import('./graphql').LoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TrackEvents($input: TrackEventsInput!) {\n  trackEvents(input: $input) {\n    stored\n    duplicates\n    errors {\n      ... on Error {\n        code\n        message\n      }\n    }\n  }\n}"): typeof import('./graphql').TrackEventsDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
