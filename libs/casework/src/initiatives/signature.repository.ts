import { EVENT_STORE, type EventStore } from '@civic/event-store';
import {
  decideSignature,
  foldSignature,
  isSignatureEvent,
  type SignatureCommand,
  type SignatureEvent,
  type SignatureState,
  signatureStreamId,
} from '@civic/initiatives';
import { Inject, Injectable } from '@nestjs/common';
import type { CommandContext } from '../ideas/command-context';
import { toAppend } from './initiative.repository';

export interface LoadedSignature {
  readonly state: SignatureState;
  readonly revision: number;
  readonly events: SignatureEvent[];
}

/**
 * One signer's stream on one initiative. Its id is the signer key, so the
 * same person signing twice at the same moment meets the append's expected
 * revision: one of them is a 409, never a second signature.
 */
@Injectable()
export class SignatureRepository {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async load(initiativeId: string, signerKey: string): Promise<LoadedSignature> {
    const stored = await this.store.readStream(signatureStreamId(initiativeId, signerKey));
    const events = stored.filter(isSignatureEvent).map(({ type, data }) => ({ type, data }) as SignatureEvent);
    return { state: foldSignature(events), revision: stored.length - 1, events };
  }

  async execute(command: SignatureCommand, context: CommandContext): Promise<{ revision: number; events: SignatureEvent[] }> {
    const { state, revision } = await this.load(command.initiativeId, command.signerKey);
    const events = decideSignature(command, state);
    if (events.length === 0) return { revision, events };
    const result = await this.store.appendToStream(signatureStreamId(command.initiativeId, command.signerKey), events.map(toAppend(command.at, context)), {
      expectedRevision: revision === -1 ? 'no_stream' : revision,
    });
    return { revision: result.nextExpectedRevision, events };
  }
}
