import { HomeScreen } from './_screens/HomeScreen';

export default function HomePage() {
  return <HomeScreen />;
}
