/**
 * The leak circuit-breaker's rule: a link whose joins suddenly far outpace its own history has probably been
 * posted somewhere public. "Suddenly" is both absolute (more than the threshold in the window) and relative
 * (more than `rateMultiplier` times the link's trailing 24-hour hourly rate), so a link that is steadily busy
 * does not trip, and a quiet link posted on a forum does.
 */
export const leakWindowMinutes = 10;
export const leakRateMultiplier = 5;

export type RecentJoins = {
  /** Joins through the link in the last `leakWindowMinutes`, not counting the one being decided. */
  inWindow: number;
  /** Joins in the 24 hours before the window. */
  previousDay: number;
};

/** True when letting one more person in would exceed the threshold at a rate far above the link's normal one. */
export function leakSuspected(joins: RecentJoins, threshold: number): boolean {
  const withThisJoin = joins.inWindow + 1;
  if (withThisJoin <= threshold) return false;
  const windowsPerHour = 60 / leakWindowMinutes;
  const hourlyNow = withThisJoin * windowsPerHour;
  const hourlyUsual = joins.previousDay / 24;
  return hourlyNow > leakRateMultiplier * hourlyUsual;
}

/** After "It's fine — resume", the link tolerates twice as much before tripping again. */
export function raisedThreshold(current: number): number {
  return current * 2;
}
