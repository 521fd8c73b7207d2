import type { SupportCommand } from './support.commands';
import { SupportNotFoundError, SupportWithdrawnError, WrongSealingKeyError } from './support.errors';
import type { SupportEvent } from './support.events';
import type { Support } from './support.state';
import { supporterKeyId } from './support.stream';

/** The next request's data key: the handler seals the address under it before it decides. */
export function nextSupporterKeyId(state: Support, supportId: string): string {
  return supporterKeyId(supportId, state.requests + 1);
}

export function decide(command: SupportCommand, state: Support): SupportEvent[] {
  const { supportId, at } = command;
  switch (command.type) {
    case 'RequestSupport': {
      // Already counted: nothing to confirm, and nothing to tell anyone (the answer is the same, so an address cannot be probed).
      if (state.status === 'confirmed') return [];
      const expected = nextSupporterKeyId(state, supportId);
      if (command.email.keyId !== expected) throw new WrongSealingKeyError(expected, command.email.keyId);
      const { ideaId, publicCode, district, language, email } = command;
      return [{ type: 'SupportRequested', data: { supportId, ideaId, publicCode, district, language, email, at } }];
    }
    case 'ConfirmSupport':
      if (state.status === 'none') throw new SupportNotFoundError(supportId);
      if (state.status === 'withdrawn') throw new SupportWithdrawnError(supportId);
      if (state.status === 'confirmed') return [];
      return [{ type: 'SupportConfirmed', data: { supportId, ideaId: state.ideaId!, district: state.district, at } }];
    case 'WithdrawSupport': {
      if (state.status === 'none') throw new SupportNotFoundError(supportId);
      if (state.status === 'withdrawn') return [];
      const ideaId = state.ideaId!;
      const withdrawn: SupportEvent = { type: 'SupportWithdrawn', data: { supportId, ideaId, district: state.district, confirmedAt: state.confirmedAt, at } };
      // A withdrawn support has no use for the address: it goes in the same append.
      return [withdrawn, ...erasure(state, supportId, 'citizen', at)];
    }
    case 'EraseSupporterData':
      if (state.status === 'none') throw new SupportNotFoundError(supportId);
      return erasure(state, supportId, command.reason, at);
  }
}

function erasure(state: Support, supportId: string, reason: 'citizen' | 'retention', at: string): SupportEvent[] {
  if (state.liveKeyIds.length === 0) return [];
  return [{ type: 'SupporterDataErased', data: { supportId, ideaId: state.ideaId!, reason, keyIds: [...state.liveKeyIds], at } }];
}
