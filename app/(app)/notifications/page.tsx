import { ButtonForm } from '@/components/forms/button-form';
import { Card } from '@/components/ui/card';
import { buttonClass } from '@/components/ui/field';
import { PageHeader } from '@/components/ui/page-header';
import { requireActor } from '@/lib/auth/session';
import { getMessages } from '@/lib/i18n';
import { getEmailPreferences, listNotifications } from '@/lib/notifications/queries';
import { renderNotification } from '@/lib/notifications/render';
import { formatDateTime } from '@/lib/time';
import { markAllReadAction, openNotificationAction, savePreferencesAction } from './actions';
import { pageTitle } from '@/lib/i18n/page-title';

export const generateMetadata = pageTitle((t) => t.notifications.title);

/** The reader's notices, newest first, and which kinds also come by email. */
export default async function NotificationsPage() {
  const actor = await requireActor();
  const { t } = await getMessages();
  const n = t.notifications;
  const [items, prefs] = await Promise.all([listNotifications({ actor }), getEmailPreferences({ actor })]);
  const unread = items.filter((i) => !i.readAt).length;
  return (
    <>
      <PageHeader
        title={n.title}
        intro={`${unread} ${n.unread}`}
        actions={
          unread > 0 ? (
            <ButtonForm action={markAllReadAction} className="flex flex-wrap items-center gap-3">
              <button type="submit" className={buttonClass.secondary}>
                {n.markAllRead}
              </button>
            </ButtonForm>
          ) : null
        }
      />
      <div className="space-y-6">
        <Card>
          {items.length === 0 ? (
            <p className="text-slate-600">{n.none}</p>
          ) : (
            <ul className="divide-y divide-slate-100" data-testid="notification-list">
              {items
                .map((row) => ({ ...row, ...renderNotification(row, n.texts) }))
                .map((item) => (
                  <li key={item.id} className="py-3">
                    <ButtonForm
                      action={openNotificationAction}
                      fields={{ id: item.id }}
                      className="flex items-start gap-3"
                    >
                      <span
                        className={`mt-2 size-2 shrink-0 rounded-full ${item.readAt ? 'bg-transparent' : 'bg-brand-600'}`}
                        aria-hidden="true"
                      />
                      <div className="min-w-0 flex-1">
                        <button
                          type="submit"
                          className={`text-left text-brand-800 underline decoration-slate-300 underline-offset-2 hover:decoration-brand-700 ${item.readAt ? '' : 'font-semibold'}`}
                        >
                          {item.readAt ? null : <span className="sr-only">{n.new}: </span>}
                          {item.title}
                        </button>
                        {item.body ? <p className="mt-0.5 text-sm text-slate-700">{item.body}</p> : null}
                        <p className="mt-0.5 text-xs text-slate-600">
                          {n.kinds[item.kind as keyof typeof n.kinds] ?? item.kind} · {formatDateTime(item.createdAt)}
                        </p>
                      </div>
                    </ButtonForm>
                  </li>
                ))}
            </ul>
          )}
        </Card>
        <Card title={n.emailTitle} id="email-preferences">
          <p className="mb-3 text-sm text-slate-600">{n.emailIntro}</p>
          {prefs.smtp ? null : (
            <p
              role="note"
              className="mb-3 rounded-lg border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900"
              data-testid="no-smtp"
            >
              {n.noSmtp}
            </p>
          )}
          <ButtonForm action={savePreferencesAction}>
            <fieldset>
              <legend className="sr-only">{n.emailTitle}</legend>
              {/* The boxes' classes are set once here, not on each of the eleven (the page's server payload). */}
              <div className="grid gap-2 text-sm text-slate-800 sm:grid-cols-2 *:flex *:items-center *:gap-2 [&_input]:size-4">
                {prefs.kinds.map((p) => (
                  <label key={p.kind}>
                    <input type="checkbox" name="email" value={p.kind} defaultChecked={p.email} />
                    {n.kinds[p.kind]}
                  </label>
                ))}
              </div>
            </fieldset>
            <button type="submit" className={`${buttonClass.primary} mt-4`}>
              {n.save}
            </button>
          </ButtonForm>
        </Card>
      </div>
    </>
  );
}
