import { useState } from 'react';
import { useT } from '../i18n/LanguageProvider.js';
import { accountMessages as m } from './account.messages.js';

/** The secrets copied, each with its own sentences (the words around a noun differ with it in French and Arabic). */
const SECRETS = {
  tokenSecret: { copy: m.copyTokenSecret, copied: m.tokenSecretCopied, refused: m.tokenSecretRefused },
  secret: { copy: m.copySecret, copied: m.secretCopied, refused: m.secretRefused },
  oneTimePassword: { copy: m.copyOneTimePassword, copied: m.oneTimePasswordCopied, refused: m.oneTimePasswordRefused },
  invitationLink: { copy: m.copyInvitationLink, copied: m.invitationLinkCopied, refused: m.invitationLinkRefused },
  recoveryCodes: { copy: m.copyRecoveryCodes, copied: m.recoveryCodesCopied, refused: m.recoveryCodesRefused },
};

/** Copies a secret to the clipboard and says so; where the clipboard is refused, the text stays selectable on the page. */
export function CopyButton({ text, what }: { text: string; what: keyof typeof SECRETS }) {
  const t = useT();
  const words = SECRETS[what];
  const [said, setSaid] = useState('');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setSaid(t(words.copied));
    } catch {
      setSaid(t(words.refused));
    }
  };
  return (
    <>
      <button type="button" className="secondary" onClick={() => void copy()} aria-label={t(words.copy)}>
        {t(m.copy)}
      </button>
      <span role="status" className="copied">
        {said}
      </span>
    </>
  );
}
