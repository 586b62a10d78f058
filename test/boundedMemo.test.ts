import { BoundedMemo } from '../src/boundedMemo.js';

describe('BoundedMemo', () => {
  it('when a key is asked for again, then the remembered result is given without computing it again', () => {
    const computed: string[] = [];
    const memo = new BoundedMemo<string, number>(10, (key) => {
      computed.push(key);
      return key.length;
    });

    expect([memo.get('ja'), memo.get('nee'), memo.get('ja')]).toEqual([2, 3, 2]);
    expect(computed).toEqual(['ja', 'nee']);
  });

  it('when the result is undefined, then that is remembered too', () => {
    let calls = 0;
    const memo = new BoundedMemo<string, number | undefined>(10, () => {
      calls += 1;
      return undefined;
    });

    memo.get('x');
    memo.get('x');

    expect(calls).toBe(1);
  });

  it('when it is full, then it starts again, so it never holds more than its limit', () => {
    const computed: number[] = [];
    const memo = new BoundedMemo<number, number>(2, (key) => {
      computed.push(key);
      return key * 2;
    });

    [1, 2, 3, 1].forEach((key) => memo.get(key));

    expect(computed).toEqual([1, 2, 3, 1]);
  });
});
