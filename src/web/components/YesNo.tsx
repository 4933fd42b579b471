/** One plain yes-or-no question as a pair of large radio buttons. */
import { useMessages } from '../i18n/useMessages.js';
import { RadioGroup } from './ChoiceGroup.js';
import { sharedMessages } from './messages.js';

interface YesNoProps {
  question: string;
  value: boolean | undefined;
  onChange: (answer: boolean) => void;
  hint?: string | undefined;
  error?: string | null | undefined;
}

/** A yes/no question; `undefined` means not answered yet. */
export function YesNo({ question, value, onChange, hint, error }: YesNoProps) {
  const m = useMessages(sharedMessages);
  const options = [
    { value: 'yes', label: m.yes },
    { value: 'no', label: m.no },
  ] as const;
  return (
    <RadioGroup
      legend={question}
      options={options}
      hint={hint}
      error={error}
      layout="row"
      value={value === undefined ? undefined : value ? 'yes' : 'no'}
      onChange={(answer) => onChange(answer === 'yes')}
    />
  );
}
