/* 周报: the archive, building and resending, and the personal mail setting. */
export const DigestRow = /* GraphQL */ `
  fragment DigestRow on Digest {
    id
    weekStart
    subject
    sendState
    sendAttempts
    lastError
    sentAt
    createdAt
    audience
    recipient { id email name }
  }
`;

export const Digests = /* GraphQL */ `
  query Digests($weekStart: String, $first: Int, $after: ID) {
    digests(weekStart: $weekStart, first: $first, after: $after) { ...DigestRow }
  }
`;

export const DigestView = /* GraphQL */ `
  query DigestView($id: ID!) {
    digest(id: $id) { ...DigestRow html stats messageId smtpResponse subParkIds }
  }
`;

export const GenerateDigests = /* GraphQL */ `
  mutation GenerateDigests($weekStart: String!) {
    generateDigests(weekStart: $weekStart) { ...DigestRow }
  }
`;

export const ResendDigest = /* GraphQL */ `
  mutation ResendDigest($id: ID!) {
    resendDigest(id: $id) { ...DigestRow }
  }
`;

export const DigestSettings = /* GraphQL */ `
  query DigestSettings {
    digestSettings { mail }
  }
`;

export const SetDigestMail = /* GraphQL */ `
  mutation SetDigestMail($mail: Boolean!) {
    setDigestMail(mail: $mail) { mail }
  }
`;
