// The portal's one form layer: submit state and outcomes, the form reader, the problems summary and the controls.
export { choiceOf, choiceOrNull, formReader, FormValueError, type Choices, type FormReader } from './form-reader.js';
export {
  AddressFields,
  AnswerField,
  Checkbox,
  CheckboxGroup,
  CountryField,
  Field,
  FieldStatusContext,
  FieldGroup,
  FormActions,
  NewPasswordField,
  optionsOf,
  PasswordFields,
  RadioGroup,
  SelectField,
  SubmitButton,
  TextField,
  type FieldStatusRenderer,
} from './fields.js';
export { FailureNotice, ProblemsSummary } from './ProblemsSummary.js';
export {
  DONE,
  failureOutcome,
  outcomeMessage,
  outcomeOf,
  outcomeOfError,
  problemsOutcome,
  succeeded,
  useSubmit,
  validationFailed,
  type Outcome,
  type Submit,
} from './use-submit.js';
