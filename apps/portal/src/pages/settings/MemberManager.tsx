import { useState, type FormEvent } from 'react';
import { Dialog } from '../../components/Dialog.js';
import { Field, ProblemsSummary } from '../../components/form/index.js';
import { Empty } from '../../components/States.js';
import { problemsByPath } from '../../lib/errors.js';
import { formatDate } from '../../lib/format.js';
import { DONE, type Outcome } from '../../components/form/index.js';
import { ConfirmDialog, StatusBadge, StatusNotice } from './settings-ui.js';

export interface MemberRow {
  userId: string;
  name: string;
  email: string;
  role: string;
  createdAt: string;
}

export interface RoleOption {
  value: string;
  label: string;
  description: string;
}

export interface InvitationRow {
  id: string;
  email: string;
  role: string;
  status: string;
  createdAt: string;
  expiresAt: string;
}

interface MemberManagerProps {
  /** "client" or "agency": said in captions and messages. */
  scope: string;
  members: readonly MemberRow[];
  /** Invitations sent; pending and expired ones are listed (accepted ones are members, withdrawn ones are gone). */
  invitations: readonly InvitationRow[];
  roles: readonly RoleOption[];
  canManage: boolean;
  /** The signed-in person, marked "you" in the list. */
  selfId?: string | null;
  onInvite: (email: string, role: string) => Promise<Outcome>;
  onResend: (invitationId: string) => Promise<Outcome>;
  onRevoke: (invitationId: string) => Promise<Outcome>;
  onChangeRole: (userId: string, role: string) => Promise<Outcome>;
  onRemove: (userId: string) => Promise<Outcome>;
}

const roleLabel = (roles: readonly RoleOption[], value: string) =>
  roles.find((r) => r.value === value)?.label ?? value.toLowerCase();

function RoleChoice({
  roles,
  name,
  value,
  legend,
  problems,
}: {
  roles: readonly RoleOption[];
  name: string;
  value: string;
  legend: string;
  problems?: readonly { message: string }[] | undefined;
}) {
  return (
    <fieldset className={`field${problems?.length ? ' field-invalid' : ''}`}>
      <legend>{legend}</legend>
      <div className="role-options">
        {roles.map((r) => (
          <label key={r.value} className="role-option">
            <input type="radio" name={name} value={r.value} defaultChecked={r.value === value} />
            <span>
              <strong>{r.label}</strong>
              <span className="muted small"> — {r.description}</span>
            </span>
          </label>
        ))}
      </div>
      {problems?.length ? <p className="field-error">{problems.map((p) => p.message).join(' ')}</p> : null}
    </fieldset>
  );
}

function InviteForm({
  scope,
  roles,
  onInvite,
  onDone,
}: {
  scope: string;
  roles: readonly RoleOption[];
  onInvite: MemberManagerProps['onInvite'];
  onDone: (email: string) => void;
}) {
  const [outcome, setOutcome] = useState<Outcome>(DONE);
  const [busy, setBusy] = useState(false);
  const byPath = problemsByPath(outcome.problems);
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const email = String(form.get('email') ?? '').trim();
    setBusy(true);
    setOutcome(DONE);
    const result = await onInvite(email, String(form.get('role') ?? ''));
    setBusy(false);
    setOutcome(result);
    if (!result.failure && !result.problems.length) onDone(email);
  };
  return (
    <form className="form" onSubmit={(e) => void onSubmit(e)} noValidate>
      <ProblemsSummary outcome={outcome} shown={['email', 'role']} />
      <p className="muted">
        We email a link valid for 7 days. Someone new chooses their own name and password when they accept; someone with
        an account signs in to accept.
      </p>
      <Field label="Email" problems={byPath.get('email')}>
        {(p) => <input {...p} name="email" type="email" autoComplete="off" required />}
      </Field>
      <RoleChoice
        roles={roles}
        name="role"
        value={roles[roles.length - 1]!.value}
        legend={`Role in the ${scope}`}
        problems={byPath.get('role')}
      />
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? 'Sending…' : 'Send invitation'}
        </button>
      </div>
    </form>
  );
}

/** Pending and expired invitations, with resend and withdraw for whoever manages members. */
function InvitationList({
  scope,
  invitations,
  roles,
  canManage,
  onResend,
  onRevoke,
  onStatus,
}: Pick<MemberManagerProps, 'scope' | 'invitations' | 'roles' | 'canManage' | 'onResend' | 'onRevoke'> & {
  onStatus: (message: string) => void;
}) {
  const [withdrawing, setWithdrawing] = useState<InvitationRow | null>(null);
  const [busyId, setBusyId] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const open = invitations.filter((i) => i.status === 'PENDING' || i.status === 'EXPIRED');
  if (!open.length) return null;
  const resend = async (invitation: InvitationRow) => {
    setBusyId(invitation.id);
    setFailure(null);
    const outcome = await onResend(invitation.id);
    setBusyId(null);
    const message =
      outcome.failure ?? (outcome.problems.length ? outcome.problems.map((p) => p.message).join(' ') : null);
    if (message) setFailure(message);
    else onStatus(`Invitation sent to ${invitation.email} again.`);
  };
  return (
    <div className="invitations">
      <h3>Invitations</h3>
      {failure ? (
        <div className="notice notice-error" role="alert">
          <p>{failure}</p>
        </div>
      ) : null}
      <div className="table-wrap">
        <table className="table">
          <caption className="visually-hidden">Invitations to the {scope} not accepted yet</caption>
          <thead>
            <tr>
              <th scope="col">Email</th>
              <th scope="col">Role</th>
              <th scope="col">Status</th>
              <th scope="col">Sent</th>
              {canManage ? (
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              ) : null}
            </tr>
          </thead>
          <tbody>
            {open.map((i) => (
              <tr key={i.id}>
                <th scope="row" className="break">
                  {i.email}
                </th>
                <td>
                  <span className="badge badge-role">{roleLabel(roles, i.role)}</span>
                </td>
                <td>
                  {i.status === 'PENDING' ? (
                    <StatusBadge tone="info">Pending until {formatDate(i.expiresAt)}</StatusBadge>
                  ) : (
                    <StatusBadge tone="warn">Expired</StatusBadge>
                  )}
                </td>
                <td className="nowrap">{formatDate(i.createdAt)}</td>
                {canManage ? (
                  <td>
                    <div className="row-actions">
                      <button
                        type="button"
                        className="button button-small"
                        disabled={busyId === i.id}
                        onClick={() => void resend(i)}
                      >
                        {busyId === i.id ? 'Sending…' : 'Resend'}
                        <span className="visually-hidden"> invitation to {i.email}</span>
                      </button>
                      <button
                        type="button"
                        className="button button-small button-danger-outline"
                        onClick={() => setWithdrawing(i)}
                      >
                        Withdraw<span className="visually-hidden"> invitation to {i.email}</span>
                      </button>
                    </div>
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ConfirmDialog
        title="Withdraw invitation"
        open={withdrawing !== null}
        confirmLabel="Withdraw invitation"
        busyLabel="Withdrawing…"
        onClose={() => setWithdrawing(null)}
        onConfirm={async () => {
          const invitation = withdrawing!;
          const outcome = await onRevoke(invitation.id);
          if (!outcome.failure && !outcome.problems.length)
            onStatus(`The invitation to ${invitation.email} was withdrawn.`);
          return outcome;
        }}
      >
        {withdrawing ? (
          <p>
            Withdraw the invitation to <strong>{withdrawing.email}</strong>? Its link stops working at once.
          </p>
        ) : null}
      </ConfirmDialog>
    </div>
  );
}

function ChangeRoleForm({
  member,
  roles,
  onChangeRole,
  onDone,
}: {
  member: MemberRow;
  roles: readonly RoleOption[];
  onChangeRole: MemberManagerProps['onChangeRole'];
  onDone: (role: string) => void;
}) {
  const [outcome, setOutcome] = useState<Outcome>(DONE);
  const [busy, setBusy] = useState(false);
  const byPath = problemsByPath(outcome.problems);
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const role = String(new FormData(event.currentTarget).get('role') ?? '');
    setBusy(true);
    setOutcome(DONE);
    const result = await onChangeRole(member.userId, role);
    setBusy(false);
    setOutcome(result);
    if (!result.failure && !result.problems.length) onDone(role);
  };
  return (
    <form className="form" onSubmit={(e) => void onSubmit(e)} noValidate>
      <ProblemsSummary outcome={outcome} shown={['role']} />
      <p>
        {member.name} <span className="muted">({member.email})</span> is now{' '}
        <strong>{roleLabel(roles, member.role)}</strong>.
      </p>
      <RoleChoice
        roles={roles}
        name="role"
        value={member.role}
        legend="New role"
        problems={byPath.get('role') ?? byPath.get('userId')}
      />
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? 'Saving…' : 'Save role'}
        </button>
      </div>
    </form>
  );
}

/** A list of members with invite, change-role and remove, and the open invitations (each offered only when `canManage`). */
export function MemberManager({
  scope,
  members,
  invitations,
  roles,
  canManage,
  selfId,
  onInvite,
  onResend,
  onRevoke,
  onChangeRole,
  onRemove,
}: MemberManagerProps) {
  const [inviting, setInviting] = useState(false);
  const [editing, setEditing] = useState<MemberRow | null>(null);
  const [removing, setRemoving] = useState<MemberRow | null>(null);
  const [status, setStatus] = useState<string | null>(null);

  return (
    <>
      <StatusNotice message={status} onDismiss={() => setStatus(null)} />
      <div className="card-header">
        <p className="muted member-count">
          {members.length} member{members.length === 1 ? '' : 's'}
        </p>
        {canManage ? (
          <button type="button" className="button button-primary" onClick={() => setInviting(true)}>
            Invite member
          </button>
        ) : null}
      </div>
      {members.length === 0 ? (
        <Empty title="No members yet" />
      ) : (
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">Members of the {scope} and their roles</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Email</th>
                <th scope="col">Role</th>
                <th scope="col">Member since</th>
                {canManage ? (
                  <th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </th>
                ) : null}
              </tr>
            </thead>
            <tbody>
              {members.map((m) => (
                <tr key={m.userId}>
                  <th scope="row">
                    {m.name}
                    {m.userId === selfId ? <span className="muted small"> (you)</span> : null}
                  </th>
                  <td className="break">{m.email}</td>
                  <td>
                    <span className="badge badge-role">{roleLabel(roles, m.role)}</span>
                  </td>
                  <td className="nowrap">{formatDate(m.createdAt)}</td>
                  {canManage ? (
                    <td>
                      <div className="row-actions">
                        <button type="button" className="button button-small" onClick={() => setEditing(m)}>
                          Change role<span className="visually-hidden"> of {m.name}</span>
                        </button>
                        <button
                          type="button"
                          className="button button-small button-danger-outline"
                          onClick={() => setRemoving(m)}
                        >
                          Remove<span className="visually-hidden"> {m.name}</span>
                        </button>
                      </div>
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <InvitationList
        scope={scope}
        invitations={invitations}
        roles={roles}
        canManage={canManage}
        onResend={onResend}
        onRevoke={onRevoke}
        onStatus={setStatus}
      />

      <Dialog title="Invite a member" open={inviting} onClose={() => setInviting(false)}>
        <InviteForm
          scope={scope}
          roles={roles}
          onInvite={onInvite}
          onDone={(email) => {
            setInviting(false);
            setStatus(`Invitation sent to ${email}.`);
          }}
        />
      </Dialog>
      <Dialog title="Change role" open={editing !== null} onClose={() => setEditing(null)}>
        {editing ? (
          <ChangeRoleForm
            member={editing}
            roles={roles}
            onChangeRole={onChangeRole}
            onDone={(role) => {
              setStatus(`${editing.name} is now ${roleLabel(roles, role)}.`);
              setEditing(null);
            }}
          />
        ) : null}
      </Dialog>
      <ConfirmDialog
        title="Remove member"
        open={removing !== null}
        confirmLabel="Remove member"
        busyLabel="Removing…"
        onClose={() => setRemoving(null)}
        onConfirm={async () => {
          const who = removing!;
          const outcome = await onRemove(who.userId);
          if (!outcome.failure && !outcome.problems.length) setStatus(`${who.name} was removed.`);
          return outcome;
        }}
      >
        {removing ? (
          <p>
            Remove <strong>{removing.name}</strong> ({removing.email}) from this {scope}? They lose access at once.
          </p>
        ) : null}
      </ConfirmDialog>
    </>
  );
}
