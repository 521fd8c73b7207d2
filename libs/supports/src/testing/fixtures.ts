import type { SupportCommand } from '../support.commands';
import type { SupportEvent } from '../support.events';
import { supporterKeyId } from '../support.stream';

export const SUPPORT_ID = '0f0e0d0c-0b0a-4988-8776-655443322110';
export const IDEA_ID = '11111111-2222-4333-8444-555555555555';
export const AT = '2026-12-01T09:00:00.000Z';
export const LATER = '2026-12-01T09:05:00.000Z';

const sealed = (n: number) => ({ keyId: supporterKeyId(SUPPORT_ID, n), ciphertext: `sealed-${n}` });

export const requested = (n = 1, at = AT): SupportEvent => ({
  type: 'SupportRequested',
  data: { supportId: SUPPORT_ID, ideaId: IDEA_ID, publicCode: 'K-2026-000001', district: 'valby', language: 'da', email: sealed(n), at },
});
export const confirmed = (at = LATER): SupportEvent => ({ type: 'SupportConfirmed', data: { supportId: SUPPORT_ID, ideaId: IDEA_ID, district: 'valby', at } });
export const withdrawnEvent = (confirmedAt: string | null, at = LATER): SupportEvent => ({
  type: 'SupportWithdrawn',
  data: { supportId: SUPPORT_ID, ideaId: IDEA_ID, district: 'valby', confirmedAt, at },
});
export const erased = (reason: 'citizen' | 'retention', keyIds: string[], at = LATER): SupportEvent => ({
  type: 'SupporterDataErased',
  data: { supportId: SUPPORT_ID, ideaId: IDEA_ID, reason, keyIds, at },
});

export const request = (n = 1, at = AT): SupportCommand => ({
  type: 'RequestSupport',
  supportId: SUPPORT_ID,
  ideaId: IDEA_ID,
  publicCode: 'K-2026-000001',
  district: 'valby',
  language: 'da',
  email: sealed(n),
  at,
});
export const confirm = (at = LATER): SupportCommand => ({ type: 'ConfirmSupport', supportId: SUPPORT_ID, at });
export const withdraw = (at = LATER): SupportCommand => ({ type: 'WithdrawSupport', supportId: SUPPORT_ID, at });
export const eraseData = (reason: 'citizen' | 'retention' = 'retention', at = LATER): SupportCommand => ({
  type: 'EraseSupporterData',
  supportId: SUPPORT_ID,
  reason,
  at,
});
export const keyOf = (n: number) => supporterKeyId(SUPPORT_ID, n);
