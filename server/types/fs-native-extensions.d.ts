/** The part of fs-native-extensions (advisory file locks with prebuilt binaries) that Hearth uses. */
declare module 'fs-native-extensions' {
  /** True when the lock was granted, false when another open file holds it. */
  export function tryLock(descriptor: number, options?: { shared?: boolean }): boolean;
  export function unlock(descriptor: number): void;
  const nativeFs: { tryLock: typeof tryLock; unlock: typeof unlock };
  export default nativeFs;
}
