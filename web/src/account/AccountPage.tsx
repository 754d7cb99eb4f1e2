import { useState } from 'react';
import { FormattedMessage } from 'react-intl';
import type { Session } from '../api.js';
import { useT } from '../i18n/LanguageProvider.js';
import { accountMessages as m } from './account.messages.js';
import { LanguageChoice } from './LanguageChoice.js';
import { PasswordForm } from './PasswordForm.js';
import { RecoveryCodes } from './RecoveryCodes.js';
import { SessionsPanel } from './SessionsPanel.js';
import { NotificationSettingsPanel } from '../notifications/NotificationSettingsPanel.js';
import { TokensPanel } from './TokensPanel.js';
import { TwoFactor } from './TwoFactor.js';
import { CareSettings } from '../sensitivity/CareSettings.js';
import './account.css';

/** One's own account: language, password, second factor and its recovery codes, notifications, care while viewing (blur, reminder), signed-in sessions and API tokens. */
export function AccountPage({ session, onChanged }: { session: Session; onChanged: () => void }) {
  const t = useT();
  // A password change revokes the tokens: the list is read again after one.
  const [tokensVersion, setTokensVersion] = useState(0);
  // Recovery codes just made (with the second factor or anew): shown once, then gone from the page.
  const [freshCodes, setFreshCodes] = useState<string[] | undefined>();
  const { user } = session;
  const totp = 'totp' in user && user.totp === true;
  return (
    <section aria-labelledby="account-title" className="account">
      <h1 id="account-title">{t(m.title)}</h1>
      <p className="lead">
        <FormattedMessage
          {...(user.isAdmin ? m.signedInAdmin : m.signedIn)}
          values={{ name: <strong dir="auto">{user.displayName}</strong>, username: <span dir="auto">{user.username}</span>, count: session.cases.length }}
        />
      </p>
      <div className="account-forms">
        <LanguageChoice session={session} onChanged={onChanged} />
        <PasswordForm
          onChanged={() => {
            setTokensVersion((v) => v + 1);
            onChanged();
          }}
        />
        <TwoFactor enabled={totp} onChanged={onChanged} onRecoveryCodes={setFreshCodes} />
        {totp && <RecoveryCodes fresh={freshCodes} onFresh={setFreshCodes} />}
        <CareSettings />
        <NotificationSettingsPanel />
      </div>
      <SessionsPanel onSignedOutHere={onChanged} />
      <TokensPanel cases={session.cases} version={tokensVersion} />
    </section>
  );
}
