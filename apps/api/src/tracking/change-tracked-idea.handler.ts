import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { Clock } from '@civic/platform';
import { ChangeTrackedIdeaCommand, type CitizenChange } from './change-tracked-idea.command';
import { TrackedIdeas } from './tracked-ideas';
import { IdeaRepository, type LoadedIdea, SubmitterContacts, SubmitterTexts } from '@civic/casework';

@CommandHandler(ChangeTrackedIdeaCommand)
export class ChangeTrackedIdeaHandler implements ICommandHandler<ChangeTrackedIdeaCommand> {
  constructor(
    private readonly tracked: TrackedIdeas,
    private readonly ideas: IdeaRepository,
    private readonly clock: Clock,
    private readonly contacts: SubmitterContacts,
    private readonly texts: SubmitterTexts,
  ) {}

  async execute({ trackingToken, change, context }: ChangeTrackedIdeaCommand) {
    const loaded = await this.tracked.resolve(trackingToken);
    const sealed = await this.sealed(loaded, change);
    const result = await this.ideas.decideAndAppend(loaded, { ...sealed, ideaId: loaded.state.id, at: this.clock.now().toISOString() }, context);
    return { revision: result.revision };
  }

  /** What the citizen typed is sealed under their key, with a masked copy for the event, as at submission. */
  private async sealed({ state }: LoadedIdea, change: CitizenChange): Promise<CitizenChange> {
    const typed = change.type === 'ProvideCitizenInformation' ? change.answer : change.reason;
    // Nothing to seal; and after erasure nothing is sealed again under a key that was deleted on purpose (the text is kept masked only).
    if (typeof typed !== 'string' || typed.trim() === '') return change;
    if (state.contactErasedAt !== null) {
      const masked = SubmitterTexts.maskOnly(typed);
      return change.type === 'ProvideCitizenInformation' ? { ...change, answer: masked } : { ...change, reason: masked };
    }
    const contact = await this.contacts.view(state);
    const name = contact && !('erased' in contact) ? contact.name : undefined;
    const { masked, sealed } = await this.texts.sealText(state.id, typed, name);
    return change.type === 'ProvideCitizenInformation'
      ? { ...change, answer: masked, sealedAnswer: sealed }
      : { ...change, reason: masked, sealedReason: sealed };
  }
}
