import { RecentFiles } from '../../src/storage/recentFiles.js';

describe('RecentFiles', () => {
  it('when more keys are remembered than it holds, then the least recently used one is forgotten first', () => {
    const recent = new RecentFiles(2);
    recent.remember('a', 'A');
    recent.remember('b', 'B');
    expect(recent.get('a')).toBe('A');

    recent.remember('c', 'C');

    expect([recent.get('a'), recent.get('b'), recent.get('c')]).toEqual(['A', undefined, 'C']);
  });

  it('when a file is known to be absent, then it gives null, and undefined once forgotten', () => {
    const recent = new RecentFiles(5);
    recent.remember('gone', null);
    expect(recent.get('gone')).toBeNull();

    recent.forget('gone');

    expect(recent.get('gone')).toBeUndefined();
  });
});
