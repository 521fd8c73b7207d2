import { Inject, Injectable } from '@nestjs/common';
import type { Pool } from 'pg';
import { LANGUAGES, type Language } from '@civic/ideas';
import { Clock } from '@civic/platform';
import { nextSupporterKeyId, type Support } from '@civic/supports';
import { PersonalDataVault, SupportLinks, SupportRepository, SupporterDataEraser, type CommandContext, type LoadedSupport } from '@civic/casework';
import { PUBLIC_STATUS } from '@civic/projections';
import { ProblemError } from '../http/problem';
import { PG_POOL } from '../infrastructure/pg-pool.token';
import type { SupportIdeaInput, SupportRequestedView, SupportView } from './supports.dto';

const PUBLIC_CODE = /^[A-Za-z0-9-]{1,40}$/;
const IDEA_NOT_FOUND = () => new ProblemError(404, 'public-idea-not-found', 'No idea has this public code');
/** Unknown, malformed and forged links all answer the same. */
const LINK_NOT_FOUND = () => new ProblemError(404, 'support-link-not-found', 'No support found for this link');

/** Supporting an idea without an account: ask (a link is mailed), confirm through the link, withdraw. */
@Injectable()
export class Supports {
  constructor(
    private readonly supports: SupportRepository,
    private readonly links: SupportLinks,
    private readonly vault: PersonalDataVault,
    private readonly eraser: SupporterDataEraser,
    private readonly clock: Clock,
    @Inject(PG_POOL) private readonly db: Pool,
  ) {}

  async request(publicCode: string, input: SupportIdeaInput, context: CommandContext): Promise<SupportRequestedView> {
    const idea = await this.publicIdea(publicCode);
    const district = input.district ?? null;
    if (district !== null && !(await this.districtExists(district)))
      throw new ProblemError(422, 'unknown-district', 'Unknown district', `There is no district "${district}".`, {
        errors: [{ field: 'district', message: `There is no district "${district}".` }],
      });
    const supportId = this.links.supportIdFor(idea.ideaId, input.email);
    const loaded = await this.supports.load(supportId);
    // Sealed only when it will be recorded: a support already confirmed appends nothing and keeps no second copy.
    if (loaded.state.status === 'confirmed') return { status: 'confirmation-sent' };
    const email = await this.vault.seal(nextSupporterKeyId(loaded.state, supportId), { email: input.email.trim() });
    const language = input.language ?? idea.language;
    await this.supports.decideAndAppend(
      loaded,
      { type: 'RequestSupport', supportId, ideaId: idea.ideaId, publicCode: idea.publicCode, district, language, email, at: this.now() },
      context,
    );
    return { status: 'confirmation-sent' };
  }

  async view(token: string): Promise<SupportView & { language: Language | null }> {
    const { state } = await this.resolve(token);
    return this.viewOf(state);
  }

  async confirm(token: string, context: CommandContext): Promise<SupportView & { language: Language | null }> {
    const loaded = await this.resolve(token);
    const { events } = await this.supports.decideAndAppend(loaded, { type: 'ConfirmSupport', supportId: loaded.state.supportId!, at: this.now() }, context);
    return this.viewOf(events.length > 0 ? { ...loaded.state, status: 'confirmed' } : loaded.state);
  }

  async withdraw(token: string, context: CommandContext): Promise<SupportView & { language: Language | null }> {
    const loaded = await this.resolve(token);
    const { events } = await this.supports.decideAndAppend(loaded, { type: 'WithdrawSupport', supportId: loaded.state.supportId!, at: this.now() }, context);
    // The append recorded the erasure; now the keys go (a crash here leaves keys that retention still finds and deletes).
    await this.eraser.deleteKeys(events.flatMap((event) => (event.type === 'SupporterDataErased' ? event.data.keyIds : [])));
    return this.viewOf({ ...loaded.state, status: 'withdrawn' });
  }

  private viewOf(state: Support): SupportView & { language: Language | null } {
    return { status: state.status as SupportView['status'], publicCode: state.publicCode!, language: state.language };
  }

  private async resolve(token: string): Promise<LoadedSupport> {
    const supportId = this.links.supportIdOf(token);
    if (!supportId) throw LINK_NOT_FOUND();
    const loaded = await this.supports.load(supportId);
    if (loaded.revision < 0) throw LINK_NOT_FOUND();
    return loaded;
  }

  private async publicIdea(publicCode: string): Promise<{ ideaId: string; publicCode: string; language: Language }> {
    if (!PUBLIC_CODE.test(publicCode)) throw IDEA_NOT_FOUND();
    const { rows } = await this.db.query<{ idea_id: string; public_code: string; language: string | null }>(
      `SELECT idea_id::text AS idea_id, public_code, language FROM ${PUBLIC_STATUS} WHERE public_code = $1`,
      [publicCode],
    );
    if (rows.length === 0) throw IDEA_NOT_FOUND();
    const language = (LANGUAGES as readonly string[]).includes(rows[0].language ?? '') ? (rows[0].language as Language) : 'da';
    return { ideaId: rows[0].idea_id, publicCode: rows[0].public_code, language };
  }

  private async districtExists(code: string): Promise<boolean> {
    const { rowCount } = await this.db.query('SELECT 1 FROM districts WHERE code = $1', [code]);
    return Boolean(rowCount);
  }

  private now(): string {
    return this.clock.now().toISOString();
  }
}
