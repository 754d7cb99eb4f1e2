import { FormattedMessage } from 'react-intl';
import { useT } from '../i18n/LanguageProvider.js';
import { caseAdminMessages as m } from './case-admin.messages.js';
import { DisclosuresPanel } from './DisclosuresPanel.js';
import { InvitationsPanel } from './InvitationsPanel.js';
import { MembersPanel } from './MembersPanel.js';
import { mayInRole, roleLabel } from './roles.js';
import './case-admin.css';

/**
 * Who works on the case and what external counsel may read. Owners manage both; the rest of the team sees
 * the team; counsel, who holds no general read of the case, sees only the disclosures.
 */
export function MembersPage({ caseId, role }: { caseId: string; role: string | undefined }) {
  const t = useT();
  const canManage = mayInRole(role, 'case:manage');
  return (
    <div className="case-admin">
      {role && (
        <p className="lead">
          <FormattedMessage {...m.yourRole} values={{ role: <strong>{roleLabel(role)}</strong> }} />
          {!canManage && ` ${t(m.onlyOwners)}`}
        </p>
      )}
      {mayInRole(role, 'records:read') && <MembersPanel caseId={caseId} canManage={canManage} />}
      {canManage && <InvitationsPanel caseId={caseId} />}
      {mayInRole(role, 'disclosures:read') && <DisclosuresPanel caseId={caseId} canManage={canManage} />}
    </div>
  );
}
