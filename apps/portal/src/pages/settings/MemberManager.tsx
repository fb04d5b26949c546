import { useState, type FormEvent } from 'react';
import { ConfirmDialog } from '../../components/ConfirmDialog.js';
import { Dialog } from '../../components/Dialog.js';
import {
  FailureNotice,
  FormActions,
  formReader,
  outcomeMessage,
  ProblemsSummary,
  RadioGroup,
  succeeded,
  TextField,
  useSubmit,
  type Outcome,
} from '../../components/form/index.js';
import { Empty } from '../../components/States.js';
import { formatDate } from '../../lib/format.js';
import { roleOptions } from './settings-format.js';
import { StatusBadge, StatusNotice } from './settings-ui.js';

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
  const submit = useSubmit();
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const f = formReader(event.currentTarget);
    const email = f.text('email');
    if (await submit.run(() => onInvite(email, f.text('role')))) onDone(email);
  };
  return (
    <form className="form" onSubmit={submit.onSubmit(onSubmit)} noValidate>
      <ProblemsSummary outcome={submit.outcome} shown={['email', 'role']} />
      <p className="muted">
        We email a link valid for 7 days. Someone new chooses their own name and password when they accept; someone with
        an account signs in to accept.
      </p>
      <TextField name="email" label="Email" type="email" required markRequired={false} problems={submit.at('email')} />
      <RadioGroup
        name="role"
        legend={`Role in the ${scope}`}
        options={roleOptions(roles)}
        defaultValue={roles[roles.length - 1]!.value}
        problems={submit.at('role')}
      />
      <FormActions busy={submit.busy} saveLabel="Send invitation" busyLabel="Sending…" />
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
  const resending = useSubmit();
  const [resendingId, setResendingId] = useState<string | null>(null);
  const open = invitations.filter((i) => i.status === 'PENDING' || i.status === 'EXPIRED');
  if (!open.length) return null;
  const resend = async (invitation: InvitationRow) => {
    setResendingId(invitation.id);
    if (await resending.run(() => onResend(invitation.id))) onStatus(`Invitation sent to ${invitation.email} again.`);
  };
  const busyId = resending.busy ? resendingId : null;
  return (
    <div className="invitations">
      <h3>Invitations</h3>
      <FailureNotice message={outcomeMessage(resending.outcome)} />
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
          if (succeeded(outcome)) onStatus(`The invitation to ${invitation.email} was withdrawn.`);
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
  const submit = useSubmit();
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const role = formReader(event.currentTarget).text('role');
    if (await submit.run(() => onChangeRole(member.userId, role))) onDone(role);
  };
  return (
    <form className="form" onSubmit={submit.onSubmit(onSubmit)} noValidate>
      <ProblemsSummary outcome={submit.outcome} shown={['role']} />
      <p>
        {member.name} <span className="muted">({member.email})</span> is now{' '}
        <strong>{roleLabel(roles, member.role)}</strong>.
      </p>
      <RadioGroup
        name="role"
        legend="New role"
        options={roleOptions(roles)}
        defaultValue={member.role}
        problems={submit.at('role') ?? submit.at('userId')}
      />
      <FormActions busy={submit.busy} saveLabel="Save role" />
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
          if (succeeded(outcome)) setStatus(`${who.name} was removed.`);
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
