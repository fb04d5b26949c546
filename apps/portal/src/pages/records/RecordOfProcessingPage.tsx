import { useApolloClient, useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { Loading } from '../../components/States.js';
import { TenantNav } from '../../components/TenantNav.js';
import { RECORD_OF_PROCESSING, RECORD_OF_PROCESSING_FILE } from '../../graphql/records.operations.js';
import { inTenant } from '../../lib/apollo.js';
import { ErrorState, friendlyMessage } from '../../lib/errors.js';
import { policyLocationPath } from '../../lib/policy-location.js';

/** The record's columns after the purpose: heading and the activity's field. */
const COLUMNS = [
  ['Data subjects', 'dataSubjects'],
  ['Personal data', 'personalData'],
  ['Recipients', 'recipients'],
  ['Transfers', 'transfers'],
  ['Erasure', 'retention'],
  ['Security', 'security'],
] as const;

/** A cell that says what the data lacks, marked so it stands out (not only by colour). */
function Cell({ value }: { value: string }) {
  const missing = value.startsWith('Not recorded');
  return <td className={missing ? 'ropa-missing' : undefined}>{missing ? <strong>{value}</strong> : value}</td>;
}

function download(filename: string, contentType: string, base64: string) {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: contentType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/**
 * The record of processing activities (GDPR Art. 30(1)) of one client, from its current policy data: a table with
 * what the data lacks marked, and the spreadsheet or CSV to hand over.
 */
export function RecordOfProcessingPage() {
  const { slug = '' } = useParams();
  const client = useApolloClient();
  const { data, error, refetch } = useQuery(RECORD_OF_PROCESSING, { ...inTenant(slug), fetchPolicy: 'network-only' });
  const [downloading, setDownloading] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const tenant = data?.currentTenant;
  useEffect(() => {
    document.title = `Record of processing · ${tenant?.displayName ?? slug} · Noticeboard`;
  }, [tenant?.displayName, slug]);

  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!data || !tenant) return <Loading />;
  const record = data.recordOfProcessing;

  const fetchFile = async (format: 'XLSX' | 'CSV') => {
    setDownloading(format);
    setFailure(null);
    try {
      const result = await client.query({
        query: RECORD_OF_PROCESSING_FILE,
        variables: { format },
        fetchPolicy: 'network-only',
        ...inTenant(slug),
      });
      const file = result.data?.recordOfProcessingFile;
      if (file?.__typename === 'RopaFile') download(file.filename, file.contentType, file.base64);
      else setFailure(file && 'message' in file ? file.message : 'The file could not be made.');
    } catch (e) {
      setFailure(friendlyMessage(e));
    } finally {
      setDownloading(null);
    }
  };

  return (
    <>
      <div className="page-header">
        <div>
          <h1>Record of processing activities</h1>
          <p className="muted">{tenant.displayName} · GDPR Art. 30(1), from the current policy data, in English</p>
        </div>
        <div className="actions">
          <button type="button" className="button" disabled={!!downloading} onClick={() => void fetchFile('XLSX')}>
            {downloading === 'XLSX' ? 'Preparing…' : 'Download spreadsheet'}
          </button>
          <button type="button" className="button" disabled={!!downloading} onClick={() => void fetchFile('CSV')}>
            {downloading === 'CSV' ? 'Preparing…' : 'Download CSV'}
          </button>
        </div>
      </div>
      <TenantNav slug={tenant.slug} viewer={tenant.viewer} />
      {failure ? (
        <div className="notice notice-error" role="alert">
          <p>{failure}</p>
        </div>
      ) : null}
      {record.__typename !== 'RecordOfProcessing' ? (
        <div className="notice notice-error" role="alert">
          <p>{record.message}</p>
        </div>
      ) : (
        <>
          <p>
            {record.required
              ? `Kept under ${record.regimes.join(' and ')}.`
              : 'None of the laws this client serves asks for this record; it is kept as good practice.'}{' '}
            {record.activities.some((a) => a.missing.length)
              ? 'Cells in bold say what the policy data does not give yet.'
              : 'Every element is given for every activity.'}
          </p>
          <section className="card" aria-labelledby="ropa-controller">
            <h2 id="ropa-controller">Controller</h2>
            <dl className="facts">
              <dt>Name</dt>
              <dd>{record.controller.name}</dd>
              <dt>Contact details</dt>
              <dd>{record.controller.contact}</dd>
              <dt>Joint controllers</dt>
              <dd>{record.controller.jointControllers}</dd>
              <dt>Representatives</dt>
              <dd>{record.controller.representatives}</dd>
              <dt>Data protection officer</dt>
              <dd>{record.controller.dataProtectionOfficer}</dd>
            </dl>
          </section>
          <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="ropa-activities">
            <table className="table ropa-table">
              <caption id="ropa-activities">Processing activities ({record.activities.length})</caption>
              <thead>
                <tr>
                  <th scope="col">Purpose</th>
                  {COLUMNS.map(([heading]) => (
                    <th scope="col" key={heading}>
                      {heading}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {record.activities.map((a) => (
                  <tr key={a.purposeId}>
                    <th scope="row">
                      <Link to={policyLocationPath(tenant.slug, { kind: 'PURPOSE', id: a.purposeId })}>
                        {a.purpose}
                      </Link>
                      <span className="muted small"> · {a.legalBasis}</span>
                    </th>
                    {COLUMNS.map(([heading, field]) => (
                      <Cell key={heading} value={a[field]} />
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </>
  );
}
