import { type KubecardsDb, openDb, syncDeck } from '../../../lib/db';
import { artifact, basicCard, freshName } from './helpers';

/** A phone and a laptop, each a fresh database holding the same deck of these cards (added at `at`). */
export async function twoDevices(ids: readonly string[], at: number): Promise<{ phone: KubecardsDb; laptop: KubecardsDb }> {
  const [phone, laptop] = [openDb(freshName()), openDb(freshName())];
  for (const db of [phone, laptop]) await syncDeck(db, artifact(ids.map((id, i) => basicCard(id, i))), at);
  return { phone, laptop };
}
