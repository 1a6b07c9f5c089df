import { act, render } from '@testing-library/react';
import { expect, it } from 'vitest';
import { I18nProvider, useI18n } from '../../../lib/i18n';

// Issue 17 §3: once hydrated, the provider stored the English catalog it already showed as a new object, and every
// screen rendered again for nothing (a long task on a phone's CPU right after hydration).
let renders = 0;
function Screen() {
  renders++;
  return <p>{useI18n().t('app.name')}</p>;
}

it('an English page is not rendered again when its catalog loads', async () => {
  expect(navigator.languages[0]).toMatch(/^en/);
  await act(async () => {
    render(
      <I18nProvider>
        <Screen />
      </I18nProvider>,
    );
  });
  expect(renders).toBe(1);
});
