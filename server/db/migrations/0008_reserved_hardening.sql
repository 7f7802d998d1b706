-- Pending email invitations at scale (issue 9 §5): the People tab pages a group's invitations newest first by
-- (created_at, id), so the index carries the id too and a page stops after 51 rows, ties included.
DROP INDEX IF EXISTS "email_invites_group_created";--> statement-breakpoint
CREATE INDEX "email_invites_group_newest" ON "email_invites" USING btree ("group_id","created_at" DESC,"id" DESC);
