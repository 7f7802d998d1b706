-- Readable slugs (docs/decisions/125-readable-slugs.md): a new group's slug is its name, or the smallest free
-- "-N" variant of it. Finding the variants in use is a prefix search on the slug, which uses an index only with
-- pattern operators (the unique index follows the database's collation). Existing slugs are kept: links to them
-- are out in the world.
CREATE INDEX "groups_slug_pattern" ON "groups" USING btree ("slug" text_pattern_ops);--> statement-breakpoint
-- Undoing a ban puts back what the ban changed, so the ban remembers the join requests it declined.
ALTER TABLE "group_bans" ADD COLUMN "declined_request_ids" uuid[] DEFAULT '{}' NOT NULL;
