import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileNoteFile } from '../../../lib/notes';

/** The card once said each ReplicaSet adds `pod-template-hash`; the docs say the Deployment controller does. */
const cardText = (lang: 'en' | 'zh') => {
  const path = `cards/${lang}/03-applications/03-deployment.md`;
  const note = compileNoteFile(readFileSync(path, 'utf8'), path).notes.find((n) => n.id === 'deployment-pod-template-hash');
  return note?.text.text ?? '';
};

describe('deployment-pod-template-hash names who sets the label', () => {
  it('in English: the Deployment controller, on every ReplicaSet a Deployment creates or adopts', () => {
    expect(cardText('en')).toMatch(/The Deployment controller adds the label \{\{c1::pod-template-hash\}\}/);
    expect(cardText('en')).toContain('creates or adopts');
  });

  it('in Chinese: Deployment 控制器, 创建或收留', () => {
    expect(cardText('zh')).toContain('Deployment 控制器把 {{c1::pod-template-hash}} 标签');
    expect(cardText('zh')).toContain('创建或收留');
  });
});
