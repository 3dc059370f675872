/* Operations of the shell: sign-in, who I am and the reference lists every page uses. */
export const Login = /* GraphQL */ `
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      accessToken
      expiresAt
      user { id email name role subParkIds }
    }
  }
`;

export const Session = /* GraphQL */ `
  query Session {
    me { id email name role subParkIds }
    subParks { id code name group { id name } }
    industryChains { code name nameEn nodes { code name segment parentCode } }
  }
`;

export const GlobalSearch = /* GraphQL */ `
  query GlobalSearch($text: String!) {
    enterprises(filter: { text: $text }, first: 6) {
      edges { node { id uscc name status subPark { id name } } }
    }
    leads(filter: { text: $text }, first: 6) {
      edges { node { id title stage enterprise { id name } } }
    }
  }
`;
