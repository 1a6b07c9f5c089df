import { WithExtraStrings } from '../lib/i18n/WithExtraStrings';
import { HomeScreen } from './_screens/HomeScreen';

export default function HomePage() {
  return (
    <WithExtraStrings>
      <HomeScreen />
    </WithExtraStrings>
  );
}
