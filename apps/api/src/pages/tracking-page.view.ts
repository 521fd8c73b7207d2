import type { TrackedIdeaView } from '../tracking/tracked-idea.view';

/** The steps whose text is someone's own words (shown as written); every other step is said in the page's language. */
const OWN_WORDS = new Set(['question', 'reply', 'answered', 'implementation', 'implemented']);

export interface CitizenTimelineItem {
  readonly at: string;
  readonly step: string;
  readonly words: string | null;
  readonly department: string | null;
}

/** The citizen's timeline, newest last, with the English step texts of the JSON replaced by text keys (pages.timeline.<step>). */
export function citizenTimeline(idea: TrackedIdeaView): CitizenTimelineItem[] {
  return idea.timeline.map(({ at, step, text }) => ({
    at,
    step,
    words: OWN_WORDS.has(step) && text ? text : null,
    // The JSON says "Sent to TMF": the department's code is the only part that is not in the page's words.
    department: step === 'routed' ? text.replace(/^Sent to /, '') : null,
  }));
}

const CLOSED = new Set(['withdrawn', 'duplicate', 'implemented']);

/** Which of the citizen's forms make sense now. */
export function trackingActions(idea: TrackedIdeaView) {
  const contact = idea.contact as { erased?: boolean; email?: string | null } | null;
  const hasContact = contact !== null && !contact.erased;
  return {
    reply: idea.openQuestion !== null,
    withdraw: !CLOSED.has(idea.status) && idea.status !== 'answered',
    stopEmails: hasContact && Boolean(contact?.email) && !idea.emailsStopped,
    erase: hasContact,
    erased: contact?.erased === true,
  };
}
