import type { IdeaEvent } from '@civic/ideas';
import type { ReceivedMail } from './smtp-sink';

/** The English subject of each kind of citizen mail (mail-templates/en). */
const KIND_BY_SUBJECT: Array<[RegExp, string]> = [
  [/^Thank you for your idea/, 'receipt'],
  [/^Your idea is now with/, 'routed'],
  [/^We have a question/, 'question'],
  [/^Our answer to your idea/, 'answered'],
  [/^News about the work/, 'implementation-progress'],
  [/^Your idea has become reality/, 'implemented'],
];

/** What the citizen is told about, event by event: a routing by rule right at submission is in the receipt. */
export function expectedMailKind(event: IdeaEvent, revision: number): string | null {
  switch (event.type) {
    case 'IdeaSubmitted':
      return 'receipt';
    case 'IdeaRouted':
      return revision === 1 && event.data.routedBy === 'rule' && event.data.previousDepartment === null ? null : 'routed';
    case 'CitizenInformationRequested':
      return 'question';
    case 'IdeaAnswered':
      return 'answered';
    case 'IdeaImplementationProgressed':
      return 'implementation-progress';
    case 'IdeaImplemented':
      return 'implemented';
    default:
      return null;
  }
}

export const mailKindOf = (mail: ReceivedMail) => KIND_BY_SUBJECT.find(([pattern]) => pattern.test(mail.subject))?.[1] ?? `unknown: ${mail.subject}`;
/** "address kind": one citizen mail, however often it arrived. */
export const citizenMailOf = (mail: ReceivedMail) => `${mail.to.join(',')} ${mailKindOf(mail)}`;
/** The job behind a Message-ID (message-id.ts: `<job id@civic-ideas>`; job ids here need no escaping). */
export const jobIdOf = (messageId: string) => messageId.replace(/^<|@civic-ideas>$/g, '');
