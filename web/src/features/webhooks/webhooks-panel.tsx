import * as AlertDialog from '@radix-ui/react-alert-dialog';
import { type FormEvent, useState } from 'react';
import { api, type Group } from '../../api/client';
import { EmptyState, ErrorState, FormError, Loading } from '../../components/states';
import { useToast } from '../../components/toast';
import { CopyButton } from '../invite-dialog/copy-button';
import { useWebhookDeliveries, useWebhookMutation, useWebhooks, type Webhook } from './use-webhooks';
import './webhooks.css';

/** Settings → Webhooks: owners connect Hearth to their other tools (CRMs, automation platforms, chat). */
export function WebhooksPanel({ group }: { group: Group }) {
  const webhooks = useWebhooks(group.id);
  const [secret, setSecret] = useState<{ url: string; secret: string } | null>(null);
  return (
    <section className="card webhooks" aria-labelledby="webhooks-title">
      <h2 className="section-title" id="webhooks-title">
        Webhooks
      </h2>
      <p className="hint">
        Hearth POSTs signed events (Standard Webhooks) to these URLs when people join, leave, request to join, and when links
        change. Failed deliveries are retried for 24 hours.
      </p>
      {secret && (
        <div className="webhook-secret" role="status">
          <strong>Signing secret for {secret.url}</strong>
          <p className="hint">Copy it now: it is not shown again. Your receiver verifies each delivery with it.</p>
          <div className="webhook-secret-row">
            <code>{secret.secret}</code>
            <CopyButton text={secret.secret} label="Copy secret" className="button button-small" />
          </div>
          <button type="button" className="button button-small" onClick={() => setSecret(null)}>
            Done
          </button>
        </div>
      )}
      {webhooks.isPending ? (
        <Loading label="Loading webhooks…" />
      ) : webhooks.isError ? (
        <ErrorState
          title="Webhooks could not be loaded"
          message={webhooks.error.message}
          onRetry={() => void webhooks.refetch()}
        />
      ) : (
        <>
          {webhooks.data.webhooks.length === 0 ? (
            <EmptyState title="No webhooks yet">
              <p className="hint">Add your first endpoint below.</p>
            </EmptyState>
          ) : (
            <ul className="webhook-list">
              {webhooks.data.webhooks.map((webhook) => (
                <WebhookItem key={webhook.id} group={group} webhook={webhook} onSecret={setSecret} />
              ))}
            </ul>
          )}
          <AddWebhookForm group={group} eventTypes={webhooks.data.eventTypes} onSecret={setSecret} />
        </>
      )}
    </section>
  );
}

type SecretHandler = (secret: { url: string; secret: string }) => void;

function AddWebhookForm({ group, eventTypes, onSecret }: { group: Group; eventTypes: string[]; onSecret: SecretHandler }) {
  const [url, setUrl] = useState('');
  const [description, setDescription] = useState('');
  const [events, setEvents] = useState<string[]>(eventTypes);
  const create = useWebhookMutation(group.id, () =>
    api.post<{ webhook: Webhook; secret: string }>(`/api/groups/${group.id}/webhooks`, { url, events, description }),
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate(undefined, {
      onSuccess: (result) => {
        onSecret({ url: result.webhook.url, secret: result.secret });
        setUrl('');
        setDescription('');
      },
    });
  };
  return (
    <form className="form webhook-form" onSubmit={submit}>
      <h3 className="webhook-form-title">Add a webhook</h3>
      <label htmlFor="webhook-url">Endpoint URL</label>
      <input
        id="webhook-url"
        type="url"
        required
        placeholder="https://example.com/hearth-events"
        value={url}
        onChange={(event) => setUrl(event.target.value)}
      />
      <label htmlFor="webhook-description">Note (optional)</label>
      <input
        id="webhook-description"
        maxLength={200}
        value={description}
        onChange={(event) => setDescription(event.target.value)}
      />
      <fieldset className="webhook-events">
        <legend>Events</legend>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={events.length === eventTypes.length}
            onChange={(event) => setEvents(event.target.checked ? eventTypes : [])}
          />
          All events
        </label>
        <div className="webhook-event-grid">
          {eventTypes.map((type) => (
            <label key={type} className="checkbox">
              <input
                type="checkbox"
                checked={events.includes(type)}
                onChange={(event) =>
                  setEvents(event.target.checked ? [...events, type] : events.filter((entry) => entry !== type))
                }
              />
              <code>{type}</code>
            </label>
          ))}
        </div>
      </fieldset>
      <FormError error={create.error} />
      <div className="dialog-actions">
        <button className="button button-primary" type="submit" disabled={create.isPending || events.length === 0}>
          {create.isPending ? 'Adding…' : 'Add webhook'}
        </button>
      </div>
    </form>
  );
}

function WebhookItem({ group, webhook, onSecret }: { group: Group; webhook: Webhook; onSecret: SecretHandler }) {
  const toast = useToast();
  const [showLog, setShowLog] = useState(false);
  const base = `/api/groups/${group.id}/webhooks/${webhook.id}`;
  const test = useWebhookMutation(group.id, () => api.post(`${base}/test`));
  const toggle = useWebhookMutation(group.id, () => api.patch(base, { enabled: !webhook.enabled }));
  const rotate = useWebhookMutation(group.id, () => api.post<{ secret: string }>(`${base}/rotate-secret`));
  const remove = useWebhookMutation(group.id, () => api.delete(base));
  const failure = test.error ?? toggle.error ?? rotate.error ?? remove.error;
  return (
    <li className="webhook-item">
      <div className="webhook-head">
        <div className="webhook-identity">
          <code className="webhook-url">{webhook.url}</code>
          {webhook.description && <span className="hint">{webhook.description}</span>}
        </div>
        <span className={`badge ${webhook.enabled ? (webhook.failingSince ? 'badge-warning' : 'badge-state-active') : ''}`}>
          {webhook.enabled ? (webhook.failingSince ? 'Failing' : 'Active') : 'Off'}
        </span>
      </div>
      <p className="hint">
        {webhook.events.length} event{webhook.events.length === 1 ? '' : 's'}: {webhook.events.join(', ')}
      </p>
      {!webhook.enabled && webhook.disabledReason && <p className="hint">{webhook.disabledReason}</p>}
      <div className="webhook-actions">
        <button
          type="button"
          className="button button-small"
          disabled={!webhook.enabled || test.isPending}
          onClick={() =>
            test.mutate(undefined, {
              onSuccess: () => {
                toast('Test event sent');
                setShowLog(true);
              },
            })
          }
        >
          Send test
        </button>
        <button type="button" className="button button-small" aria-expanded={showLog} onClick={() => setShowLog(!showLog)}>
          {showLog ? 'Hide deliveries' : 'Deliveries'}
        </button>
        <button
          type="button"
          className="button button-small"
          onClick={() => toggle.mutate(undefined)}
          disabled={toggle.isPending}
        >
          {webhook.enabled ? 'Turn off' : 'Turn on'}
        </button>
        <ConfirmButton
          label="Rotate secret"
          title="Rotate the signing secret?"
          consequence="Deliveries are signed with the new secret at once: your receiver rejects them until you give it the new secret."
          confirmLabel="Rotate secret"
          onConfirm={() =>
            rotate.mutate(undefined, { onSuccess: (result) => onSecret({ url: webhook.url, secret: result.secret }) })
          }
        />
        <ConfirmButton
          label="Delete"
          danger
          title="Delete this webhook?"
          consequence={`Hearth stops sending events to ${webhook.url}, and its delivery log is deleted.`}
          confirmLabel="Delete webhook"
          onConfirm={() => remove.mutate(undefined, { onSuccess: () => toast('Webhook deleted') })}
        />
      </div>
      <FormError error={failure} />
      {showLog && <DeliveryLog groupId={group.id} webhookId={webhook.id} />}
    </li>
  );
}

function ConfirmButton(props: {
  label: string;
  title: string;
  consequence: string;
  confirmLabel: string;
  danger?: boolean;
  onConfirm(): void;
}) {
  return (
    <AlertDialog.Root>
      <AlertDialog.Trigger className={`button button-small ${props.danger ? 'button-danger' : ''}`}>
        {props.label}
      </AlertDialog.Trigger>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="dialog-overlay" />
        <AlertDialog.Content className="dialog">
          <AlertDialog.Title className="dialog-title">{props.title}</AlertDialog.Title>
          <AlertDialog.Description className="dialog-description">{props.consequence}</AlertDialog.Description>
          <div className="dialog-actions">
            <AlertDialog.Cancel className="button">Cancel</AlertDialog.Cancel>
            <AlertDialog.Action
              className={`button ${props.danger ? 'button-danger' : 'button-primary'}`}
              onClick={props.onConfirm}
            >
              {props.confirmLabel}
            </AlertDialog.Action>
          </div>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}

const statusLabel = { pending: 'Retrying', succeeded: 'Delivered', failed: 'Failed' } as const;

function DeliveryLog({ groupId, webhookId }: { groupId: string; webhookId: string }) {
  const deliveries = useWebhookDeliveries(groupId, webhookId);
  const redeliver = useWebhookMutation(groupId, (deliveryId: string) =>
    api.post(`/api/groups/${groupId}/webhooks/${webhookId}/deliveries/${deliveryId}/redeliver`),
  );
  if (deliveries.isPending) return <Loading label="Loading deliveries…" />;
  if (deliveries.isError) {
    return (
      <ErrorState
        title="Deliveries could not be loaded"
        message={deliveries.error.message}
        onRetry={() => void deliveries.refetch()}
      />
    );
  }
  if (deliveries.data.deliveries.length === 0) return <EmptyState title="No deliveries yet" />;
  return (
    <div className="webhook-log">
      <table>
        <caption className="visually-hidden">Delivery log</caption>
        <thead>
          <tr>
            <th scope="col">Event</th>
            <th scope="col">Status</th>
            <th scope="col">Attempts</th>
            <th scope="col">Response</th>
            <th scope="col">Sent</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {deliveries.data.deliveries.map((delivery) => (
            <tr key={delivery.id}>
              <td>
                <code>{delivery.eventType}</code>
              </td>
              <td>{statusLabel[delivery.status]}</td>
              <td>{delivery.attempts}</td>
              <td className="webhook-response">
                {delivery.lastStatusCode ?? '—'}
                {delivery.durationMs !== null && ` · ${delivery.durationMs} ms`}
                {delivery.lastError && <span className="hint"> {delivery.lastError}</span>}
              </td>
              <td>{new Date(delivery.createdAt).toLocaleString()}</td>
              <td>
                <button
                  type="button"
                  className="button button-small"
                  disabled={delivery.status === 'pending' || redeliver.isPending}
                  onClick={() => redeliver.mutate(delivery.id)}
                >
                  Redeliver
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
