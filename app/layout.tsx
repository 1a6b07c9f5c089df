import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { AppShell } from './_screens/AppShell';
import './globals.css';

export const metadata: Metadata = {
  title: 'Kubecards',
  description: 'Learn Kubernetes by spaced repetition, offline.',
};

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  viewportFit: 'cover',
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#f7f8fb' },
    { media: '(prefers-color-scheme: dark)', color: '#11151c' },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <AppShell>{children}</AppShell>
      </body>
    </html>
  );
}
