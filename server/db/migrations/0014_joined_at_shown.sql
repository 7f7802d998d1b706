-- A membership's join time is always one the People tab can write as an ISO time: finite, before the year 10000.
-- Hearth only ever writes now(), but a row written by hand with 'infinity' made the members page answer 500
-- (timestamptz-text.ts has no ISO form for it). Rows like that already present take their group's creation time,
-- the earliest real time a member can have joined (or now(), should that be no better), so the constraint can be
-- added without refusing to start.
UPDATE "memberships" SET "joined_at" = CASE WHEN isfinite("groups"."created_at") AND "groups"."created_at" < timestamptz '10000-01-01 00:00:00+00' THEN "groups"."created_at" ELSE now() END FROM "groups"
WHERE "groups"."id" = "memberships"."group_id"
	AND NOT (isfinite("memberships"."joined_at") AND "memberships"."joined_at" < timestamptz '10000-01-01 00:00:00+00');--> statement-breakpoint
UPDATE "membership_removals" SET "joined_at" = CASE WHEN isfinite("groups"."created_at") AND "groups"."created_at" < timestamptz '10000-01-01 00:00:00+00' THEN "groups"."created_at" ELSE now() END FROM "groups"
WHERE "groups"."id" = "membership_removals"."group_id"
	AND NOT (isfinite("membership_removals"."joined_at") AND "membership_removals"."joined_at" < timestamptz '10000-01-01 00:00:00+00');--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_joined_at_shown" CHECK (isfinite("memberships"."joined_at") and "memberships"."joined_at" < timestamptz '10000-01-01 00:00:00+00');--> statement-breakpoint
ALTER TABLE "membership_removals" ADD CONSTRAINT "membership_removals_joined_at_shown" CHECK (isfinite("membership_removals"."joined_at") and "membership_removals"."joined_at" < timestamptz '10000-01-01 00:00:00+00');
