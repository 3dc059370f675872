import { ApolloClient, ApolloLink, CombinedGraphQLErrors, HttpLink, InMemoryCache } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { endSession, getSession } from './session';

const auth = new SetContextLink((prev) => {
  const token = getSession()?.token;
  return token ? { headers: { ...prev.headers, authorization: `Bearer ${token}` } } : {};
});

/** UNAUTHENTICATED on anything but the sign-in itself means the token is no longer good: back to 登录. */
const expiry = new ErrorLink(({ error, operation }) => {
  if (operation.operationName === 'Login') return;
  if (CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED')) endSession(true);
});

/** The app's cache rules; the server's first paint (entry-server.tsx) renders from a cache made the same way. */
export const createCache = () =>
  new InMemoryCache({
    typePolicies: {
      PipelineColumn: { keyFields: false },
      Query: { fields: { pipeline: { merge: false }, leads: { keyArgs: ['filter', 'after', 'first'] } } },
    },
  });

export const client = new ApolloClient({
  link: ApolloLink.from([expiry, auth, new HttpLink({ uri: '/graphql' })]),
  cache: createCache(),
  defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network' } },
});
