import * as React from 'react';
import { act, render } from '@testing-library/react';

/*
 * Runs a hook inside a component, as the views do, so a test can read what it returns after
 * each render and act on it. The hook is a closure: rerender hands in one with new arguments.
 */

export interface IHookProbe<T> {
  /** What the hook returned on the newest render. */
  current(): T;
  rerender(hook: () => T): void;
  unmount(): void;
}

function Probe<T>(props: { hook: () => T; onValue: (value: T) => void }): null {
  props.onValue(props.hook());
  return null;
}

export function probeHook<T>(hook: () => T): IHookProbe<T> {
  let value: T | undefined;
  let rendered = false;
  const onValue = (next: T): void => { value = next; rendered = true; };
  const view = render(<Probe hook={hook} onValue={onValue} />);
  return {
    current: () => {
      if (!rendered) {
        throw new Error('The hook has not rendered.');
      }
      return value as T;
    },
    rerender: (next) => view.rerender(<Probe hook={next} onValue={onValue} />),
    unmount: () => view.unmount()
  };
}

/** Lets the promises the hook is waiting on settle, and React render what they set. */
export const settle = (): Promise<void> => act(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));

export function deferred<T>(): { promise: Promise<T>; resolve(value: T): void; reject(error: unknown): void } {
  let settleWith: { resolve(value: T): void; reject(error: unknown): void } = { resolve: () => undefined, reject: () => undefined };
  const promise = new Promise<T>((resolve, reject) => { settleWith = { resolve, reject }; });
  return { promise, resolve: (value) => settleWith.resolve(value), reject: (error) => settleWith.reject(error) };
}
