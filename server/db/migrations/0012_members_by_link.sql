-- One link's members, newest first (the People tab filtered by link), read straight from an index in the page's
-- own order, whatever the link's size and the group's (docs/decisions/130-members-by-link.md). The index it
-- replaces stopped at (group_id, invite_link_id), so a page either sorted all of a link's members (a viral link's
-- hundred thousand) or walked the group's newest-first index keeping the link's rows (most of a big group read
-- for a sparse link). Every query the old index served uses a prefix of this one.
CREATE INDEX "memberships_group_invite_link_newest" ON "memberships" USING btree ("group_id","invite_link_id","joined_at" DESC NULLS LAST,"user_id" DESC NULLS LAST);--> statement-breakpoint
DROP INDEX "memberships_group_invite_link";
