import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { randomUUID } from 'node:crypto';
import { WrongExpectedVersion } from '@civic/event-store';
import { type AutoRoute, type Contact, matchRoutingRule, NO_NAME_SPANS, type RoutingMatch, requireContact, type SubmitIdea } from '@civic/ideas';
import { Clock } from '@civic/platform';
import { IdeaProposals } from '../budgets/idea-proposals';
import { ProblemError } from '../http/problem';
import { ReferenceData } from '../reference-data/reference-data';
import { ResponseDeadlines } from '../reference-data/response-deadlines';
import { canonicalRequest, ideaIdForIdempotencyKey, legacyRequestFingerprint, normaliseContact, REQUEST_DIGEST_PURPOSE } from './idempotency';
import { PublicCodes } from './public-codes';
import { SubmitIdeaCommand } from './submit-idea.command';
import type { SubmitIdeaInput } from './submit-idea.dto';
import { districtOfPoint, ERASED, PersonalDataVault, IdeaRepository, type LoadedIdea, SubmitterTexts, TrackingTokens } from '@civic/casework';

@CommandHandler(SubmitIdeaCommand)
export class SubmitIdeaHandler implements ICommandHandler<SubmitIdeaCommand> {
  constructor(
    private readonly ideas: IdeaRepository,
    private readonly referenceData: ReferenceData,
    private readonly publicCodes: PublicCodes,
    private readonly tokens: TrackingTokens,
    private readonly clock: Clock,
    private readonly deadlines: ResponseDeadlines,
    private readonly vault: PersonalDataVault,
    private readonly texts: SubmitterTexts,
    private readonly proposals: IdeaProposals,
  ) {}

  async execute({ input, idempotencyKey, context }: SubmitIdeaCommand) {
    const ideaId = idempotencyKey ? ideaIdForIdempotencyKey(idempotencyKey) : randomUUID();
    if (idempotencyKey) {
      const earlier = await this.ideas.load(ideaId);
      if (earlier.revision >= 0) return this.replay(earlier, input);
    }

    const { categories, districts, routing, boundaries } = await this.referenceData.snapshot();
    // Without a district named, a point is placed in the district whose boundary holds it; a district the citizen chose stands.
    // An address alone is not placed: it needs a district named.
    const point = pointOf(input.location);
    const located = input.district === undefined && point && boundaries.length > 0 ? districtOfPoint(boundaries, point.lat, point.lon) : undefined;
    const district = located ?? input.district;
    const unknown = [
      !categories.has(input.category) && { field: 'category', message: `unknown category "${input.category}"; see GET /categories` },
      located === null && { field: 'location', message: 'the point is outside every district of the municipality' },
      located === undefined && district === undefined && { field: 'district', message: 'a district is required without a point; see GET /districts' },
      located === undefined &&
        district !== undefined &&
        !districts.has(district) && { field: 'district', message: `unknown district "${district}"; see GET /districts` },
    ].filter((e): e is { field: string; message: string } => Boolean(e));
    if (unknown.length)
      throw new ProblemError(422, 'validation-failed', 'The request has invalid fields', 'See errors for each field that needs fixing.', { errors: unknown });

    // Into a budget round: checked before anything is sealed or numbered (unknown or out of scope 422, proposals closed 409).
    const budgetRound = input.budgetRound ? await this.proposals.originFor(input.budgetRound.roundId, ideaId, district!) : null;

    // Checked in clear before sealing: once sealed, the domain cannot look inside.
    const contact = clearContact(input.contact);
    requireContact(contact);

    // The submitter's data key: on PostgreSQL its row commits with the events (one commit per submission); elsewhere it is stored first.
    const dataKey = this.vault.newKey(ideaId, { withEvents: this.ideas.commitsStatementsWithEvents });
    // The whole request, contact included, keyed by the submitter's data key: a replay must be the very same request, and once the key is erased the digest tests no guess.
    const requestDigest = idempotencyKey ? await dataKey.digest(REQUEST_DIGEST_PURPOSE, canonicalRequest(input)) : null;
    const now = this.clock.now();
    const trackingToken = this.tokens.issue(ideaId);
    // What was typed is sealed with the contact's key; the event keeps a masked copy (the submitter's name masked too) and no address:
    // only the point, or no location at all when the address was all there was (reveal puts it back).
    const address = input.location?.address;
    const typed = await this.texts.sealSubmission(
      ideaId,
      { title: input.title, description: input.description, ...(address !== undefined && { address }) },
      contact,
      dataKey,
    );
    const command: SubmitIdea = {
      type: 'SubmitIdea',
      ideaId,
      at: now.toISOString(),
      publicCode: await this.publicCodes.next(now),
      trackingTokenHash: TrackingTokens.hash(trackingToken),
      title: typed.title,
      description: typed.description,
      category: input.category,
      district: district!,
      location: point,
      contact: typed.contact,
      sealedText: typed.sealed,
      // The name is masked in the copy itself, so there is nothing left for the public page to find.
      submitterNameSpans: NO_NAME_SPANS,
      language: input.language,
      channel: input.channel ?? 'web',
      autoRoute: await this.autoRoute(matchRoutingRule(routing, { ...input, district: district! }), now),
      ...(budgetRound && { budgetRound }),
    };
    try {
      const { revision } = await this.ideas.execute(command, 'new', context, requestDigest ? { requestDigest } : {}, dataKey.statements());
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
      if (error instanceof WrongExpectedVersion && idempotencyKey) return this.replay(await this.ideas.load(ideaId), input);
      throw error;
    }
  }

  private async autoRoute(match: RoutingMatch | null, now: Date): Promise<AutoRoute | null> {
    return match && { ...match, responseDeadline: await this.deadlines.forRouting(match.department, now) };
  }

  /** The first answer, tracking link included, goes only to the very same request: the public fields are on the idea's public page, the contact is not. */
  private async replay(earlier: LoadedIdea, input: SubmitIdeaInput) {
    if (!(await this.isSameRequest(earlier, input))) {
      throw new ProblemError(
        422,
        'idempotency-key-reused',
        'This Idempotency-Key was used for a different request',
        'Use a new key for a new idea; repeat a key only to retry the very same request, contact included.',
      );
    }
    const { state, revision } = earlier;
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

  private async isSameRequest({ state, events }: LoadedIdea, input: SubmitIdeaInput): Promise<boolean> {
    const { requestDigest, requestFingerprint } = events[0]?.metadata ?? {};
    // After erasure the digest's key is gone: nothing can be compared, so nothing is handed out.
    if (typeof requestDigest === 'string')
      return (await this.vault.verifyDigest(state.id, REQUEST_DIGEST_PURPOSE, canonicalRequest(input), requestDigest)) === true;
    // Written before the digest was keyed: that fingerprint leaves the contact out, so the contact is compared with the sealed one.
    if (typeof requestFingerprint !== 'string' || requestFingerprint !== legacyRequestFingerprint(input)) return false;
    const given = clearContact(input.contact);
    if (state.contactErasedAt !== null) return false;
    if (state.contact === null) return given === null;
    const sealed = await this.vault.open<Contact>(state.contact);
    return sealed !== ERASED && given !== null && sameContact(sealed, given);
  }
}

function pointOf(location: SubmitIdeaInput['location']): { lat: number; lon: number } | null {
  return location?.lat !== undefined && location.lon !== undefined ? { lat: location.lat, lon: location.lon } : null;
}

function clearContact(input: SubmitIdeaInput['contact']): Contact | null {
  if (!input) return null;
  const { name, email, phone } = input;
  return { ...(name !== undefined && { name }), ...(email !== undefined && { email }), ...(phone !== undefined && { phone }) };
}

function sameContact(a: Contact, b: Contact): boolean {
  const [x, y] = [normaliseContact(a), normaliseContact(b)];
  return x.name === y.name && x.email === y.email && x.phone === y.phone;
}
