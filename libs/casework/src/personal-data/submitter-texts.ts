import { Injectable } from '@nestjs/common';
import type { StoredEvent } from '@civic/event-store';
import { type Contact, foldIdea, isIdeaEvent, type Location, type SealedContact, type SealedText, type TypedSubmission } from '@civic/ideas';
import { maskPersonalData } from '@civic/projections';
import type { LoadedIdea } from '../ideas/idea.repository';
import { ERASED, type NewDataKey, PersonalDataVault, type SealedPersonalData } from './personal-data-vault';

/** A text as the citizen typed it, sealed, with the copy that stays readable after erasure. */
export interface SealedAndMasked {
  readonly masked: string;
  readonly sealed: SealedText;
}

/**
 * What a citizen types in free text (title, description, location address,
 * replies, a withdrawal reason) may hold personal data the masking cannot
 * see. It is sealed under the submitter's data key (the idea id, as for the
 * contact) and the event keeps only a masked copy in clear: e-mails, phone
 * and CPR numbers and the submitter's own name masked, an address left out.
 * Staff and the citizen read the typed text while the key exists (reveal);
 * after erasure, only the masked copy is left anywhere.
 */
@Injectable()
export class SubmitterTexts {
  constructor(private readonly vault: PersonalDataVault) {}

  /**
   * Seals what was typed at submission, and the contact with it (one round
   * trip for the data key); the masked title and description go in the event
   * beside the seal, with the submitter's name masked too.
   */
  async sealSubmission(
    ideaId: string,
    typed: TypedSubmission,
    contact: Contact | null,
    /** The submission's new data key (its row commits with the events); without one the vault stores or reuses the key first. */
    dataKey?: NewDataKey,
  ): Promise<{ title: string; description: string; sealed: SealedText; contact: SealedContact | null }> {
    if (dataKey && dataKey.keyId !== ideaId) throw new Error(`The data key ${dataKey.keyId} is not idea ${ideaId}'s`);
    const names = [contact?.name];
    const values = contact ? [typed, contact] : [typed];
    const [sealed, sealedContact] = dataKey ? await Promise.all(values.map((value) => dataKey.seal(value))) : await this.vault.sealAll(ideaId, values);
    return {
      title: maskPersonalData(typed.title, { names }),
      description: maskPersonalData(typed.description, { names }),
      sealed: asSealedText(sealed),
      contact: sealedContact ? asSealedText(sealedContact) : null,
    };
  }

  /** A reply or a reason: sealed under the idea's key, masked with the submitter's name when the key still opens the contact. */
  async sealText(ideaId: string, typed: string, submitterName: string | undefined): Promise<SealedAndMasked> {
    const sealed = await this.vault.seal(ideaId, typed);
    return { masked: maskPersonalData(typed, { names: [submitterName] }), sealed: asSealedText(sealed) };
  }

  /**
   * After erasure nothing is sealed again (that would bring a deleted key back):
   * what the citizen still types is kept as a masked copy only.
   */
  static maskOnly(typed: string): string {
    return maskPersonalData(typed);
  }

  /**
   * The events with the typed text put back where the key still opens it, and
   * the sealed fields taken out; once the key is erased, the masked copies stay.
   * Events written before text was sealed stand as they were stored.
   */
  async reveal(events: readonly StoredEvent[]): Promise<StoredEvent[]> {
    const sealed: SealedPersonalData[] = [];
    for (const event of events) {
      const blob = sealedOf(event);
      if (blob) sealed.push(blob);
    }
    const opened = await this.vault.openMany<unknown>(sealed);
    let next = 0;
    return events.map((event) => {
      const blob = sealedOf(event);
      if (!blob) return event;
      const typed = opened[next++];
      return { ...event, data: revealed(event, typed === ERASED ? null : typed) };
    });
  }

  /** The idea loaded as staff and the citizen read it: state and events with the typed text, while the key exists. */
  async revealLoaded(loaded: LoadedIdea): Promise<LoadedIdea> {
    if (loaded.revision < 0) return loaded;
    const events = await this.reveal(loaded.events);
    return { ...loaded, events, state: foldIdea(events.filter(isIdeaEvent)) };
  }
}

function asSealedText({ keyId, ciphertext }: SealedPersonalData): SealedText {
  return { keyId, ciphertext };
}

const SEALED_FIELD: Readonly<Record<string, string>> = {
  IdeaSubmitted: 'sealedText',
  CitizenInformationProvided: 'sealedAnswer',
  IdeaWithdrawn: 'sealedReason',
};

function sealedOf(event: StoredEvent): SealedPersonalData | null {
  const field = SEALED_FIELD[event.type];
  const value = field ? (event.data as Record<string, unknown>)[field] : undefined;
  return value && typeof value === 'object' ? (value as SealedPersonalData) : null;
}

/** typed: what the seal opened to, or null when the key is gone (the masked copies stay). */
function revealed(event: StoredEvent, typed: unknown): Record<string, unknown> {
  const { [SEALED_FIELD[event.type]]: _sealed, ...data } = event.data as Record<string, unknown>;
  if (typed === null) return data;
  switch (event.type) {
    case 'IdeaSubmitted': {
      const { title, description, address } = typed as TypedSubmission;
      // The event keeps only the point, or no location when the citizen gave an address alone.
      const location = data.location as Location | null;
      return { ...data, title, description, location: address !== undefined ? { ...location, address } : location };
    }
    case 'CitizenInformationProvided':
      return { ...data, answer: typed as string };
    case 'IdeaWithdrawn':
      return { ...data, reason: typed as string };
    default:
      return data;
  }
}
