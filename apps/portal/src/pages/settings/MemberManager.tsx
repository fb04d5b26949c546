import { useState, type FormEvent } from 'react';
import { Dialog } from '../../components/Dialog.js';
import { Field, ProblemSummary } from '../../components/Field.js';
import { Empty } from '../../components/States.js';
import { problemsByPath, unplaced } from '../../lib/errors.js';
import { formatDate } from '../../lib/format.js';
import { ConfirmDialog, DONE, StatusNotice, type Outcome } from './settings-ui.js';

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

export interface NewMember {
  email: string;
  name: string | null;
  initialPassword: string | null;
  role: string;
}

interface MemberManagerProps {
  /** "client" or "agency": said in captions and messages. */
  scope: string;
  members: readonly MemberRow[];
  roles: readonly RoleOption[];
  canManage: boolean;
  /** The signed-in person, marked "you" in the list. */
  selfId?: string | null;
  onAdd: (member: NewMember) => Promise<Outcome>;
  onChangeRole: (userId: string, role: string) => Promise<Outcome>;
  onRemove: (userId: string) => Promise<Outcome>;
}

const roleLabel = (roles: readonly RoleOption[], value: string) => roles.find((r) => r.value === value)?.label ?? value.toLowerCase();

function RoleChoice({ roles, name, value, legend, problems }: { roles: readonly RoleOption[]; name: string; value: string; legend: string; problems?: readonly { message: string }[] | undefined }) {
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

function AddMemberForm({ scope, roles, onAdd, onDone }: { scope: string; roles: readonly RoleOption[]; onAdd: MemberManagerProps['onAdd']; onDone: (email: string) => void }) {
  const [outcome, setOutcome] = useState<Outcome>(DONE);
  const [busy, setBusy] = useState(false);
  const byPath = problemsByPath(outcome.problems);
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (key: string) => String(form.get(key) ?? '').trim();
    setBusy(true);
    setOutcome(DONE);
    const email = text('email');
    const result = await onAdd({ email, name: text('name') || null, initialPassword: String(form.get('initialPassword') ?? '') || null, role: text('role') });
    setBusy(false);
    setOutcome(result);
    if (!result.failure && !result.problems.length) onDone(email);
  };
  return (
    <form className="form" onSubmit={(e) => void onSubmit(e)} noValidate>
      <ProblemSummary failure={outcome.failure} problems={outcome.problems} unplaced={unplaced(outcome.problems, ['email', 'name', 'initialPassword', 'role'])} />
      <Field label="Email" problems={byPath.get('email')}>
        {(p) => <input {...p} name="email" type="email" autoComplete="off" required />}
      </Field>
      <Field label="Name" hint="Only needed for someone who has no Noticeboard account yet." problems={byPath.get('name')}>
        {(p) => <input {...p} name="name" autoComplete="off" />}
      </Field>
      <Field label="Initial password" hint={`Only for a new account; give it to them safely, they can change it after signing in.`} problems={byPath.get('initialPassword')}>
        {(p) => <input {...p} name="initialPassword" type="password" autoComplete="new-password" />}
      </Field>
      <RoleChoice roles={roles} name="role" value={roles[roles.length - 1]!.value} legend={`Role in the ${scope}`} problems={byPath.get('role')} />
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? 'Adding…' : 'Add member'}
        </button>
      </div>
    </form>
  );
}

function ChangeRoleForm({ member, roles, onChangeRole, onDone }: { member: MemberRow; roles: readonly RoleOption[]; onChangeRole: MemberManagerProps['onChangeRole']; onDone: (role: string) => void }) {
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
      <ProblemSummary failure={outcome.failure} problems={outcome.problems} unplaced={unplaced(outcome.problems, ['role'])} />
      <p>
        {member.name} <span className="muted">({member.email})</span> is now <strong>{roleLabel(roles, member.role)}</strong>.
      </p>
      <RoleChoice roles={roles} name="role" value={member.role} legend="New role" problems={byPath.get('role') ?? byPath.get('userId')} />
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? 'Saving…' : 'Save role'}
        </button>
      </div>
    </form>
  );
}

/** A list of members with add, change-role and remove (each offered only when `canManage`). */
export function MemberManager({ scope, members, roles, canManage, selfId, onAdd, onChangeRole, onRemove }: MemberManagerProps) {
  const [adding, setAdding] = useState(false);
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
          <button type="button" className="button button-primary" onClick={() => setAdding(true)}>
            Add member
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
                        <button type="button" className="button button-small button-danger-outline" onClick={() => setRemoving(m)}>
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

      <Dialog title="Add a member" open={adding} onClose={() => setAdding(false)}>
        <AddMemberForm
          scope={scope}
          roles={roles}
          onAdd={onAdd}
          onDone={(email) => {
            setAdding(false);
            setStatus(`${email} was added.`);
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
