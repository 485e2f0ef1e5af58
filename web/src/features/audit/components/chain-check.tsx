import { Button } from '@/components/ui/button';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { useMessages } from '@/lib/i18n/locale-context';

import type { AuditVerification } from '../api/types';
import { useVerifyAuditChain } from '../api/verify-audit-chain';
import { AUDIT_MESSAGES } from '../lib/messages';

/** Walks the chain on demand: intact, or where it first breaks and how. */
export function ChainCheck() {
  const t = useMessages(AUDIT_MESSAGES);
  const verify = useVerifyAuditChain();
  return (
    <div className="audit-chain">
      <div>
        <Button
          onClick={() => verify.mutate()}
          disabled={verify.isPending}
          aria-busy={verify.isPending}
        >
          {verify.isPending ? t.verifying : t.verify}
        </Button>
      </div>
      {verify.isError && <ProblemAlert heading={t.verifyFailed} error={verify.error} />}
      {verify.data && <VerificationOutcome outcome={verify.data} />}
    </div>
  );
}

function VerificationOutcome({ outcome }: { outcome: AuditVerification }) {
  const t = useMessages(AUDIT_MESSAGES);
  const broken = outcome.firstBroken;
  if (!broken) {
    return (
      <p className="audit-outcome audit-outcome-intact" role="status" data-testid="audit-chain">
        {t.intact(outcome.rowsChecked, outcome.lastSeq)}
      </p>
    );
  }
  return (
    <div className="audit-outcome audit-outcome-broken" role="alert" data-testid="audit-chain">
      <p>
        <strong>{t.broken(broken.seq)}</strong> {t.kinds[broken.kind]}{' '}
        {t.brokenAfter(outcome.rowsChecked)}
      </p>
      <p>
        <code>{broken.detail}</code>
      </p>
      {(broken.expected !== undefined || broken.found !== undefined) && (
        <dl className="audit-values">
          <dt>{t.expected}</dt>
          <dd>
            <code>{broken.expected ?? '—'}</code>
          </dd>
          <dt>{t.found}</dt>
          <dd>
            <code>{broken.found ?? '—'}</code>
          </dd>
        </dl>
      )}
    </div>
  );
}
