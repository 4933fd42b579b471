/** The admin's settings of the visit report: the practice's name, and its locale (the paper). */
import { useState, type FormEvent } from 'react';
import type { ReportSettings } from '../../../contract/report.js';
import { callApi } from '../../api/client.js';
import { ErrorMessage } from '../../components/ErrorMessage.js';
import { Loading } from '../../components/Loading.js';
import { SelectField } from '../../components/SelectField.js';
import { TextField } from '../../components/TextField.js';
import { useAction } from '../../hooks/useAction.js';
import { useQuery } from '../../hooks/useQuery.js';
import { useMessages } from '../../i18n/useMessages.js';
import { reportMessages } from './messages.js';

const LOCALES = ['en-GB', 'en-US', 'en-CA'] as const;

/** The card on the admin page. */
export function ReportSettingsCard() {
  const m = useMessages(reportMessages).settings;
  const settings = useQuery('admin:report-settings', () => callApi('getReportSettings'));
  return (
    <section className="card" aria-labelledby="report-settings-heading">
      <h2 id="report-settings-heading">{m.heading}</h2>
      <p>{m.intro}</p>
      {settings.status === 'loading' ? <Loading /> : null}
      {settings.status === 'error' ? <ErrorMessage error={settings.error} onRetry={settings.reload} /> : null}
      {settings.status === 'success' ? <SettingsForm settings={settings.data} /> : null}
    </section>
  );
}

function SettingsForm({ settings }: { settings: ReportSettings }) {
  const m = useMessages(reportMessages).settings;
  const [name, setName] = useState(settings.practiceName ?? '');
  const [locale, setLocale] = useState<string>(settings.locale ?? 'en-GB');
  const [saved, setSaved] = useState(false);
  const save = useAction(() => callApi('putReportSettings', { body: { practiceName: name.trim() === '' ? null : name.trim(), locale } }));
  const options: { value: string; label: string }[] = LOCALES.map((value) => ({ value, label: m.locales[value] }));
  if (!options.some((o) => o.value === locale)) options.push({ value: locale, label: m.other(locale, settings.paper) });
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    if (await save.run()) setSaved(true);
  };
  return (
    <form className="form" noValidate onSubmit={(event) => void onSubmit(event)}>
      <TextField id="report-practice-name" label={m.nameLabel} hint={m.nameHint} value={name} onChange={(e) => setName(e.target.value)} error={save.error?.field === 'practiceName' ? save.error.message : null} />
      <SelectField label={m.localeLabel} value={locale} options={options} onChange={setLocale} />
      {save.error && save.error.field !== 'practiceName' ? <ErrorMessage error={save.error} /> : null}
      <button type="submit" className="button button--secondary" aria-disabled={save.pending || undefined}>
        {save.pending ? m.saving : m.save}
      </button>
      <p role="status" className={saved ? 'notice notice--success' : 'visually-hidden'}>{saved ? m.saved : ''}</p>
    </form>
  );
}
