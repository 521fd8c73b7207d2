import { Injectable } from '@nestjs/common';
import { Clock } from '@civic/platform';
import type { Satisfaction } from '@civic/satisfaction';
import { PersonalDataVault, SatisfactionRepository, type CommandContext } from '@civic/casework';
import { TrackedIdeas } from '../tracking/tracked-ideas';

/** The citizen's answer to the follow-up question, through their tracking link. */
@Injectable()
export class SatisfactionAnswers {
  constructor(
    private readonly tracked: TrackedIdeas,
    private readonly satisfaction: SatisfactionRepository,
    private readonly vault: PersonalDataVault,
    private readonly clock: Clock,
  ) {}

  async state(token: string): Promise<{ publicCode: string; language: string | null; followUp: Satisfaction }> {
    const { state } = await this.tracked.resolve(token);
    return { publicCode: state.publicCode, language: state.language, followUp: (await this.satisfaction.load(state.id)).state };
  }

  async answer(token: string, rating: number, comment: string | null, context: CommandContext): Promise<{ rating: number; at: string }> {
    const { state } = await this.tracked.resolve(token);
    const at = this.clock.now().toISOString();
    const text = comment?.trim() || null;
    // Sealed under the idea's own key, so erasing the submitter's data erases it too; once erased, nothing is kept.
    const sealed = text && state.contactErasedAt === null ? await this.vault.seal(state.id, { comment: text }) : null;
    await this.satisfaction.execute({ type: 'RateSatisfaction', ideaId: state.id, rating, comment: sealed, at }, context);
    return { rating, at };
  }
}
