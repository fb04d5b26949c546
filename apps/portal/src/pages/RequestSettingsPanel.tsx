import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Dialog } from '../components/Dialog.js';
import {
  DONE,
  FormActions,
  formReader,
  outcomeOf,
  ProblemsSummary,
  SelectField,
  TextField,
  useSubmit,
  validationFailed,
} from '../components/form/index.js';
import { UPDATE_REQUEST_SETTINGS, type REQUEST_SETTINGS_FIELDS } from '../graphql/operations.js';
import type { ResultOf } from '../graphql/tada.js';
import { inTenant } from '../lib/apollo.js';

type Settings = ResultOf<typeof REQUEST_SETTINGS_FIELDS>;

/** Every IANA zone the browser knows, for the picker (the API checks the one chosen). */
const ZONES: readonly string[] = Intl.supportedValuesOf('timeZone');

/** Where the zone comes from, in words. */
export function zoneOrigin(settings: Pick<Settings, 'timeZone' | 'timeZoneSource'>): string {
  if (!settings.timeZone) return 'not set, and the controller’s address does not decide it';
  return settings.timeZoneSource === 'SETTINGS'
    ? `${settings.timeZone}, set in the request settings`
    : `${settings.timeZone}, from the controller’s address (the registered office, else the country it is established in)`;
}

function SettingsDialog({
  tenant,
  settings,
  open,
  onClose,
}: {
  tenant: string;
  settings: Settings;
  open: boolean;
  onClose: () => void;
}) {
  const submit = useSubmit();
  // Settings have no id to update in the cache: the page's query is fetched again when they were saved.
  const [update] = useMutation(UPDATE_REQUEST_SETTINGS, {
    ...inTenant(tenant),
    refetchQueries: ({ data }) =>
      data?.updateRequestSettings.__typename === 'RequestSettings' ? ['TenantRequests'] : [],
  });
  const close = () => {
    submit.show(DONE);
    onClose();
  };
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const f = formReader(event.currentTarget);
    const saved = await submit.run(() =>
      outcomeOf(
        async () =>
          (
            await update({
              variables: {
                input: {
                  timeZone: f.optional('timeZone'),
                  promisedDays: f.int('promisedDays'),
                  holidayRegion: f.optional('holidayRegion'),
                },
              },
            })
          ).data?.updateRequestSettings,
        validationFailed,
      ),
    );
    if (saved) close();
  };
  // Only a zone chosen here is the settings' own; a derived one is offered as the default ("from the address").
  const chosen = settings.timeZoneSource === 'SETTINGS' ? settings.timeZone : null;
  const zones = chosen && !ZONES.includes(chosen) ? [chosen, ...ZONES] : ZONES;
  return (
    <Dialog title="Request settings" open={open} onClose={close}>
      <form className="form" onSubmit={submit.onSubmit(onSubmit)}>
        <ProblemsSummary outcome={submit.outcome} shown={['timeZone', 'promisedDays', 'holidayRegion']} />
        <SelectField
          name="timeZone"
          label="Time zone requests are dated in"
          hint="It decides on which day a request arrived, so when its deadline falls."
          options={zones.map((z) => [z, z] as const)}
          emptyLabel={
            settings.timeZoneSource === 'ADDRESS' && settings.timeZone
              ? `From the controller’s address (${settings.timeZone})`
              : 'From the controller’s address (none known: requests are refused)'
          }
          defaultValue={chosen ?? ''}
          problems={submit.at('timeZone')}
        />
        <TextField
          name="promisedDays"
          label="Promised answer time in days"
          type="number"
          min={1}
          defaultValue={settings.promisedDays}
          hint="Only when the client promises less than the law gives; leave empty otherwise."
          problems={submit.at('promisedDays')}
        />
        <TextField
          name="holidayRegion"
          label="Public holidays of"
          defaultValue={settings.holidayRegion}
          placeholder="e.g. GB-SCT, DE-BY, US-CA"
          hint="Where business days are counted, the region whose public holidays do not count."
          problems={submit.at('holidayRegion')}
        />
        <FormActions busy={submit.busy} saveLabel="Save settings" onCancel={close} />
      </form>
    </Dialog>
  );
}

/**
 * The client's request settings on its Requests page: the zone requests are dated in and where it comes from, and
 * a prompt that nothing can be received while there is none.
 */
export function RequestSettingsPanel({
  tenant,
  settings,
  canEdit,
}: {
  tenant: string;
  settings: Settings;
  canEdit: boolean;
}) {
  const [editing, setEditing] = useState(false);
  const edit = canEdit ? (
    <button type="button" className="button" onClick={() => setEditing(true)}>
      {settings.timeZone ? 'Change request settings' : 'Set the time zone'}
    </button>
  ) : null;
  return (
    <>
      {settings.timeZone ? (
        <p className="muted small" data-testid="request-zone">
          Requests are dated in {zoneOrigin(settings)}.
          {settings.promisedDays ? ` The client promises an answer within ${settings.promisedDays} days.` : ''}
          {settings.holidayRegion ? ` Public holidays of ${settings.holidayRegion}.` : ''} {edit}
        </p>
      ) : (
        <div className="notice notice-error" role="alert" data-testid="request-zone-missing">
          <p>
            <strong>Requests cannot be received until the time zone is set.</strong> The controller’s address does not
            decide it (a country with several zones and no state or province), so the public request form answers that
            it is not available, and recording a request is refused.
          </p>
          {edit ?? <p>Ask someone who can edit the client’s profile to set it.</p>}
        </div>
      )}
      {canEdit ? (
        <SettingsDialog tenant={tenant} settings={settings} open={editing} onClose={() => setEditing(false)} />
      ) : null}
    </>
  );
}
