import { describe, expect, it } from 'vitest';
import { checkCommand, proposedRating } from '../../../lib/srs/command';

const ANSWER = 'kubectl run web --image=nginx:1.27 --labels=app=web';

// `--label` is no kubectl flag (`run` takes `--labels`): kubectl refuses the command, yet it was "Close" → Hard.
describe('a command kubectl would refuse', () => {
  it('an unknown flag is wrong, never close, and is named', () => {
    const check = checkCommand('kubectl run web --image=nginx:1.27 --label=app=web', ANSWER);
    expect(check.verdict).toBe('wrong');
    expect(proposedRating(check)).toBe(1);
    expect(check.unknownFlags).toEqual(['--label']);
  });

  it('an unknown short flag is wrong too', () => {
    expect(checkCommand('kubectl get pods -z', 'kubectl get pods -A').verdict).toBe('wrong');
  });

  it('a known flag with a wrong value is still close', () => {
    const check = checkCommand('kubectl run web --image=nginx:1.26 --labels=app=web', ANSWER);
    expect(check.verdict).toBe('close');
    expect(check.unknownFlags).toEqual([]);
  });

  it('a real switch kubectl knows (one the answer does not use) is still close', () => {
    expect(checkCommand('kubectl get pods --show-labels --watch', 'kubectl get pods --show-labels').verdict).toBe('close');
  });
});
