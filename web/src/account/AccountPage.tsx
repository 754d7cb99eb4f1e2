import { useState } from 'react';
import type { Session } from '../api.js';
import { PasswordForm } from './PasswordForm.js';
import { TokensPanel } from './TokensPanel.js';
import { TwoFactor } from './TwoFactor.js';
import './account.css';

/** One's own account: password, second factor and API tokens. */
export function AccountPage({ session, onChanged }: { session: Session; onChanged: () => void }) {
  // A password change revokes the tokens: the list is read again after one.
  const [tokensVersion, setTokensVersion] = useState(0);
  const { user } = session;
  const totp = 'totp' in user && user.totp === true;
  return (
    <section aria-labelledby="account-title" className="account">
      <h1 id="account-title">Your account</h1>
      <p className="lead">
        Signed in as <strong dir="auto">{user.displayName}</strong> (<span dir="auto">{user.username}</span>){user.isAdmin ? ', instance administrator' : ''}; member of{' '}
        {session.cases.length === 1 ? 'one case' : `${session.cases.length} cases`}.
      </p>
      <div className="account-forms">
        <PasswordForm
          onChanged={() => {
            setTokensVersion((v) => v + 1);
            onChanged();
          }}
        />
        <TwoFactor enabled={totp} onChanged={onChanged} />
      </div>
      <TokensPanel cases={session.cases} version={tokensVersion} />
    </section>
  );
}
