import { ConfirmationLinkNotValidError, InvalidInitiativeInputError, NotCollectingSignaturesError, SignatureNotFoundError } from './initiative.errors';
import type { InitiativeCollection, SignatureCommand } from './signature.commands';
import type { SignatureEvent } from './signature.events';
import type { SignatureState } from './signature.state';

/**
 * One signer's signature on one initiative. A second signature by the same
 * person (the same signer key) changes nothing once confirmed: it counts once.
 */
export function decideSignature(command: SignatureCommand, state: SignatureState): SignatureEvent[] {
  const { initiativeId, signerKey, at } = command;
  switch (command.type) {
    case 'SignInitiative': {
      requireCollecting(command.initiative, initiativeId, at);
      if (!command.residenceStated) throw new InvalidInitiativeInputError('Only residents of the municipality may sign.', 'residence');
      if (command.district.trim() === '') throw new InvalidInitiativeInputError('Choose your district.', 'district');
      if (state?.status === 'confirmed') return [];
      const { method, district, publishName, signer, language } = command;
      const requested: SignatureEvent = {
        type: 'SignatureRequested',
        data: { initiativeId, signerKey, at, method, district, residenceStated: true, publishName, signer, language },
      };
      if (method === 'oidc') return [requested, { type: 'SignatureConfirmed', data: { initiativeId, signerKey, at, method, district } }];
      // Pending: asked again, so a new link is sent; the old one no longer confirms.
      return [requested];
    }
    case 'ConfirmSignature':
      if (!state) throw new ConfirmationLinkNotValidError();
      if (state.status === 'confirmed') return [];
      if (state.requestRevision !== command.requestRevision) throw new ConfirmationLinkNotValidError();
      requireCollecting(command.initiative, initiativeId, at);
      return [{ type: 'SignatureConfirmed', data: { initiativeId, signerKey, at, method: state.method, district: state.district } }];
    case 'EraseSignerData':
      if (!state) throw new SignatureNotFoundError(signerKey);
      if (state.erased) return [];
      return [{ type: 'SignerDataErased', data: { initiativeId, signerKey, at, by: command.by } }];
  }
}

/** Signatures are collected from the approval until the period ends or the initiative is referred to the council. */
export function isCollecting(initiative: InitiativeCollection, at: string): boolean {
  return initiative.status === 'collecting' && initiative.collectionEndsAt !== null && Date.parse(at) < Date.parse(initiative.collectionEndsAt);
}

function requireCollecting(initiative: InitiativeCollection, initiativeId: string, at: string): void {
  if (!isCollecting(initiative, at)) throw new NotCollectingSignaturesError(initiativeId);
}
