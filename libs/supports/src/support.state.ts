import type { Language } from '@civic/ideas';
import type { SealedAddress } from './support.events';

export type SupportStatus = 'none' | 'pending' | 'confirmed' | 'withdrawn';

export interface Support {
  readonly supportId: string | null;
  readonly ideaId: string | null;
  readonly publicCode: string | null;
  readonly status: SupportStatus;
  readonly district: string | null;
  readonly language: Language | null;
  readonly confirmedAt: string | null;
  /** How many times an address was given (each sealed under its own key). */
  readonly requests: number;
  /** The latest address given, while it has not been erased. */
  readonly email: SealedAddress | null;
  /** Keys sealed since the last erasure: what an erasure must delete. */
  readonly liveKeyIds: readonly string[];
}

export function initialSupport(): Support {
  return {
    supportId: null,
    ideaId: null,
    publicCode: null,
    status: 'none',
    district: null,
    language: null,
    confirmedAt: null,
    requests: 0,
    email: null,
    liveKeyIds: [],
  };
}
