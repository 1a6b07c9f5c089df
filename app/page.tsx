import { HomeScreen } from './_screens/HomeScreen';

/** The home screen needs only the strings every page has: the other screens' English stays out of its first load. */
export default function HomePage() {
  return <HomeScreen />;
}
