import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { User } from '../../identity/src/identity.models.js';

export enum DigestSendState {
  PENDING = 'PENDING',
  SENDING = 'SENDING',
  SENT = 'SENT',
  FAILED = 'FAILED',
  UNCERTAIN = 'UNCERTAIN',
  NOT_MAILED = 'NOT_MAILED',
  OPTED_OUT = 'OPTED_OUT',
}
registerEnumType(DigestSendState, {
  name: 'DigestSendState',
  description:
    'PENDING: built, mail to go; SENDING: being handed to SMTP; SENT; FAILED: the last try failed (retried with backoff, lastError says why); ' +
    'UNCERTAIN: a send was interrupted after the message reached the SMTP server, not resent automatically (resendDigest); ' +
    'NOT_MAILED: no SMTP_URL configured; OPTED_OUT: the recipient does not want the mail (the archive is kept)',
});

@ObjectType({ description: '周报: one recipient’s weekly digest, kept exactly as it was mailed' })
export class Digest {
  @Field(() => ID) id: string;
  @Field({ description: 'Monday of the week (YYYY-MM-DD, Asia/Shanghai)' }) weekStart: string;
  recipientId: string;
  @Field(() => User) recipient?: User;
  @Field(() => String, { nullable: true, description: 'The numbers of the digest, as JSON' }) stats: string | null;
  @Field({ description: 'The HTML that was (or will be) mailed' }) html: string;
  @Field({ description: 'The plain-text part' }) text: string;
  @Field() subject: string;
  @Field({ description: 'The Message-ID header, derived from the digest' }) messageId: string;
  @Field(() => DigestSendState) sendState: DigestSendState;
  @Field(() => Int) sendAttempts: number;
  @Field(() => String, { nullable: true, description: 'The last send error (kept after a later success)' }) lastError: string | null;
  @Field(() => String, { nullable: true, description: "The SMTP server's reply that accepted the message" }) smtpResponse: string | null;
  @Field(() => String, { nullable: true }) sentAt: string | null;
  @Field() createdAt: string;
  @Field({ description: 'PARK or GROUP:<id>' }) audience: string;
  @Field(() => [ID], { nullable: true, description: 'The sub-parks it covers; null: the whole park' }) subParkIds: string[] | null;
}

@ObjectType()
export class DigestSettings {
  @Field({ description: 'false: the digest is still built and kept, but not mailed' }) mail: boolean;
}
