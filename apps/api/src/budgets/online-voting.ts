import { Inject, Injectable } from '@nestjs/common';
import {
  type AgeCheck,
  ageLimitDay,
  ageOn,
  BallotLinkNotValidError,
  type BudgetRound,
  decideBallot,
  type RequestOnlineBallot,
  type VerificationMethod,
} from '@civic/budgets';
import { BudgetRoundRepository, type CommandContext, PersonalDataVault, VoterKeys, voterDataKeyId } from '@civic/casework';
import { Clock } from '@civic/platform';

/** What the voter states on the form: the projects, and that they belong to the round's scope and are old enough. */
export interface VoterStatement {
  readonly choices: string[];
  /** "I live in the municipality" (or the round's district). */
  readonly residence: boolean;
  /** "I am at least N years old", where the round has an age limit. */
  readonly ageConfirmed: boolean;
  readonly language: string;
}

/**
 * Online voting by verified voters, as initiatives are signed: by e-mail the ballot waits for its link; with a verified
 * identity it counts at once. The answer is the same whether or not the address had voted, so the form tells nobody who
 * voted. The address (or the identity's name) is sealed under a key of the ballot's own: erasable, while the ballot counts.
 */
@Injectable()
export class OnlineVoting {
  constructor(
    private readonly rounds: BudgetRoundRepository,
    private readonly keys: VoterKeys,
    private readonly vault: PersonalDataVault,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  async byEmail(roundId: string, email: string, statement: VoterStatement, context: CommandContext): Promise<{ status: 'confirmation-sent' }> {
    await this.vote(roundId, 'email', this.keys.byEmail(roundId, email), { email, name: null }, statement, context);
    return { status: 'confirmation-sent' };
  }

  /**
   * A verified identity: the provider's issuer and pseudonymous subject make the ballot id, and the ballot counts at once.
   * Where the provider gives a birthdate, it, not the statement, says whether the voter is old enough on the last day of voting.
   */
  async byIdentity(
    roundId: string,
    identity: { issuer: string; subject: string; name: string; birthdate: string | null },
    statement: VoterStatement,
    context: CommandContext,
  ): Promise<{ status: 'confirmed' }> {
    const ballotId = this.keys.byIdentity(roundId, identity.issuer, identity.subject);
    await this.vote(roundId, 'oidc', ballotId, { email: null, name: identity.name }, statement, context, identity.birthdate);
    return { status: 'confirmed' };
  }

  async confirm(roundId: string, token: string, context: CommandContext): Promise<{ status: 'confirmed'; roundId: string }> {
    const link = this.keys.readConfirmationToken(roundId, token);
    if (!link) throw new BallotLinkNotValidError();
    await this.rounds.castBallot(
      { type: 'ConfirmOnlineBallot', roundId, ballotId: link.ballotId, requestRevision: link.revision, at: this.clock.now().toISOString(), actor: 'voter' },
      context,
    );
    return { status: 'confirmed', roundId };
  }

  /**
   * GDPR art. 17: the voter is found by the address they voted with (the ballot id is recomputed, nothing is looked up in
   * clear); their sealed address is erased by shredding its key, and the ballot still counts.
   */
  async eraseVoter(roundId: string, email: string, context: CommandContext & { actor: string }): Promise<{ erased: true }> {
    const ballotId = this.keys.byEmail(roundId, email);
    await this.rounds.castBallot({ type: 'EraseVoterData', roundId, ballotId, at: this.clock.now().toISOString(), by: context.actor }, context);
    await this.vault.erase(voterDataKeyId(roundId, ballotId));
    return { erased: true };
  }

  private async vote(
    roundId: string,
    method: VerificationMethod,
    ballotId: string,
    voterData: { email: string | null; name: string | null },
    statement: VoterStatement,
    context: CommandContext,
    birthdate: string | null = null,
  ): Promise<void> {
    const { state: round } = await this.rounds.load(roundId);
    const at = this.clock.now().toISOString();
    const command: RequestOnlineBallot = {
      type: 'RequestOnlineBallot',
      roundId,
      ballotId,
      choices: statement.choices,
      voter: { kind: 'online', ...voterFacts(round, statement, birthdate, at) },
      residenceStated: statement.residence,
      method,
      sealedVoter: { keyId: '', ciphertext: '' },
      language: statement.language,
      at,
      // No name in the log of events: the voter acts as "voter".
      actor: 'voter',
    };
    // Judged once before anything is sealed: a refused ballot leaves no data key behind.
    const ballot = await this.rounds.loadBallot(roundId, ballotId);
    if (decideBallot(command, ballot.state, round).length === 0) return;
    const sealedVoter = await this.vault.seal(voterDataKeyId(roundId, ballotId), voterData);
    await this.rounds.castBallot({ ...command, sealedVoter }, context);
  }
}

/**
 * The facts the round's rule asks for: the round's district when residence is stated; the age from the identity provider's
 * birthdate on the last day of voting where it gives one, else the age limit when the voter confirmed it.
 */
function voterFacts(
  round: BudgetRound,
  statement: VoterStatement,
  birthdate: string | null,
  at: string,
): { district: string | null; age: number | null; ageCheck?: AgeCheck } {
  const settings = round.settings;
  if (!settings) return { district: null, age: null };
  const district = settings.scope.kind === 'district' && statement.residence ? settings.scope.district : null;
  if (settings.minimumAge === null) return { district, age: null };
  const verified = birthdate === null ? null : ageOn(birthdate, ageLimitDay(round, at));
  if (verified !== null) return { district, age: verified, ageCheck: 'identity-provider' };
  return { district, age: statement.ageConfirmed ? settings.minimumAge : null, ageCheck: 'statement' };
}
