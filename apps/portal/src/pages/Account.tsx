import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { QrCode } from '../components/QrCode.js';
import { Loading } from '../components/States.js';
import {
  ACCOUNT,
  BEGIN_TWO_FACTOR_SETUP,
  CHANGE_PASSWORD,
  DISABLE_TWO_FACTOR,
  ENABLE_TWO_FACTOR,
  REGENERATE_RECOVERY_CODES,
  SIGN_OUT_OTHER_SESSIONS,
} from '../graphql/account.operations.js';
import { ErrorState } from '../lib/errors.js';
import { formatDateTime } from '../lib/format.js';
import {
  DONE,
  FailureNotice,
  FormActions,
  formReader,
  outcomeMessage,
  outcomeOf,
  PasswordFields,
  problemsOutcome,
  ProblemsSummary,
  succeeded,
  TextField,
  useSubmit,
  validationFailed,
  type FormReader,
  type Outcome,
} from '../components/form/index.js';
import { StatusNotice } from './settings/settings-ui.js';

const REFETCH = { refetchQueries: ['Account', 'Me'], awaitRefetchQueries: true };

/** A base32 secret in groups of four, for typing into an authenticator app. */
export function groupSecret(secret: string): string {
  return (secret.replace(/\s+/g, '').match(/.{1,4}/g) ?? []).join(' ');
}

/** A short description of a browser from its user agent, for the sessions list. */
export function describeUserAgent(userAgent: string | null | undefined): string {
  if (!userAgent) return 'Unknown device';
  const browser = /Edg\//.test(userAgent)
    ? 'Edge'
    : /Firefox\//.test(userAgent)
      ? 'Firefox'
      : /Chrom(e|ium)\//.test(userAgent)
        ? 'Chrome'
        : /Safari\//.test(userAgent)
          ? 'Safari'
          : null;
  const os = /Windows/.test(userAgent)
    ? 'Windows'
    : /Android/.test(userAgent)
      ? 'Android'
      : /iPhone|iPad/.test(userAgent)
        ? 'iOS'
        : /Mac OS X/.test(userAgent)
          ? 'macOS'
          : /Linux/.test(userAgent)
            ? 'Linux'
            : null;
  return browser && os ? `${browser} on ${os}` : (browser ?? os ?? userAgent.slice(0, 60));
}

function PasswordSection() {
  const [change] = useMutation(CHANGE_PASSWORD);
  const submit = useSubmit();
  const [status, setStatus] = useState<string | null>(null);
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formElement = event.currentTarget;
    const f = formReader(formElement);
    const currentPassword = f.raw('currentPassword');
    const newPassword = f.raw('newPassword');
    setStatus(null);
    if (newPassword !== f.raw('repeatPassword')) {
      submit.show(
        problemsOutcome({
          path: 'repeatPassword',
          code: 'MISMATCH',
          message: 'the two new passwords are not the same',
        }),
      );
      return;
    }
    const saved = await submit.run(() =>
      outcomeOf(
        () => change({ variables: { input: { currentPassword, newPassword } }, ...REFETCH }),
        (r) => {
          const answer = r.data?.changePassword;
          if (answer?.__typename === 'InvalidCredentials')
            return {
              problems: [{ path: 'currentPassword', code: answer.code, message: 'the current password is not right' }],
            };
          return validationFailed(answer);
        },
      ),
    );
    if (saved) {
      formElement.reset();
      setStatus('Your password was changed. Your other sessions were signed out.');
    }
  };
  return (
    <section className="card" aria-labelledby="password-heading">
      <h2 id="password-heading">Password</h2>
      <StatusNotice message={status} onDismiss={() => setStatus(null)} />
      <form className="form" onSubmit={submit.onSubmit(onSubmit)} noValidate>
        <ProblemsSummary outcome={submit.outcome} shown={['currentPassword', 'newPassword', 'repeatPassword']} />
        <PasswordFields current problems={submit.at} />
        <FormActions busy={submit.busy} saveLabel="Change password" />
      </form>
    </section>
  );
}

/** Recovery codes, shown once: copy, download as a text file, and confirm they were saved. */
function RecoveryCodes({ codes, onSaved }: { codes: readonly string[]; onSaved: () => void }) {
  const [copied, setCopied] = useState<string>('');
  const heading = useRef<HTMLHeadingElement>(null);
  const text = `Noticeboard recovery codes\nEach code works once instead of a code from your authenticator app.\n\n${codes.join('\n')}\n`;
  useEffect(() => heading.current?.focus(), []);
  const copy = async () => {
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(codes.join('\n'));
      setCopied('✓ Copied to the clipboard.');
    } catch {
      setCopied('The browser did not allow copying: select the codes and press Ctrl+C (⌘C), or download them.');
    }
  };
  const download = () => {
    const url = URL.createObjectURL(new Blob([text], { type: 'text/plain' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = 'noticeboard-recovery-codes.txt';
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  return (
    <div className="recovery-codes">
      <h3 ref={heading} tabIndex={-1}>
        Your recovery codes
      </h3>
      <div className="notice notice-warning" role="note">
        <p>
          <strong>Save these now: they are shown only once.</strong> If you lose your phone, each code signs you in once
          instead of a code from the app.
        </p>
      </div>
      <ul className="recovery-code-list" aria-label="Recovery codes">
        {codes.map((c) => (
          <li key={c}>
            <code>{c}</code>
          </li>
        ))}
      </ul>
      <div className="form-actions">
        <button type="button" className="button" onClick={() => void copy()}>
          Copy codes
        </button>
        <button type="button" className="button" onClick={download}>
          Download as text
        </button>
        <button type="button" className="button button-primary" onClick={onSaved}>
          I have saved them
        </button>
      </div>
      <p className="small" role="status" aria-live="polite">
        {copied}
      </p>
    </div>
  );
}

/** A form asking for a current code, for turning two-factor off or replacing the recovery codes. */
function CodeForm({
  label,
  busyLabel,
  hint,
  danger,
  onCode,
  onCancel,
}: {
  label: string;
  busyLabel: string;
  hint: string;
  danger?: boolean;
  onCode: (code: string) => Promise<Outcome>;
  onCancel: () => void;
}) {
  const submit = useSubmit();
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const code = codeOf(formReader(event.currentTarget));
    await submit.run(() => onCode(code));
  };
  return (
    <form className="form subform" onSubmit={submit.onSubmit(onSubmit)} noValidate>
      <TextField
        name="code"
        label="Authentication code"
        hint={hint}
        autoComplete="one-time-code"
        autoCapitalize="off"
        spellCheck={false}
        required
        markRequired={false}
        autoFocus
        problems={submit.at('code')}
      />
      <FailureNotice message={submit.outcome.failure} />
      <FormActions busy={submit.busy} saveLabel={label} busyLabel={busyLabel} danger={danger} onCancel={onCancel} />
    </form>
  );
}

/** A code as typed, without the spaces people copy from the app. */
const codeOf = (f: FormReader) => f.raw('code').replace(/\s+/g, '');

const invalidCode = (answer: { __typename?: string } | null | undefined) =>
  answer?.__typename === 'InvalidCode'
    ? {
        problems: [
          {
            path: 'code',
            code: 'INVALID_CODE',
            message: 'that code is not right, or was used already: try the next one the app shows',
          },
        ],
      }
    : null;

function TwoFactorSection({ enabled, codesLeft }: { enabled: boolean; codesLeft: number }) {
  const [begin] = useMutation(BEGIN_TWO_FACTOR_SETUP);
  const [enable] = useMutation(ENABLE_TWO_FACTOR);
  const [disable] = useMutation(DISABLE_TWO_FACTOR);
  const [regenerate] = useMutation(REGENERATE_RECOVERY_CODES);
  const [setup, setSetup] = useState<{ secret: string; uri: string } | null>(null);
  const [codes, setCodes] = useState<{ list: readonly string[]; done: string } | null>(null);
  const [mode, setMode] = useState<'disable' | 'regenerate' | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const submit = useSubmit();
  const outcome = submit.outcome;

  const start = async () => {
    setStatus(null);
    await submit.run(async () => {
      const { data } = await begin();
      if (data) setSetup(data.beginTwoFactorSetup);
      return DONE;
    });
  };

  const confirm = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const code = codeOf(formReader(event.currentTarget));
    let recovery: readonly string[] | null = null;
    await submit.run(() =>
      outcomeOf(
        () => enable({ variables: { input: { code } }, ...REFETCH }),
        (r) => {
          const answer = r.data?.enableTwoFactor;
          if (answer?.__typename === 'TwoFactorEnabled') recovery = answer.recoveryCodes;
          return invalidCode(answer);
        },
      ),
    );
    if (recovery) {
      setSetup(null);
      setCodes({ list: recovery, done: 'Two-factor sign-in is on.' });
    }
  };

  return (
    <section className="card" aria-labelledby="two-factor-heading">
      <h2 id="two-factor-heading">Two-factor sign-in</h2>
      <StatusNotice message={status} onDismiss={() => setStatus(null)} />
      {codes ? (
        <RecoveryCodes
          codes={codes.list}
          onSaved={() => {
            setStatus(codes.done);
            setCodes(null);
          }}
        />
      ) : enabled ? (
        <>
          <p>
            <strong>On.</strong> Signing in asks for a code from your authenticator app. {codesLeft} recovery code
            {codesLeft === 1 ? '' : 's'} left.
          </p>
          {mode === 'regenerate' ? (
            <CodeForm
              label="Replace recovery codes"
              busyLabel="Replacing…"
              hint="A code from your authenticator app. The old recovery codes stop working."
              onCancel={() => setMode(null)}
              onCode={async (code) => {
                let fresh: readonly string[] | null = null;
                const result = await outcomeOf(
                  () => regenerate({ variables: { input: { code } }, ...REFETCH }),
                  (r) => {
                    const answer = r.data?.regenerateRecoveryCodes;
                    if (answer?.__typename === 'TwoFactorEnabled') fresh = answer.recoveryCodes;
                    return invalidCode(answer);
                  },
                );
                if (fresh) {
                  setMode(null);
                  setCodes({ list: fresh, done: 'Your recovery codes were replaced; the old ones no longer work.' });
                }
                return result;
              }}
            />
          ) : mode === 'disable' ? (
            <CodeForm
              label="Turn off two-factor sign-in"
              busyLabel="Turning off…"
              hint="A code from your authenticator app, or a recovery code."
              danger
              onCancel={() => setMode(null)}
              onCode={async (code) => {
                const result = await outcomeOf(
                  () => disable({ variables: { input: { code } }, ...REFETCH }),
                  (r) => {
                    const answer = r.data?.disableTwoFactor;
                    return validationFailed(answer) ?? invalidCode(answer);
                  },
                );
                if (succeeded(result)) {
                  setMode(null);
                  setStatus('Two-factor sign-in is off.');
                }
                return result;
              }}
            />
          ) : (
            <div className="form-actions">
              <button type="button" className="button" onClick={() => setMode('regenerate')}>
                New recovery codes
              </button>
              <button type="button" className="button button-danger-outline" onClick={() => setMode('disable')}>
                Turn off
              </button>
            </div>
          )}
        </>
      ) : setup ? (
        <div className="two-factor-setup">
          <ol className="setup-steps">
            <li>
              <p>Scan this QR code with an authenticator app (such as 1Password, Google Authenticator or Authy).</p>
              <QrCode value={setup.uri} label="QR code for your authenticator app" />
            </li>
            <li>
              <p>Or type this key into the app:</p>
              <p>
                <code className="secret-key" aria-label={`Setup key: ${setup.secret.split('').join(' ')}`}>
                  {groupSecret(setup.secret)}
                </code>
              </p>
            </li>
            <li>
              <form className="form" onSubmit={submit.onSubmit(confirm)} noValidate>
                <ProblemsSummary outcome={outcome} shown={['code']} />
                <TextField
                  name="code"
                  label="Code from the app"
                  hint="The 6 digits the app shows for Noticeboard now."
                  inputMode="numeric"
                  autoComplete="one-time-code"
                  pattern="[0-9 ]*"
                  maxLength={7}
                  required
                  markRequired={false}
                  problems={submit.at('code')}
                />
                <FormActions
                  busy={submit.busy}
                  saveLabel="Turn on two-factor sign-in"
                  busyLabel="Checking…"
                  onCancel={() => setSetup(null)}
                />
              </form>
            </li>
          </ol>
        </div>
      ) : (
        <>
          <p>
            <strong>Off.</strong> Add a second step to signing in: a code from an authenticator app on your phone.
          </p>
          <FailureNotice message={outcome.failure} />
          <div className="form-actions">
            <button type="button" className="button button-primary" onClick={() => void start()} disabled={submit.busy}>
              {submit.busy ? 'Starting…' : 'Set up two-factor sign-in'}
            </button>
          </div>
        </>
      )}
    </section>
  );
}

function SessionsSection({
  sessions,
}: {
  sessions: readonly {
    id: string;
    userAgent?: string | null;
    createdAt: string;
    expiresAt: string;
    current: boolean;
  }[];
}) {
  const [signOutOthers] = useMutation(SIGN_OUT_OTHER_SESSIONS, REFETCH);
  const [status, setStatus] = useState<string | null>(null);
  const submit = useSubmit();
  const others = sessions.filter((s) => !s.current).length;
  const run = async () => {
    setStatus(null);
    await submit.run(async () => {
      const { data } = await signOutOthers();
      const n = data?.signOutOtherSessions ?? 0;
      setStatus(n === 0 ? 'There were no other sessions.' : `Signed out ${n} other session${n === 1 ? '' : 's'}.`);
      return DONE;
    });
  };
  return (
    <section className="card" aria-labelledby="sessions-heading">
      <h2 id="sessions-heading">Where you are signed in</h2>
      <StatusNotice message={status} onDismiss={() => setStatus(null)} />
      <FailureNotice message={outcomeMessage(submit.outcome)} />
      <div className="table-wrap">
        <table className="table">
          <caption className="visually-hidden">Your signed-in sessions</caption>
          <thead>
            <tr>
              <th scope="col">Device</th>
              <th scope="col">Signed in</th>
              <th scope="col">Ends</th>
            </tr>
          </thead>
          <tbody>
            {sessions.map((s) => (
              <tr key={s.id}>
                <th scope="row" title={s.userAgent ?? undefined}>
                  {describeUserAgent(s.userAgent)}
                  {s.current ? <span className="badge badge-role"> This session</span> : null}
                </th>
                <td className="nowrap">{formatDateTime(s.createdAt)}</td>
                <td className="nowrap">{formatDateTime(s.expiresAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="form-actions">
        <button type="button" className="button" onClick={() => void run()} disabled={submit.busy || others === 0}>
          {submit.busy ? 'Signing out…' : 'Sign out other sessions'}
        </button>
      </div>
    </section>
  );
}

/** `/account`: the signed-in person's password, two-factor sign-in and sessions. */
export function AccountPage() {
  const { data, error, refetch } = useQuery(ACCOUNT, { fetchPolicy: 'network-only' });
  useEffect(() => {
    document.title = 'Account · Noticeboard';
  }, []);
  const me = data?.me;
  return (
    <>
      <div className="page-header">
        <div>
          <h1>Account</h1>
          {me?.user ? (
            <p className="muted">
              {me.user.name} · {me.user.email}
            </p>
          ) : null}
        </div>
      </div>
      {me?.twoFactorSetupRequired ? (
        <div className="notice notice-warning" role="alert">
          <p>
            <strong>{me.twoFactorRequiredBy ?? me.agency?.name ?? 'Your agency'} requires two-factor sign-in.</strong>{' '}
            Set it up below to continue working in Noticeboard.
          </p>
        </div>
      ) : null}
      {error && !data ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : !data || !me ? (
        <Loading />
      ) : (
        <>
          <TwoFactorSection enabled={me.twoFactorEnabled} codesLeft={me.recoveryCodesLeft} />
          <PasswordSection />
          <SessionsSection sessions={data.sessions.edges.map((e) => e.node)} />
        </>
      )}
    </>
  );
}
