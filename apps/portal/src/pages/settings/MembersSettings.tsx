import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Loading } from '../../components/States.js';
import { ME } from '../../graphql/operations.js';
import {
  INVITE_TENANT_MEMBER,
  REMOVE_TENANT_MEMBER,
  RESEND_TENANT_INVITATION,
  REVOKE_TENANT_INVITATION,
  TENANT_INVITATIONS,
  TENANT_MEMBERS,
  UPDATE_TENANT_MEMBER,
} from '../../graphql/settings.operations.js';
import { inTenant } from '../../lib/apollo.js';
import { ErrorState } from '../../lib/errors.js';
import { MemberManager } from './MemberManager.js';
import { TENANT_ROLE_VALUES, TENANT_ROLES } from './settings-format.js';
import { choiceOf, outcomeOf, validationFailed } from '../../components/form/index.js';
import { useSettingsTenant } from './TenantSettingsLayout.js';

/** `/tenants/:slug/settings/members`: who has a role in the client; admins invite, change and remove. */
export function MembersSettings() {
  const tenant = useSettingsTenant();
  const tenantOptions = inTenant(tenant.id);
  const me = useQuery(ME);
  const members = useQuery(TENANT_MEMBERS, {
    variables: { first: 100 },
    ...tenantOptions,
    fetchPolicy: 'network-only',
  });
  const canManage = tenant.viewer.canManageMembers;
  // Only those who manage members see invitations (the API refuses the list to others).
  const invitations = useQuery(TENANT_INVITATIONS, {
    variables: { first: 100 },
    ...tenantOptions,
    fetchPolicy: 'network-only',
    skip: !canManage,
  });
  const refetch = { refetchQueries: ['TenantMembers'], awaitRefetchQueries: true };
  const refetchInvitations = { refetchQueries: ['TenantInvitations'], awaitRefetchQueries: true };
  const [invite] = useMutation(INVITE_TENANT_MEMBER, tenantOptions);
  const [resend] = useMutation(RESEND_TENANT_INVITATION, tenantOptions);
  const [revoke] = useMutation(REVOKE_TENANT_INVITATION, tenantOptions);
  const [update] = useMutation(UPDATE_TENANT_MEMBER, tenantOptions);
  const [remove] = useMutation(REMOVE_TENANT_MEMBER, tenantOptions);
  const [loadingMore, setLoadingMore] = useState(false);
  const connection = members.data?.tenantMembers;

  const loadMore = async () => {
    setLoadingMore(true);
    try {
      await members.fetchMore({
        variables: { after: connection?.pageInfo.endCursor },
        updateQuery: (prev, { fetchMoreResult }) => ({
          tenantMembers: {
            ...fetchMoreResult.tenantMembers,
            edges: [...prev.tenantMembers.edges, ...fetchMoreResult.tenantMembers.edges],
          },
        }),
      });
    } finally {
      setLoadingMore(false);
    }
  };

  return (
    <section className="card" aria-labelledby="members-heading">
      <h2 id="members-heading">People in {tenant.displayName}</h2>
      <p className="muted">
        Agency owners see every client without being listed here; agency members see the clients they are listed in.
      </p>
      {members.error && !connection ? (
        <ErrorState error={members.error} onRetry={() => void members.refetch()} />
      ) : !connection ? (
        <Loading label="Loading members…" />
      ) : (
        <>
          <MemberManager
            scope="client"
            members={connection.edges.map((e) => e.node)}
            invitations={invitations.data?.tenantInvitations.edges.map((e) => e.node) ?? []}
            roles={TENANT_ROLES}
            canManage={canManage}
            selfId={me.data?.me.user?.id ?? null}
            onInvite={(email, role) =>
              outcomeOf(
                () =>
                  invite({
                    variables: { input: { email, role: choiceOf('role', role, TENANT_ROLE_VALUES) } },
                    ...refetchInvitations,
                  }),
                (r) => validationFailed(r.data?.inviteTenantMember),
              )
            }
            onResend={(id) =>
              outcomeOf(
                () => resend({ variables: { id }, ...refetchInvitations }),
                (r) => validationFailed(r.data?.resendTenantInvitation),
              )
            }
            onRevoke={(id) =>
              outcomeOf(
                () => revoke({ variables: { id }, ...refetchInvitations }),
                (r) => validationFailed(r.data?.revokeTenantInvitation),
              )
            }
            onChangeRole={(userId, role) =>
              outcomeOf(
                () =>
                  update({
                    variables: { input: { userId, role: choiceOf('role', role, TENANT_ROLE_VALUES) } },
                    ...refetch,
                  }),
                (r) => validationFailed(r.data?.updateTenantMember),
              )
            }
            onRemove={(userId) =>
              outcomeOf(
                () => remove({ variables: { userId }, ...refetch }),
                (r) => validationFailed(r.data?.removeTenantMember),
              )
            }
          />
          {connection.pageInfo.hasNextPage ? (
            <p className="load-more">
              <button type="button" className="button" onClick={() => void loadMore()} disabled={loadingMore}>
                {loadingMore ? 'Loading…' : 'Show more members'}
              </button>
            </p>
          ) : null}
        </>
      )}
    </section>
  );
}
