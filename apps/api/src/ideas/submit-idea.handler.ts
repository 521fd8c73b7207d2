import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { randomUUID } from 'node:crypto';
import { WrongExpectedVersion } from '@civic/event-store';
import { type AutoRoute, type Contact, matchRoutingRule, type RoutingMatch, requireContact, type SubmitIdea, type SubmitterNameSpans } from '@civic/ideas';
import { Clock } from '@civic/platform';
import { findNameSpans } from '@civic/projections';
import { ProblemError } from '../http/problem';
import { ReferenceData } from '../reference-data/reference-data';
import { ResponseDeadlines } from '../reference-data/response-deadlines';
import { ideaIdForIdempotencyKey, requestFingerprint } from './idempotency';
import { PublicCodes } from './public-codes';
import { SubmitIdeaCommand } from './submit-idea.command';
import type { SubmitIdeaInput } from './submit-idea.dto';
import { SubmitterContacts, IdeaRepository, type LoadedIdea, TrackingTokens } from '@civic/casework';

@CommandHandler(SubmitIdeaCommand)
export class SubmitIdeaHandler implements ICommandHandler<SubmitIdeaCommand> {
  constructor(
    private readonly ideas: IdeaRepository,
    private readonly referenceData: ReferenceData,
    private readonly publicCodes: PublicCodes,
    private readonly tokens: TrackingTokens,
    private readonly clock: Clock,
    private readonly contacts: SubmitterContacts,
    private readonly deadlines: ResponseDeadlines,
  ) {}

  async execute({ input, idempotencyKey, context }: SubmitIdeaCommand) {
    // The contact stays out of the fingerprint: it outlives erasure in the event's metadata, and a hash of a guessable e-mail would still identify.
    const fingerprint = idempotencyKey ? requestFingerprint({ ...input, contact: undefined }) : null;
    const ideaId = idempotencyKey ? ideaIdForIdempotencyKey(idempotencyKey) : randomUUID();
    if (fingerprint) {
      const earlier = await this.ideas.load(ideaId);
      if (earlier.revision >= 0) return this.replay(earlier, fingerprint);
    }

    const { categories, districts, rules } = await this.referenceData.snapshot();
    const unknown = [
      !categories.has(input.category) && { field: 'category', message: `unknown category "${input.category}"; see GET /categories` },
      !districts.has(input.district) && { field: 'district', message: `unknown district "${input.district}"; see GET /districts` },
    ].filter((e): e is { field: string; message: string } => Boolean(e));
    if (unknown.length)
      throw new ProblemError(422, 'validation-failed', 'The request has invalid fields', 'See errors for each field that needs fixing.', { errors: unknown });

    // Checked in clear before sealing: once sealed, the domain cannot look inside.
    const contact = clearContact(input.contact);
    requireContact(contact);

    const now = this.clock.now();
    const trackingToken = this.tokens.issue(ideaId);
    const command: SubmitIdea = {
      type: 'SubmitIdea',
      ideaId,
      at: now.toISOString(),
      publicCode: await this.publicCodes.next(now),
      trackingTokenHash: TrackingTokens.hash(trackingToken),
      title: input.title,
      description: input.description,
      category: input.category,
      district: input.district,
      location: input.location ? { ...input.location } : null,
      contact: contact ? await this.contacts.seal(ideaId, contact) : null,
      submitterNameSpans: nameSpans(input, contact?.name),
      language: input.language,
      channel: input.channel ?? 'web',
      autoRoute: await this.autoRoute(matchRoutingRule(rules, input), now),
    };
    try {
      const { revision } = await this.ideas.execute(command, 'new', context, fingerprint ? { requestFingerprint: fingerprint } : {});
      return {
        id: ideaId,
        publicCode: command.publicCode,
        trackingToken,
        status: command.autoRoute ? 'routed' : 'received',
        department: command.autoRoute?.department ?? null,
        revision,
        replayed: false,
      };
    } catch (error) {
      // A concurrent retry with the same key won the race: answer as it did.
      if (error instanceof WrongExpectedVersion && fingerprint) return this.replay(await this.ideas.load(ideaId), fingerprint);
      throw error;
    }
  }

  private async autoRoute(match: RoutingMatch | null, now: Date): Promise<AutoRoute | null> {
    return match && { ...match, responseDeadline: await this.deadlines.forRouting(match.department, now) };
  }

  private replay({ state, revision, events }: LoadedIdea, fingerprint: string) {
    if (events[0]?.metadata.requestFingerprint !== fingerprint) {
      throw new ProblemError(
        422,
        'idempotency-key-reused',
        'This Idempotency-Key was used for a different idea',
        'Use a new key for a new idea; repeat a key only to retry the very same request.',
      );
    }
    return {
      id: state.id,
      publicCode: state.publicCode,
      trackingToken: this.tokens.issue(state.id),
      status: state.status,
      department: state.department,
      revision,
      replayed: true,
    };
  }
}

function clearContact(input: SubmitIdeaInput['contact']): Contact | null {
  if (!input) return null;
  const { name, email, phone } = input;
  return { ...(name !== undefined && { name }), ...(email !== undefined && { email }), ...(phone !== undefined && { phone }) };
}

/** Where the name stands in the text, so the public page masks it without ever decrypting the contact. */
function nameSpans(text: { title: string; description: string }, name: string | undefined): SubmitterNameSpans {
  return { title: findNameSpans(text.title, [name]), description: findNameSpans(text.description, [name]) };
}
