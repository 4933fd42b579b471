/**
 * Answering a clinician's invitation: by its link (`/join/:token`) or by typing the code
 * (`/join`). The person sees who invites them and exactly what would be shared, ticks whether
 * their check-in notes are shared too, then accepts or declines.
 */
import { useState, type FormEvent } from 'react';
import type { FoundInvitation, InvitationRef } from '../../../contract/care.js';
import { callApi } from '../../api/client.js';
import { ErrorMessage } from '../../components/ErrorMessage.js';
import { Loading } from '../../components/Loading.js';
import { Page } from '../../components/Page.js';
import { TextField } from '../../components/TextField.js';
import { useAction } from '../../hooks/useAction.js';
import { useFocusOnMount } from '../../hooks/useFocusOnMount.js';
import { useQuery } from '../../hooks/useQuery.js';
import { useMessages } from '../../i18n/useMessages.js';
import { Link } from '../../router/Link.js';
import { PATHS } from '../../router/match-route.js';
import { InvitationDetails, type Answer } from './InvitationDetails.js';
import { careMessages } from './messages.js';

type Found = { invitation: FoundInvitation; invitationRef: InvitationRef };

/** The join page, with the token from the link or a field for the code. */
export function JoinPage({ token }: { token: string | null }) {
  const m = useMessages(careMessages).join;
  const [byCode, setByCode] = useState<Found | null>(null);
  const [answer, setAnswer] = useState<Answer | null>(null);
  return (
    <Page title={m.title}>
      {answer ? <Answered answer={answer} /> : null}
      {!answer && token ? <TokenInvitation token={token} onAnswer={setAnswer} /> : null}
      {!answer && !token && byCode ? <InvitationDetails {...byCode} onAnswer={setAnswer} /> : null}
      {!answer && !token && !byCode ? <CodeForm onFound={setByCode} /> : null}
    </Page>
  );
}

function CodeForm({ onFound }: { onFound: (found: Found) => void }) {
  const m = useMessages(careMessages).join;
  const [code, setCode] = useState('');
  const [missing, setMissing] = useState(false);
  const find = useAction(async () => {
    onFound({ invitation: await callApi('findCareInvitation', { body: { code } }), invitationRef: { code } });
  });
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setMissing(code.trim() === '');
    if (code.trim() === '') document.getElementById('join-code')?.focus();
    else void find.run();
  };
  const fieldError = missing ? m.codeRequired : find.error?.field === 'code' ? find.error.message : null;
  return (
    <form className="form narrow" noValidate onSubmit={onSubmit}>
      <p>{m.codeIntro}</p>
      <TextField
        id="join-code"
        label={m.codeLabel}
        hint={m.codeHint}
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        className="field--code"
        value={code}
        onChange={(e) => setCode(e.target.value)}
        error={fieldError}
      />
      {find.error && !fieldError ? <ErrorMessage error={find.error} /> : null}
      <button type="submit" className="button button--primary" aria-disabled={find.pending || undefined}>
        {find.pending ? m.looking : m.look}
      </button>
    </form>
  );
}

function TokenInvitation({ token, onAnswer }: { token: string; onAnswer: (answer: Answer) => void }) {
  const m = useMessages(careMessages).join;
  const found = useQuery<FoundInvitation>(`care-invitation:${token}`, () => callApi('findCareInvitation', { body: { token } }));
  if (found.status === 'loading') return <Loading />;
  if (found.status === 'error') {
    return (
      <>
        <ErrorMessage error={found.error} />
        <p>
          <Link to={PATHS.joinByCode}>{m.enterCode}</Link>
        </p>
      </>
    );
  }
  return <InvitationDetails invitation={found.data} invitationRef={{ token }} onAnswer={onAnswer} />;
}

function Answered({ answer }: { answer: Answer }) {
  const m = useMessages(careMessages).join;
  const heading = useFocusOnMount<HTMLHeadingElement>();
  return (
    <section className="card" aria-labelledby="join-answer">
      <h2 id="join-answer" ref={heading} tabIndex={-1}>
        {answer.kind === 'accepted' ? m.accepted(answer.link.clinician.name) : m.declined}
      </h2>
      {answer.kind === 'accepted' ? <p>{m.acceptedBody}</p> : null}
      <ul className="link-list">
        {answer.kind === 'accepted' ? (
          <li>
            <Link to={PATHS.care}>{m.toCare}</Link>
          </li>
        ) : null}
        <li>
          <Link to={PATHS.home}>{m.home}</Link>
        </li>
      </ul>
    </section>
  );
}
