import type { Metadata } from 'next';
import { Suspense } from 'react';
import { enEditor } from '../../lib/i18n/enEditor';
import { WithExtraStrings } from '../../lib/i18n/WithExtraStrings';
import { EditorScreen } from '../_screens/EditorScreen';

/** This screen's part of the English catalog (a module constant: the same array every render). */
const STRINGS = [enEditor];

export const metadata: Metadata = { title: 'Edit · Kubecards' };

export default function EditPage() {
  return (
    <Suspense>
      <WithExtraStrings strings={STRINGS}>
        <EditorScreen />
      </WithExtraStrings>
    </Suspense>
  );
}
