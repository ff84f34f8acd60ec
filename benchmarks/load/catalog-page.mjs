// The catalogue page both load scripts send: the GraphQL request, and its plain-JSON twin's path.
export const catalogQuery = '{ courses(first: 20) { nodes { id title price creator { name } category { name } tags { name } } } }';

export const graphqlRequest = (url) => ({
  url,
  method: 'POST',
  headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
  body: JSON.stringify({ query: catalogQuery }),
});

export const plainPath = '/courses?first=20';
