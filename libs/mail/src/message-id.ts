/**
 * Deterministic Message-ID for a notification key: a resend of the same notification
 * (e.g. after a crash between SMTP acceptance and marking the row sent) carries the same
 * id, so duplicates are recognisable and most mail systems drop them.
 * ':' is not allowed in the id's left part (RFC 5322 dot-atom), so it becomes '.'.
 */
export function messageIdFor(key: string, mailFrom: string): string {
  const left = key.replace(/:/g, '.').replace(/[^A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]/g, '-');
  return `<${left}@${mailDomain(mailFrom)}>`;
}

/** The domain of a From address such as '履约 <noreply@luyue.local>'. */
export function mailDomain(mailFrom: string): string {
  const match = /@([^@\s<>]+)>?\s*$/.exec(mailFrom);
  return match ? match[1].toLowerCase() : 'luyue.local';
}
