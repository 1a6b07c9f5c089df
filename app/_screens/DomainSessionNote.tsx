'use client';
import { useI18n } from '../../lib/i18n';
import { enDomains } from '../../lib/i18n/enDomains';
import { withExtraStrings } from '../../lib/i18n/WithExtraStrings';
import { isExamDomain } from '../../lib/model';

/** Which exam domain a session studies (or that the one asked for is none): loaded only for such a session. */
function DomainSessionNoteView({ domain }: { domain: string }) {
  const { t } = useI18n();
  if (!isExamDomain(domain)) return <p role="alert">{t('review.unknownDomain', { domain })}</p>;
  return <p className="muted small">{t('review.domainSession', { domain: t(`domain.${domain}`) })}</p>;
}

/** This note's part of the English catalog travels with it (a module constant: the same array every render). */
const STRINGS = [enDomains];
export const DomainSessionNote = withExtraStrings(STRINGS, DomainSessionNoteView);
