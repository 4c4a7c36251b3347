/**
 * An email address that wraps only before its "@", never at a hyphen or a dot inside it: "thanh-vien-" above
 * "1@example.gov.vn" read as a word broken by the line's end, not as one address.
 */
export function EmailText({ email }: { email: string }) {
  const at = email.indexOf('@');
  if (at <= 0) return <span className="break-words">{email}</span>;
  return (
    <>
      <span className="whitespace-nowrap">{email.slice(0, at)}</span>
      <wbr />
      <span className="whitespace-nowrap">{email.slice(at)}</span>
    </>
  );
}
