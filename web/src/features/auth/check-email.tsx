/**
 * "Check your email": the one answer to Continue with email and to a sign-up the server could not complete here,
 * worded the same whether or not the address has an account.
 */
export function CheckEmail({ email, onBack }: { email: string; onBack: () => void }) {
  return (
    <div className="check-email" role="status">
      <h3>Check your email</h3>
      <p>
        We sent a link to <strong>{email}</strong>. Open it to continue; it works once, for 15 minutes.
      </p>
      <p className="hint">Nothing arrived? Check your spam folder, or try again in a minute.</p>
      <button type="button" className="link-button" onClick={onBack}>
        Use a different address
      </button>
    </div>
  );
}
