// RFC 5322 dot-atom text, less '=' (our escape character).
const UNSAFE = /[^A-Za-z0-9.!#$%&'*+/?^_`{|}~-]/gu;

const escape = (text: string) => [...Buffer.from(text, 'utf8')].map((byte) => `=${byte.toString(16).toUpperCase().padStart(2, '0')}`).join('');

/**
 * The same mail key always gives the same Message-ID, so a mail that does go
 * out twice (see Mailer.sendOnce) is one message to the receiving side.
 * Unsafe characters become =XX (UTF-8), so two keys never share an id.
 */
export function messageIdFor(mailKey: string): string {
  if (mailKey === '') throw new Error('A mail needs a key');
  // A dot may not start or end a dot-atom, nor follow another dot.
  const safe = mailKey.replace(UNSAFE, escape).replace(/^\.|\.$|(?<=\.)\./g, escape);
  return `<${safe}@civic-ideas>`;
}
