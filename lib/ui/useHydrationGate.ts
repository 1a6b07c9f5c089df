import { useSyncExternalStore } from 'react';
import { useI18n } from '../i18n';

const never = () => () => {};

/**
 * Props for the element around controls that the exported HTML shows before its JavaScript runs. Until React has
 * hydrated them they are `inert`: a value typed then was reset by hydration (the inputs are controlled), a button
 * did nothing and a form's submit reloaded the page, so nothing can be typed or pressed yet. `inert` leaves the
 * first paint as it is; if hydration lasts, globals.css dims them and shows the hint held in `data-hydrating`. A gate
 * opens once its own component is hydrated: controls behind a Suspense boundary that hydrates later (a lazy section)
 * need their own.
 */
export function useHydrationGate(): { inert?: boolean; 'data-hydrating'?: string } {
  const { t } = useI18n();
  // The server snapshot (false) while React hydrates the exported HTML; true from the render after it on.
  const hydrated = useSyncExternalStore(
    never,
    () => true,
    () => false,
  );
  return hydrated ? {} : { inert: true, 'data-hydrating': t('app.hydrating') };
}
