import { Injectable } from '@nestjs/common';
import { ERASED, type NewDataKey, PersonalDataVault } from './personal-data-vault';
import type { Contact, Idea, SealedContact } from '@civic/ideas';

/** What staff and the citizen see of the contact: the data itself, or that it was erased. */
export type ContactView = Contact | { erased: true; erasedAt: string | null };

/**
 * The submitter's contact through the vault. A citizen has no account, so
 * each submission is its own submitter: the data key's id is the idea's id.
 */
@Injectable()
export class SubmitterContacts {
  constructor(private readonly vault: PersonalDataVault) {}

  /** Safe to repeat for the same idea (an idempotent retry): the data key is reused. With a new submission's key (newKey), sealed under that. */
  async seal(ideaId: string, contact: Contact, newKey?: NewDataKey): Promise<SealedContact> {
    if (newKey && newKey.keyId !== ideaId) throw new Error(`The data key ${newKey.keyId} is not idea ${ideaId}'s`);
    const { keyId, ciphertext } = newKey ? await newKey.seal(contact) : await this.vault.seal(ideaId, contact);
    return { keyId, ciphertext };
  }

  /** Deletes the idea's data key: its sealed contact can never be opened again. */
  async erase(ideaId: string): Promise<void> {
    await this.vault.erase(ideaId);
  }

  /** null when the citizen gave no contact. */
  async view(idea: Pick<Idea, 'contact' | 'contactErasedAt'>): Promise<ContactView | null> {
    if (idea.contactErasedAt !== null) return { erased: true, erasedAt: idea.contactErasedAt };
    if (idea.contact === null) return null;
    const opened = await this.vault.open<Contact>(idea.contact);
    // The key is deleted only after the erasure event is appended; without that event this is an erasure still being finished.
    return opened === ERASED ? { erased: true, erasedAt: null } : opened;
  }
}
