import type { Language } from '@civic/ideas';
import type { SealedAddress, SupporterErasureReason } from './support.events';

interface CommandBase {
  supportId: string;
  /** When it happens; the handler reads the clock, the domain never does. */
  at: string;
}

/** The citizen gives an address to support an idea; the confirmation link is mailed to it. */
export interface RequestSupport extends CommandBase {
  type: 'RequestSupport';
  ideaId: string;
  publicCode: string;
  district: string | null;
  language: Language;
  /** Sealed by the handler under supporterKeyId(supportId, the state's requests + 1). */
  email: SealedAddress;
}

/** The citizen followed the link in the e-mail: from now on the support counts. */
export interface ConfirmSupport extends CommandBase {
  type: 'ConfirmSupport';
}

/** The citizen takes the support back; the address goes with it. */
export interface WithdrawSupport extends CommandBase {
  type: 'WithdrawSupport';
}

export interface EraseSupporterData extends CommandBase {
  type: 'EraseSupporterData';
  reason: SupporterErasureReason;
}

export type SupportCommand = RequestSupport | ConfirmSupport | WithdrawSupport | EraseSupporterData;
