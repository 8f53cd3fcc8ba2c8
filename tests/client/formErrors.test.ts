// Form errors read as sentences about the field as the form labels it, never as the API's field names.
import { readableFormError } from '../../client/src/pages/formErrors';

it.each([
  ['joinCode: must not be empty', 'The join code must not be empty.'],
  [
    'joinCode: no cohort has this join code; check it with your instructor',
    'No cohort has this join code; check it with your instructor.',
  ],
  ['password: must be at least 10 characters', 'The password must be at least 10 characters.'],
  ['email: must be an email', 'The email address must look like name@example.org.'],
  ['name: must not be empty', 'Your name must not be empty.'],
  ['Wrong email or password.', 'Wrong email or password.'],
  ['labId: must be a lab id', 'labId: must be a lab id'],
])('%j reads %j', (api, shown) => {
  expect(readableFormError(api)).toBe(shown);
});
